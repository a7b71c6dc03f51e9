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
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(code.value().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
