package org.xinfang.it.deploy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.xinfang.it.Deployments;

/**
 * A test class that runs inside the server, on {@link Deployments#inServer()}: the built EAR with every
 * such class of the run, and what they name here, in its WAR, deployed once for all of them
 * ({@link SharedEarDeployment}). What a class names is there for the others too: helpers are beans
 * of their own making (test units, clocks moved back), never alternatives that change the application.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface InServer {

    /** The helper classes the test uses inside the server besides itself (their nested classes come along). */
    Class<?>[] value() default {};

    /** Classes whose jar the test needs inside the server and the EAR does not ship (a mail server to receive the application's mail, say). */
    Class<?>[] librariesOf() default {};

    /** Server modules the test's own code needs inside the server (the JDK's HTTP server, say). */
    String[] modules() default {};
}
