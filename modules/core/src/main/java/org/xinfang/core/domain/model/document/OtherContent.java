package org.xinfang.core.domain.model.document;

import static org.xinfang.core.domain.model.document.ScanType.ascii;
import static org.xinfang.core.domain.model.document.ScanType.startsWith;

import java.util.Optional;

/**
 * What refused bytes really are, when their signature says so, so that the refusal can tell the
 * person "this is a Windows program" rather than only "not accepted". Recognising is not accepting:
 * none of these is ever stored.
 */
public enum OtherContent {
    /** MZ: .exe, .dll, .scr. */
    WINDOWS_PROGRAM,
    /** ELF: Linux and Android programs. */
    UNIX_PROGRAM,
    /** A shell or other script (#!). */
    SCRIPT,
    /** PK: zip archives, and with them .docx, .xlsx, .pptx, .odt, .apk, .jar. */
    ZIP,
    RAR,
    SEVEN_ZIP,
    GZIP,
    /** The old Office container: .doc, .xls, .ppt, .msg. */
    OLD_OFFICE,
    RTF,
    /** Web pages and XML (an SVG too: it may carry scripts). */
    MARKUP,
    /** RIFF containers: WebP images, WAV sound, AVI video. */
    RIFF,
    /** ISO media: MP4, MOV and the HEIC photos of phones. */
    ISO_MEDIA;

    /** What these bytes are, when the signature is one of the above. */
    public static Optional<OtherContent> identify(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        if (startsWith(content, ascii("MZ"))) {
            return Optional.of(WINDOWS_PROGRAM);
        }
        if (startsWith(content, new byte[] {0x7F, 'E', 'L', 'F'})) {
            return Optional.of(UNIX_PROGRAM);
        }
        if (startsWith(content, ascii("#!"))) {
            return Optional.of(SCRIPT);
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4}) || startsWith(content, new byte[] {'P', 'K', 5, 6})
                || startsWith(content, new byte[] {'P', 'K', 7, 8})) {
            return Optional.of(ZIP);
        }
        if (startsWith(content, ascii("Rar!"))) {
            return Optional.of(RAR);
        }
        if (startsWith(content, new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C})) {
            return Optional.of(SEVEN_ZIP);
        }
        if (startsWith(content, new byte[] {0x1F, (byte) 0x8B})) {
            return Optional.of(GZIP);
        }
        if (startsWith(content, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1})) {
            return Optional.of(OLD_OFFICE);
        }
        if (startsWith(content, ascii("{\\rtf"))) {
            return Optional.of(RTF);
        }
        if (startsWith(content, ascii("RIFF"))) {
            return Optional.of(RIFF);
        }
        if (content.length >= 8 && content[4] == 'f' && content[5] == 't' && content[6] == 'y' && content[7] == 'p') {
            return Optional.of(ISO_MEDIA);
        }
        if (isMarkup(content)) {
            return Optional.of(MARKUP);
        }
        return Optional.empty();
    }

    /** Text whose first non-blank character (after a UTF-8 byte-order mark) opens a tag. */
    private static boolean isMarkup(byte[] content) {
        int i = startsWith(content, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
        while (i < content.length && i < 1024 && (content[i] == ' ' || content[i] == '\t' || content[i] == '\r' || content[i] == '\n')) {
            i++;
        }
        return i < content.length && content[i] == '<';
    }
}
