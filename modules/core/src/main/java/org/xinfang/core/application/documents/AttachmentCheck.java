package org.xinfang.core.application.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.xinfang.core.application.documents.AttachmentRefusedException.Reason;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.domain.model.document.FileNames;
import org.xinfang.core.domain.model.document.OtherContent;
import org.xinfang.core.domain.model.document.ScanType;

/**
 * The rules an attachment must meet before it is stored, judged on its bytes: not empty, not over the
 * limit, a scan type by its signature, a file name whose extension says the same, a title that fits.
 * Pure, so that every refusal is tested without a server; {@link Attachments} applies it.
 */
public final class AttachmentCheck {

    /** The form field of the file (the multipart part's name too). */
    public static final String FILE = "file";
    public static final String TITLE = "title";
    public static final int MAX_TITLE = 200;

    /** What may be stored: the safe file name, the title and the type the bytes really are. */
    public record Checked(String fileName, String title, ScanType type) {
    }

    private AttachmentCheck() {
    }

    /**
     * @param content the bytes received, or the first {@code maxMegabytes} MB and one byte more of them
     * @throws AttachmentRefusedException naming {@link #FILE} and {@link #TITLE} as they fail
     */
    public static Checked check(String fileName, String title, byte[] content, int maxMegabytes, Locale locale) {
        if (content == null || content.length == 0) {
            throw refused(Reason.INVALID, FILE, Messages.get(locale, "attachment.empty"));
        }
        if (content.length > maxMegabytes * 1024L * 1024L) {
            throw refused(Reason.TOO_LARGE, FILE, Messages.get(locale, "attachment.tooLarge", String.valueOf(maxMegabytes)));
        }
        String safeName = FileNames.sanitise(fileName);
        Optional<ScanType> type = ScanType.detect(content);
        if (type.isEmpty()) {
            String shown = safeName.isEmpty() ? Messages.get(locale, "attachment.thisFile") : Messages.get(locale, "attachment.quoted", safeName);
            String message = OtherContent.identify(content)
                    .map(other -> Messages.get(locale, "attachment.notAScan.is", shown,
                            Messages.get(locale, "attachment.content." + other.name()), accepted()))
                    .orElseGet(() -> Messages.get(locale, "attachment.notAScan", shown, accepted()));
            throw refused(Reason.NOT_A_SCAN, FILE, message);
        }
        List<FieldProblem> problems = new ArrayList<>();
        String storedName = safeName;
        if (safeName.isEmpty()) {
            problems.add(new FieldProblem(FILE, Messages.get(locale, "attachment.fileName.missing")));
        } else {
            String extension = FileNames.extension(safeName);
            if (extension.isEmpty()) {
                storedName = FileNames.sanitise(safeName + "." + type.get().extensions().get(0));
            } else if (!type.get().hasExtension(extension)) {
                problems.add(new FieldProblem(FILE, Messages.get(locale, "attachment.extensionMismatch", safeName, extension,
                        type.get().label(), type.get().extensions().stream().map(e -> "." + e).collect(Collectors.joining(" ")))));
            }
        }
        String cleanTitle = title == null ? "" : title.replaceAll("[\\p{Cntrl}\\p{Cf}]", " ").strip();
        if (cleanTitle.isEmpty()) {
            cleanTitle = storedName;
        } else if (cleanTitle.length() > MAX_TITLE) {
            problems.add(new FieldProblem(TITLE, Messages.get(locale, "attachment.title.tooLong", MAX_TITLE, cleanTitle.length())));
        }
        if (!problems.isEmpty()) {
            throw new AttachmentRefusedException(Reason.INVALID, problems);
        }
        return new Checked(storedName, cleanTitle, type.get());
    }

    /** The accepted types as the messages list them: PDF、JPEG、PNG… */
    static String accepted() {
        return Stream.of(ScanType.values()).map(ScanType::label).collect(Collectors.joining("/"));
    }

    private static AttachmentRefusedException refused(Reason reason, String field, String message) {
        return new AttachmentRefusedException(reason, List.of(new FieldProblem(field, message)));
    }
}
