package org.xinfang.core.domain.model.encryption;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds the one {@link IdentityProtection} once; a failure is not remembered, so a key configured later is picked up. */
final class ConfiguredProtection {

    private static volatile IdentityProtection found;

    private ConfiguredProtection() {
    }

    static IdentityProtection get() {
        IdentityProtection protection = found;
        if (protection == null) {
            synchronized (ConfiguredProtection.class) {
                protection = found;
                if (protection == null) {
                    protection = load();
                    found = protection;
                }
            }
        }
        return protection;
    }

    private static IdentityProtection load() {
        try {
            return ServiceLoader.load(IdentityProtection.class, IdentityProtection.class.getClassLoader()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No " + IdentityProtection.class.getName() + " on the class path"));
        } catch (ServiceConfigurationError e) {
            // The provider's constructor failed (no key): its message says what to configure.
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException(cause.getMessage(), cause);
        }
    }
}
