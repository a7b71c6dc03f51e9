package org.xinfang.core.infrastructure.persistence;

/** LIKE patterns with the user's text taken literally (escape character {@code \}). */
public final class Like {

    private Like() {
    }

    /** {@code s} with LIKE's wildcards and the escape character escaped. */
    public static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
