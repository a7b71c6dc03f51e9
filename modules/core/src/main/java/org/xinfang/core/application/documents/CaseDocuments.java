package org.xinfang.core.application.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.NoticeKind;
import org.xinfang.core.application.cases.CaseNotFoundException;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseRepository;
import org.xinfang.core.domain.model.document.CaseDocument;
import org.xinfang.core.domain.model.document.CaseDocumentRepository;
import org.xinfang.core.domain.model.document.DocumentKind;

/**
 * The documents kept with cases: stored with their checksum in the caller's transaction, listed and
 * read only through a case the caller may see.
 */
@ApplicationScoped
public class CaseDocuments {

    /** A document with its bytes, for a download. */
    public record StoredFile(CaseDocument document, byte[] content) {
    }

    @Inject
    private CaseDocumentRepository documents;

    @Inject
    private CaseRepository cases;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** Stores bytes with a case; the caller's use case has checked what they are and who may add them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseDocument store(Case owner, DocumentKind kind, NoticeKind noticeKind, String number, String title,
                              String fileName, String contentType, byte[] content, Long stepId, String actor) {
        CaseDocument document = new CaseDocument(owner.getId(), kind, noticeKind, number, title, fileName, contentType,
                content.length, sha256(content), stepId, LocalDateTime.now(clock), actor);
        documents.add(document, content);
        audit.record(actor, kind == DocumentKind.NOTICE ? "NOTICE_ISSUED" : "ATTACHMENT_ADDED", "Case", owner.getId(),
                owner.getUnit().getId(), (number != null ? number + " " : "") + title + " sha256=" + document.getSha256());
        return document;
    }

    /** The documents of a case the caller may see, oldest first. */
    @Transactional
    public List<CaseDocument> list(Caller caller, Long caseId) {
        Case owner = cases.find(caseId, caller.visibility()).orElseThrow(() -> new CaseNotFoundException(caseId));
        return documents.ofCase(owner.getId());
    }

    /** One document with its bytes, when it belongs to {@code caseId} and the caller may see that case. */
    @Transactional
    public StoredFile read(Caller caller, Long caseId, Long documentId) {
        Case owner = cases.find(caseId, caller.visibility()).orElseThrow(() -> new CaseNotFoundException(caseId));
        CaseDocument document = documents.find(documentId).orElse(null);
        if (document == null || !document.getCaseId().equals(owner.getId())) {
            throw new DocumentNotFoundException(caseId, documentId);
        }
        return new StoredFile(document, documents.content(documentId));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
