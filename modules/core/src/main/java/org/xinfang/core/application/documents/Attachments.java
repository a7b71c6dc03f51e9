package org.xinfang.core.application.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.cases.CaseNotFoundException;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.Procedures;
import org.xinfang.core.application.settings.Settings;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseRepository;
import org.xinfang.core.domain.model.document.CaseDocument;
import org.xinfang.core.domain.model.document.DocumentKind;
import org.xinfang.core.domain.model.user.CoreRoles;

/**
 * Adds a scan of a letter or a piece of evidence to a case: only to a case the caller sees, only by
 * someone who works on it there (clerk, handler or leader, or a plugin role acting as one), and only
 * after {@link AttachmentCheck} has judged the bytes. Stored with its SHA-256 in one transaction, so
 * a refusal leaves nothing behind.
 */
@ApplicationScoped
public class Attachments {

    /** The setting holding the largest attachment, in MB (1 MB = 1,048,576 bytes). */
    public static final String MAX_MEGABYTES_SETTING = "attachments.maxMegabytes";
    public static final int DEFAULT_MAX_MEGABYTES = 20;
    /**
     * The range a settings page may offer. The top stays below what the server lets a request carry
     * (Undertow's max-post-size and the Faces servlet's multipart-config, both 64 MB), so that a file
     * over the limit always meets this use case's message rather than the server's.
     */
    public static final int LOWEST_MAX_MEGABYTES = 1;
    public static final int HIGHEST_MAX_MEGABYTES = 50;

    @Inject
    private CaseRepository cases;

    @Inject
    private Procedures procedures;

    @Inject
    private CaseDocuments documents;

    @Inject
    private Settings settings;

    /**
     * Stores {@code content} with case {@code caseId}.
     *
     * @param fileName the name the browser or client sent; only its last segment is kept
     * @param title    what the document is (来信原件、现场照片); the file name when blank
     * @throws CaseNotFoundException      when the case does not exist or the caller cannot see it
     * @throws NotPermittedException      when the caller sees the case but does not work on it
     * @throws AttachmentRefusedException when the file is empty, too large, not a scan or misnamed
     */
    @Transactional
    public CaseDocument add(Caller caller, Long caseId, String fileName, String title, byte[] content) {
        return add(caller, caseId, fileName, title, content, false);
    }

    /**
     * Stores {@code content} as {@link #add(Caller, Long, String, String, byte[])} does, marked as
     * {@code identifying} when it shows who brought the case (a signed letter, a copy of an ID card):
     * on a case whose identities are sealed only the identity keeper may then open it.
     */
    @Transactional
    public CaseDocument add(Caller caller, Long caseId, String fileName, String title, byte[] content, boolean identifying) {
        Case owner = cases.find(caseId, caller.visibility()).orElseThrow(() -> new CaseNotFoundException(caseId));
        if (!procedures.worksOn(caller, owner.getUnit())) {
            throw new NotPermittedException(Messages.get(caller.locale(), "attachment.notPermitted", owner.getNumber()));
        }
        AttachmentCheck.Checked ok = AttachmentCheck.check(fileName, title, content, maxMegabytes(), caller.locale());
        return documents.store(owner, DocumentKind.ATTACHMENT, null, null, ok.title(), ok.fileName(),
                ok.type().contentType(), content, null, caller.username(), identifying);
    }

    /**
     * The refusal {@link #add} would give {@code content} — none when it would take it — with each field
     * named under {@code field} ({@code files[1].file}; as {@link #add} names them when null), for a form
     * that sends files with other input and names every refusal at once before saving anything.
     */
    public Optional<AttachmentRefusedException> refusal(String field, String fileName, String title, byte[] content, Locale locale) {
        try {
            AttachmentCheck.check(fileName, title, content, maxMegabytes(), locale);
            return Optional.empty();
        } catch (AttachmentRefusedException refused) {
            return Optional.of(new AttachmentRefusedException(refused.reason(), refused.problems().stream()
                    .map(p -> new FieldProblem(field == null ? p.field() : field + "." + p.field(), p.message())).toList()));
        }
    }

    /**
     * Refuses a form's {@code problems} with its files' {@code refusals}, all at once; a file refused on
     * its own keeps its kind (413, 415), nothing refused returns.
     */
    public static void refuseAll(List<FieldProblem> problems, List<AttachmentRefusedException> refusals) {
        if (problems.isEmpty() && refusals.size() == 1) {
            throw refusals.get(0);
        }
        List<FieldProblem> all = new ArrayList<>(problems);
        refusals.forEach(r -> all.addAll(r.problems()));
        if (!all.isEmpty()) {
            throw new InvalidInputException(all);
        }
    }

    /** Whether the caller may add attachments to case {@code caseId} (false when it is not visible). */
    @Transactional
    public boolean mayAdd(Caller caller, Long caseId) {
        return cases.find(caseId, caller.visibility()).map(c -> procedures.worksOn(caller, c.getUnit())).orElse(false);
    }

    /** The largest attachment now allowed, in MB: the setting, kept within its range. */
    public int maxMegabytes() {
        int value = settings.number(MAX_MEGABYTES_SETTING, DEFAULT_MAX_MEGABYTES);
        return Math.max(LOWEST_MAX_MEGABYTES, Math.min(HIGHEST_MAX_MEGABYTES, value));
    }

    /** {@link #maxMegabytes()} in bytes: a reader of an upload needs no more than this and one byte. */
    public long maxBytes() {
        return maxMegabytes() * 1024L * 1024L;
    }
}
