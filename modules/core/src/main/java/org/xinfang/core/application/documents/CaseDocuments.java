package org.xinfang.core.application.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.event.DocumentIssued;
import org.xinfang.api.model.NoticeKind;
import org.xinfang.core.application.cases.CaseNotFoundException;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.CoreAuditAction;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseRepository;
import org.xinfang.core.domain.model.document.CaseDocument;
import org.xinfang.core.domain.model.document.DocumentText;
import org.xinfang.core.domain.model.document.CaseDocumentRepository;
import org.xinfang.core.domain.model.document.DocumentKind;

/**
 * The documents kept with cases: stored with their checksum in the caller's transaction, listed and
 * read only through a case the caller may see.
 */
@ApplicationScoped
public class CaseDocuments {

    /** Where the audit detail of a stored document gives its checksum, for an administrator's comparison. */
    private static final String CHECKSUM_MARK = " sha256=";

    /**
     * A document with its bytes, for a download; {@code fileName} is the name to save it under, with
     * sealed identities redacted as in the list (a download's name must not say what the list hides).
     */
    public record StoredFile(CaseDocument document, byte[] content, String fileName) {
    }

    @Inject
    private CaseDocumentRepository documents;

    @Inject
    private Event<DocumentIssued> issuedEvents;

    @Inject
    private CaseRepository cases;

    @Inject
    private AuditLog audit;

    @Inject
    private IdentityDisclosure disclosure;

    @Inject
    private Clock clock;

    /** Stores bytes with a case; the caller's use case has checked what they are and who may add them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseDocument store(Case owner, DocumentKind kind, NoticeKind noticeKind, String number, String title,
                              String fileName, String contentType, byte[] content, Long stepId, String actor) {
        return store(owner, kind, noticeKind, number, title, fileName, contentType, content, stepId, actor, false);
    }

    /**
     * Stores bytes with a case as above, {@code identifying} when they show who brought it (a signed letter,
     * a copy of an ID card); the words of the document are kept for the full-text search — with a sealed
     * reporter's name replaced by the pseudonym, and none of an identifying document of a sealed matter.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseDocument store(Case owner, DocumentKind kind, NoticeKind noticeKind, String number, String title,
                              String fileName, String contentType, byte[] content, Long stepId, String actor, boolean identifying) {
        // A title or file name naming the reporter of a sealed case is kept with the pseudonym.
        CaseDocument document = new CaseDocument(owner.getId(), kind, noticeKind, number,
                disclosure.protect(owner, title, CaseDocument.LONGEST_NAME), disclosure.protect(owner, fileName, CaseDocument.LONGEST_NAME), contentType,
                content.length, sha256(content), stepId, LocalDateTime.now(clock), actor);
        if (identifying) {
            document.markIdentifying();
        }
        documents.add(document, content);
        if (!(identifying && owner.hasSealedIdentities())) {
            // The title too: a photo's only words are what the clerk called it (欠条照片).
            String words = disclosure.protect(owner, (document.getTitle() + "\n" + DocumentWords.of(contentType, content)).strip(),
                    DocumentText.LONGEST_TEXT);
            if (!words.isBlank()) {
                owner.keepWords(new DocumentText(document.getId(), owner, words));
            }
        }
        audit.record(actor, kind == DocumentKind.NOTICE ? CoreAuditAction.NOTICE_ISSUED : CoreAuditAction.ATTACHMENT_ADDED, "Case", owner.getId(),
                owner.getUnit().getId(), (number != null ? number + " " : "") + document.getTitle()
                        + CHECKSUM_MARK + document.getSha256());
        if (kind == DocumentKind.NOTICE) {
            issuedEvents.fire(new DocumentIssued(owner.getId(), document.getId(), number, document.getTitle(), actor));
        }
        return document;
    }

    /** The documents of a case the caller sees or follows read-only, oldest first. */
    @Transactional
    public List<CaseDocument> list(Caller caller, Long caseId) {
        return documents.ofCase(readable(caller, caseId).getId());
    }

    /**
     * A document as a list shows it to one caller: its title and file name with sealed identities
     * redacted, and whether the caller may open it (an identifying attachment of a sealed case is
     * listed to everyone, but only its keeper gets a link). {@code sealed}: an identifying attachment
     * of a sealed case, whose opening is a logged reveal that needs the keeper's reason.
     */
    public record ShownDocument(CaseDocument document, String title, String fileName, boolean openable, boolean sealed) {
    }

    /** The documents of a case the caller may see, oldest first, as {@link ShownDocument}s. */
    @Transactional
    public List<ShownDocument> shown(Caller caller, Long caseId) {
        Case owner = readable(caller, caseId);
        owner.getParties().size();
        return list(caller, caseId).stream().map(d -> shown(caller, owner, d)).toList();
    }

    /**
     * The original file name of a sealed attachment stays with those who may open it: a reporter names
     * files after themselves (张三工资条.pdf) as often as not, and redaction knows only the sealed names.
     */
    private ShownDocument shown(Caller caller, Case owner, CaseDocument d) {
        boolean sealed = d.isIdentifying() && owner.hasSealedIdentities();
        boolean openable = disclosure.mayOpen(caller, owner, d);
        String title = disclosure.redact(owner, d.getTitle());
        return new ShownDocument(d, title, sealed && !openable ? title : disclosure.redact(owner, d.getFileName()), openable, sealed);
    }

    /** One document with its bytes, when it belongs to {@code caseId} and the caller may see that case. */
    @Transactional
    public StoredFile read(Caller caller, Long caseId, Long documentId) {
        return read(caller, caseId, documentId, null);
    }

    /**
     * One document with its bytes, as {@link #read(Caller, Long, Long)}; an identifying attachment of
     * a case whose identities are sealed only for the case's identity keeper, who states
     * {@code revealReason} and is logged as revealing (see {@link IdentityDisclosure#opening}).
     */
    @Transactional
    public StoredFile read(Caller caller, Long caseId, Long documentId, String revealReason) {
        Case owner = readable(caller, caseId);
        CaseDocument document = documents.find(documentId).orElse(null);
        if (document == null || !document.getCaseId().equals(owner.getId())) {
            throw new DocumentNotFoundException(caseId, documentId);
        }
        disclosure.opening(caller, owner, document, revealReason);
        return new StoredFile(document, documents.content(documentId), disclosure.redact(owner, document.getFileName()));
    }

    /**
     * The case, when the caller sees it or follows it read-only: a unit that sent it on (转送, 交办, a
     * review upward) still reads its notices — the 处理意见书 it issued among them — but adds nothing.
     */
    private Case readable(Caller caller, Long caseId) {
        return cases.find(caseId, caller.visibility()).or(() -> cases.findFollowed(caseId, caller.visibility()))
                .orElseThrow(() -> new CaseNotFoundException(caseId));
    }

    /**
     * A stored document's audit detail as a person reads it: its number and title, without the
     * checksum (kept in the log, and shown beside the document for whoever compares files).
     */
    public static String withoutChecksum(String detail) {
        int at = detail == null ? -1 : detail.lastIndexOf(CHECKSUM_MARK);
        return at < 0 ? detail : detail.substring(0, at);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
