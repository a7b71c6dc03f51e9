package org.xinfang.web.interfaces;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers every download of a stored document carries, on the pages and in the API alike: its
 * stored content type, never sniffed by the browser; the Chinese file name in RFC 6266's
 * {@code filename*} (RFC 5987 UTF-8 encoding) with an ASCII fallback for old clients; not kept in
 * shared caches; and, should a browser open it anyway, no scripts run in it.
 */
public final class Downloads {

    private Downloads() {
    }

    /** Header name to value, in a stable order. */
    public static Map<String, String> headers(String fileName, long size) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Disposition", contentDisposition(fileName));
        headers.put("Content-Length", Long.toString(size));
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Cache-Control", "private, no-store");
        headers.put("Content-Security-Policy", "default-src 'none'; sandbox");
        return headers;
    }

    /** {@code attachment; filename="___.pdf"; filename*=UTF-8''%E6%9D%A5%E4%BF%A1.pdf}. */
    public static String contentDisposition(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + rfc5987(fileName);
    }

    static String asciiFallback(String fileName) {
        StringBuilder ascii = new StringBuilder();
        for (char c : fileName.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        return ascii.toString();
    }

    /** RFC 5987 value-chars: attr-char as is, every other UTF-8 byte as %XX. */
    static String rfc5987(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (Character.isLetterOrDigit(c) && c < 0x80 || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}
