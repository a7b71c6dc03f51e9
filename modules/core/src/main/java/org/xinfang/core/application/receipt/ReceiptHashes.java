package org.xinfang.core.application.receipt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hash under which a receipt is stored and found: HMAC-SHA256 of the code with the server's
 * receipt key. Keyed, so that a copy of the database alone cannot test codes; deterministic, so that
 * a code typed back finds its receipt with one indexed lookup (a per-row salt would mean trying every
 * receipt). With 100 random bits in a code, nobody enumerates them either way.
 */
public final class ReceiptHashes {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public ReceiptHashes(byte[] key) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("The receipt key must have at least 16 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** 64 hex digits. */
    public String of(ReceiptCode code) {
        return HexFormat.of().formatHex(mac(code.value()));
    }

    /**
     * 64 hex digits for any other text kept under the receipt key — a submission sent to the portal, so
     * that sending it again is recognised without keeping what it said.
     */
    public String ofText(String text) {
        return HexFormat.of().formatHex(mac(text));
    }

    /**
     * The code of the matter registered by a submission whose hash is {@code submissionHash}: derived
     * under the key, so that the same submission sent again (a lost answer, a second tap) is told the
     * same code, while nobody without the key can tell a code from a submission.
     */
    public ReceiptCode codeOfSubmission(String submissionHash) {
        return ReceiptCode.fromBits(mac("code-of-submission:" + submissionHash));
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
