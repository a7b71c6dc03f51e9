package org.xinfang.core.infrastructure.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class IdentityCipherTest {

    private static final byte[] KEY = "xinfang-unit-test-identity-key-1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_KEY = "xinfang-unit-test-identity-key-2".getBytes(StandardCharsets.US_ASCII);

    private final IdentityCipher cipher = new IdentityCipher(KEY);

    @Test
    void encryptedValueDecryptsToTheSameNumberAndHidesIt() {
        String stored = cipher.encrypt("37078119680512237X");
        assertTrue(stored.startsWith(IdentityCipher.PREFIX), stored);
        assertFalse(stored.contains("37078119680512237X"));
        assertFalse(stored.contains("19680512"));
        assertEquals("37078119680512237X", cipher.decrypt(stored));
        assertEquals("139-0536-1234", cipher.decrypt(cipher.encrypt("139-0536-1234")));
    }

    @Test
    void sameNumberEncryptsDifferentlyEachTime() {
        String first = cipher.encrypt("13905361234");
        String second = cipher.encrypt("13905361234");
        assertNotEquals(first, second, "a fresh IV per value, so equal numbers cannot be spotted in the table");
        assertEquals(cipher.decrypt(first), cipher.decrypt(second));
    }

    @Test
    void nullStaysNull() {
        assertNull(cipher.encrypt(null));
        assertNull(cipher.decrypt(null));
    }

    @Test
    void alteredCiphertextIsRefused() {
        String stored = cipher.encrypt("13905361234");
        byte[] raw = Base64.getDecoder().decode(stored.substring(IdentityCipher.PREFIX.length()));
        raw[raw.length / 2] ^= 1;
        String altered = IdentityCipher.PREFIX + Base64.getEncoder().encodeToString(raw);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> cipher.decrypt(altered));
        assertTrue(refused.getMessage().contains("altered, or encrypted under another key"), refused.getMessage());
    }

    @Test
    void truncatedOrGarbledValueIsRefused() {
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(IdentityCipher.PREFIX + "AAAA"));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(IdentityCipher.PREFIX + "not base64!"));
    }

    @Test
    void valueInClearIsRefusedNotPassedThrough() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> cipher.decrypt("13905361234"));
        assertFalse(refused.getMessage().contains("13905361234"), "the refusal does not repeat the value");
    }

    @Test
    void otherKeyCannotDecrypt() {
        String stored = cipher.encrypt("37078119680512237X");
        IdentityCipher other = new IdentityCipher(OTHER_KEY);
        assertThrows(IllegalStateException.class, () -> other.decrypt(stored));
    }

    @Test
    void matchKeyIsStableKeyedAndNotTheValue() {
        String key = cipher.matchKey("phone:13905361234");
        assertEquals(key, cipher.matchKey("phone:13905361234"));
        assertEquals(64, key.length());
        assertFalse(key.contains("13905361234"));
        assertNotEquals(key, cipher.matchKey("phone:13905361235"));
        assertNotEquals(key, new IdentityCipher(OTHER_KEY).matchKey("phone:13905361234"), "without the server's key the hash cannot be recomputed");
    }

    @Test
    void keyOfWrongLengthIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new IdentityCipher(new byte[16]));
        assertTrue(refused.getMessage().contains("256 bits"), refused.getMessage());
    }
}
