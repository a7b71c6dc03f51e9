package org.xinfang.core.domain.model.document;

import java.util.Locale;

/** Sizes as people read them: bytes below 1 KB, then KB, then MB with one decimal (1 KB = 1024 bytes). */
public final class FileSizes {

    private static final long KB = 1024;
    private static final long MB = KB * 1024;

    private FileSizes() {
    }

    public static String format(long bytes) {
        if (bytes < KB) {
            return bytes + " B";
        }
        if (bytes < MB) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / (double) KB);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
    }
}
