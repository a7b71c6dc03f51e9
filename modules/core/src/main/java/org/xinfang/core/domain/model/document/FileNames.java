package org.xinfang.core.domain.model.document;

import java.text.Normalizer;
import java.util.Locale;

/**
 * File names as people's browsers send them, made safe to store and to offer back for download: the
 * last path segment only (old browsers send {@code C:\Users\…\scan.pdf}), no control characters or
 * characters Windows refuses, no leading dots, at most {@link #MAX_LENGTH} characters with the
 * extension kept.
 */
public final class FileNames {

    /** The length of case_document.file_name. */
    public static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    /** The safe form of {@code name}; empty when nothing usable is left. */
    public static String sanitise(String name) {
        if (name == null) {
            return "";
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String cleaned = Normalizer.normalize(last, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\\p{Cf}]", "")
                .replaceAll("[<>:\"|?*]", "_")
                .strip()
                .replaceAll("^\\.+", "")
                .replaceAll("[. ]+$", "");
        return shorten(cleaned);
    }

    /** The extension after the last dot, lower case; empty when there is none. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Cuts the base name, never the extension, by whole code points, to fit {@link #MAX_LENGTH}. */
    static String shorten(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        String extension = extension(name);
        String suffix = extension.isEmpty() || extension.length() > 16 ? "" : name.substring(name.lastIndexOf('.'));
        String base = name.substring(0, name.length() - suffix.length());
        int keep = MAX_LENGTH - suffix.length();
        int end = base.offsetByCodePoints(0, Math.min(base.codePointCount(0, base.length()), keep));
        while (end > keep) {
            end = base.offsetByCodePoints(0, base.codePointCount(0, end) - 1);
        }
        return base.substring(0, end) + suffix;
    }
}
