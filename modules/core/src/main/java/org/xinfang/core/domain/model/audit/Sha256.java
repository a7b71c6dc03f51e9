package org.xinfang.core.domain.model.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hash of the audit log's rows: SHA-256 of their canonical text, in lower-case hex. */
final class Sha256 {

    private Sha256() {
    }

    /** The fields joined by the unit separator (which no field contains), hashed. */
    static String of(String... fields) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\u001f", fields).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
