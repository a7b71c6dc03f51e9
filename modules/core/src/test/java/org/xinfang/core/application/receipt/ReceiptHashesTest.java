package org.xinfang.core.application.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stored value: the code's keyed hash — the same for the same code and key, useless without the key. */
class ReceiptHashesTest {

    private static final byte[] KEY = "a key of thirty-two bytes, test!".getBytes(StandardCharsets.US_ASCII);
    private final ReceiptCode code = new ReceiptCode("7KQ2M9XD0A1BCDEFGH23");

    @Test
    void isHmacSha256OfTheCodeAsHex() {
        // Reference value computed with: printf 7KQ2M9XD0A1BCDEFGH23 | openssl dgst -sha256 -hmac 'a key of thirty-two bytes, test!'
        String hash = new ReceiptHashes(KEY).of(code);
        assertEquals("8b89a5e454ba9aef970a02c9c6dd1d91f74d669e21d66fdb9140f2cecfe1977d", hash);
        assertEquals(hash, new ReceiptHashes(KEY).of(ReceiptCode.parse("7kq2-m9xd-oa1b-cdef-gh23").orElseThrow()),
                "a code typed differently finds the same receipt");
    }

    @Test
    void neitherHoldsTheCodeNorMatchesWithAnotherKey() {
        String hash = new ReceiptHashes(KEY).of(code);
        assertFalse(hash.contains(code.value().toLowerCase()));
        byte[] other = KEY.clone();
        other[0] ^= 1;
        assertNotEquals(hash, new ReceiptHashes(other).of(code));
        assertNotEquals(hash, new ReceiptHashes(KEY).of(new ReceiptCode("7KQ2M9XD0A1BCDEFGH24")));
    }

    @Test
    void refusesAShortKey() {
        assertThrows(IllegalArgumentException.class, () -> new ReceiptHashes(new byte[15]));
    }

    @Test
    void theKeyComesFromThePropertyThenTheEnvironmentThenAFileInTheDataDirectory(@TempDir Path dir) throws Exception {
        String configured = Base64.getEncoder().encodeToString(KEY);
        assertTrue(Arrays.equals(KEY, ReceiptKeys.resolve(Map.of(ReceiptKeys.PROPERTY, configured)::get, name -> null)));
        assertTrue(Arrays.equals(KEY, ReceiptKeys.resolve(name -> null, Map.of(ReceiptKeys.ENVIRONMENT, configured)::get)));
        byte[] first = ReceiptKeys.resolve(Map.of("jboss.server.data.dir", dir.toString())::get, name -> null);
        assertEquals(32, first.length);
        assertTrue(Files.exists(dir.resolve(ReceiptKeys.FILE_NAME)));
        assertTrue(Arrays.equals(first, ReceiptKeys.resolve(Map.of("jboss.server.data.dir", dir.toString())::get, name -> null)),
                "the same key after a restart");
        assertThrows(IllegalStateException.class, () -> ReceiptKeys.resolve(name -> null, name -> null));
        assertThrows(IllegalStateException.class, () -> ReceiptKeys.resolve(Map.of(ReceiptKeys.PROPERTY, "c2hvcnQ=")::get, name -> null));
    }

    @Test
    void aSubmissionSentAgainIsToldTheSameCodeAndNobodyWithoutTheKeyCanTellIt() {
        ReceiptHashes hashes = new ReceiptHashes(KEY);
        String submission = hashes.ofText("key-1\nthe petition");
        ReceiptCode first = hashes.codeOfSubmission(submission);
        assertEquals(first, hashes.codeOfSubmission(submission), "the same submission, the same code");
        assertNotEquals(first, hashes.codeOfSubmission(hashes.ofText("key-2\nthe petition")), "another key, another code");
        byte[] other = KEY.clone();
        other[1] ^= 1;
        assertNotEquals(first, new ReceiptHashes(other).codeOfSubmission(submission), "the code depends on the server's key");
        assertEquals(first, ReceiptCode.parse(first.grouped()).orElseThrow(), "a derived code is typed back like any other");
    }

    @Test
    void aCodeFromBitsTakesFiveBitsASymbolInOrder() {
        byte[] bits = new byte[13];
        bits[0] = (byte) 0b00001_000;
        bits[12] = (byte) 0b1111_0000;
        ReceiptCode code = ReceiptCode.fromBits(bits);
        // Symbol 1 is bits 0–4 (00001); symbol 20 is bits 95–99 (0 and the high nibble 1111 of byte 12: 01111, F).
        assertEquals("1" + "0".repeat(18) + "F", code.value());
    }
}
