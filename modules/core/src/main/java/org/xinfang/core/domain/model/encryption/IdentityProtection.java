package org.xinfang.core.domain.model.encryption;

/**
 * The port to the server's identity key: identity and phone numbers are stored encrypted, and
 * compared by a keyed hash so that a repeated filing is still recognised without the database holding
 * the number. One implementation is found by {@link java.util.ServiceLoader}; it reads its key from
 * the server's configuration, never from the database.
 */
public interface IdentityProtection {

    /** The stored form of {@code clear}: a fresh random IV each time, so equal values differ. Null stays null. */
    String encrypt(String clear);

    /**
     * The clear value of a stored one. Refuses (an {@link IllegalStateException}) a value that was
     * altered or encrypted under another key, rather than returning something wrong. Null stays null.
     */
    String decrypt(String stored);

    /** A keyed hash of an already normalised value: equal values give equal keys, and the key reveals nothing without the server's key. */
    String matchKey(String normalised);

    /**
     * The server's protection, found once. Fails with the implementation's own message (which says
     * how to configure the key) when the key is missing or unusable, and again on the next call.
     */
    static IdentityProtection configured() {
        return ConfiguredProtection.get();
    }
}
