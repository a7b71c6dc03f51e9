package org.xinfang.core.infrastructure.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.xinfang.core.domain.model.encryption.IdentityProtection;

/**
 * AES-256-GCM for stored identity and phone numbers, HMAC-SHA256 for their match keys. Both keys are
 * derived from the one configured key (an HMAC of it over a label each), so the hash key is never
 * the encryption key and a match key cannot be turned into a decryption. A stored value is
 * {@code v1:} and the Base64 of a random 96-bit IV, the ciphertext and its 128-bit tag; the version
 * prefix leaves room for a second key later (key rotation is not built yet, docs/adr/0017).
 */
public final class IdentityCipher implements IdentityProtection {

    /** Marks a value encrypted by this cipher (and tells the migration which rows are done). */
    public static final String PREFIX = "v1:";

    static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Bound into every tag: a value taken from another system with the same key does not decrypt here. */
    private static final byte[] ASSOCIATED = "xinfang identity v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec matchingKey;
    private final SecureRandom random = new SecureRandom();

    /** @param key the 256-bit key from the configuration; copied into the derived keys, not kept */
    public IdentityCipher(byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("The identity key must be 256 bits (32 bytes), not " + (key == null ? 0 : key.length) + " bytes");
        }
        this.encryptionKey = new SecretKeySpec(derive(key, "xinfang identity encryption"), "AES");
        this.matchingKey = new SecretKeySpec(derive(key, "xinfang identity matching"), "HmacSHA256");
    }

    private static byte[] derive(byte[] key, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override
    public String encrypt(String clear) {
        if (clear == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(ASSOCIATED);
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every JDK", e);
        }
    }

    @Override
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!isEncrypted(stored)) {
            throw new IllegalStateException("身份信息不是密文 / An identity value is stored in clear, not encrypted (" + stored.length() + " characters)");
        }
        byte[] in;
        try {
            in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException notBase64) {
            throw tampered(notBase64);
        }
        if (in.length < IV_BYTES + TAG_BITS / 8) {
            throw tampered(null);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(ASSOCIATED);
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException wrongKeyOrAltered) {
            throw tampered(wrongKeyOrAltered);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every JDK", e);
        }
    }

    private static IllegalStateException tampered(Exception cause) {
        return new IllegalStateException("身份信息密文校验失败：被改动，或以另一把密钥加密 / An encrypted identity value fails its "
                + "authentication: it was altered, or encrypted under another key", cause);
    }

    @Override
    public String matchKey(String normalised) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(matchingKey);
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whether a stored value is already encrypted (by this format). */
    public static boolean isEncrypted(String stored) {
        return stored.startsWith(PREFIX);
    }
}
