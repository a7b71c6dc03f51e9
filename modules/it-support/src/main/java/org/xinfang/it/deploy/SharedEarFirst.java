package org.xinfang.it.deploy;

import java.lang.reflect.Method;
import java.util.Comparator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the test classes that can share the built EAR ({@link SharedEarDeployment}) one after the
 * other, before those with deployments of their own, so that the shared one is deployed once. By
 * name within each group, so that a run's order does not depend on the file system.
 */
public class SharedEarFirst implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing(SharedEarFirst::needsOwnDeployment)
                .thenComparing(c -> c.getTestClass().getName()));
    }

    /** Whether the class deploys something else than the untouched EAR: test classes inside it, one it deploys itself, or one of its own. */
    private static boolean needsOwnDeployment(ClassDescriptor descriptor) {
        Class<?> test = descriptor.getTestClass();
        if (test.isAnnotationPresent(OwnDeployment.class)) {
            return true;
        }
        for (Method method : test.getDeclaredMethods()) {
            Deployment deployment = method.getAnnotation(Deployment.class);
            if (deployment != null && (deployment.testable() || !deployment.managed())) {
                return true;
            }
        }
        return false;
    }
}
