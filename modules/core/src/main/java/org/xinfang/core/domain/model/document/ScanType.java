package org.xinfang.core.domain.model.document;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a scan of a letter or a piece of evidence may be, recognised by the signature at
 * the start of the bytes (never by the name the browser sent): what a scanner, a camera or a phone
 * produces and every reader opens. Office files, archives and programs are none of these.
 */
public enum ScanType {
    PDF("application/pdf", "PDF", "pdf"),
    JPEG("image/jpeg", "JPEG", "jpg", "jpeg", "jpe", "jfif"),
    PNG("image/png", "PNG", "png"),
    TIFF("image/tiff", "TIFF", "tif", "tiff"),
    GIF("image/gif", "GIF", "gif"),
    BMP("image/bmp", "BMP", "bmp");

    private static final byte[] PDF_MAGIC = ascii("%PDF-");
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] TIFF_LITTLE = {'I', 'I', 42, 0};
    private static final byte[] TIFF_BIG = {'M', 'M', 0, 42};
    private static final byte[] GIF87 = ascii("GIF87a");
    private static final byte[] GIF89 = ascii("GIF89a");
    /** Sizes of the Windows bitmap info headers (BITMAPCOREHEADER … BITMAPV5HEADER). */
    private static final List<Integer> BMP_HEADER_SIZES = List.of(12, 40, 52, 56, 64, 108, 124);

    private final String contentType;
    private final String label;
    private final List<String> extensions;

    ScanType(String contentType, String label, String... extensions) {
        this.contentType = contentType;
        this.label = label;
        this.extensions = List.of(extensions);
    }

    /** The MIME type stored with the document and sent with its download. */
    public String contentType() {
        return contentType;
    }

    /** The name people know the format by (PDF, JPEG). */
    public String label() {
        return label;
    }

    /** The file-name extensions of this type, the usual one first, lower case and without the dot. */
    public List<String> extensions() {
        return extensions;
    }

    public boolean hasExtension(String extension) {
        return extension != null && extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    /** The name of a stored content type (PDF for application/pdf); the type itself when it is none of these. */
    public static String labelOf(String contentType) {
        return Arrays.stream(values()).filter(t -> t.contentType.equals(contentType)).map(ScanType::label).findFirst().orElse(contentType);
    }

    /** The accepted type these bytes begin like, if any. */
    public static Optional<ScanType> detect(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (content.length >= 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8 && (content[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, TIFF_LITTLE) || startsWith(content, TIFF_BIG)) {
            return Optional.of(TIFF);
        }
        if (startsWith(content, GIF87) || startsWith(content, GIF89)) {
            return Optional.of(GIF);
        }
        if (isBitmap(content)) {
            return Optional.of(BMP);
        }
        return Optional.empty();
    }

    /** "BM" alone is two letters any text may start with; a bitmap also names a known header size. */
    private static boolean isBitmap(byte[] content) {
        if (content.length < 26 || content[0] != 'B' || content[1] != 'M') {
            return false;
        }
        int headerSize = (content[14] & 0xFF) | (content[15] & 0xFF) << 8 | (content[16] & 0xFF) << 16 | (content[17] & 0xFF) << 24;
        return BMP_HEADER_SIZES.contains(headerSize);
    }

    static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    static byte[] ascii(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
