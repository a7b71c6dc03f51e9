package org.xinfang.it.deploy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A black-box test class that gets the built EAR deployed for itself alone, not the one the classes
 * before it ran on ({@link SharedEarDeployment}): for a class that leaves the deployment's memory in
 * a state the next must not inherit, or that needs it fresh.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OwnDeployment {
}
