package org.xinfang.core.infrastructure.identity;

import org.xinfang.core.domain.model.encryption.IdentityProtection;

/**
 * The protection the domain finds through {@link java.util.ServiceLoader}: the cipher under the
 * server's configured key. Fails to construct, with the message that says what to configure, when
 * there is no usable key.
 */
public final class ConfiguredIdentityProtection implements IdentityProtection {

    private final IdentityCipher cipher;

    public ConfiguredIdentityProtection() {
        this.cipher = new IdentityCipher(IdentityKeys.configured());
    }

    @Override
    public String encrypt(String clear) {
        return cipher.encrypt(clear);
    }

    @Override
    public String decrypt(String stored) {
        return cipher.decrypt(stored);
    }

    @Override
    public String matchKey(String normalised) {
        return cipher.matchKey(normalised);
    }
}
