package org.xinfang.core.domain.model.cases;

/** Masks the middle of identity and phone numbers for display. */
public final class Masking {

    private Masking() {
    }

    /** Keeps {@code head} leading and {@code tail} trailing characters; too short a value is masked whole. */
    public static String mask(String value, int head, int tail) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail) + value.substring(value.length() - tail);
    }
}
