package org.xinfang.it.deploy;

import java.lang.reflect.Method;
import java.util.Comparator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the test classes that can share the built EAR ({@link SharedEarDeployment}) one after the
 * other, then those that share the EAR of the in-server classes ({@link InServer}), then those with
 * deployments of their own, so that each shared one is deployed once. By name within each group, so
 * that a run's order does not depend on the file system.
 */
public class SharedEarFirst implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt(SharedEarFirst::group)
                .thenComparing(c -> c.getTestClass().getName()));
    }

    /** 0: may share the untouched EAR; 1: runs in the server on the shared EAR of those; 2: deploys something of its own. */
    private static int group(ClassDescriptor descriptor) {
        Class<?> test = descriptor.getTestClass();
        if (test.isAnnotationPresent(OwnDeployment.class)) {
            return 2;
        }
        if (test.isAnnotationPresent(InServer.class)) {
            return 1;
        }
        for (Method method : test.getDeclaredMethods()) {
            Deployment deployment = method.getAnnotation(Deployment.class);
            if (deployment != null && (deployment.testable() || !deployment.managed())) {
                return 2;
            }
        }
        return 0;
    }
}
