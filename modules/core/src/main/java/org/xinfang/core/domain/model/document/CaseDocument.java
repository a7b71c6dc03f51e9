package org.xinfang.core.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.xinfang.api.model.NoticeKind;

/**
 * A document kept with a case: a notice the procedure produced or an attachment. Its bytes live in
 * {@link DocumentContent} so that listing documents never loads them; the SHA-256 checksum proves
 * later that the bytes are the ones stored.
 */
@Entity
@Table(name = "case_document")
public class CaseDocument {

    /** The title's and the file name's columns. */
    public static final int LONGEST_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_kind", nullable = false, length = 16)
    private DocumentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "notice_kind", length = 32)
    private NoticeKind noticeKind;

    /** The notice's number (朝阳信访受〔2026〕3号); empty for attachments. */
    @Column(name = "doc_number", length = 64)
    private String number;

    @Column(name = "title", nullable = false, length = LONGEST_NAME)
    private String title;

    @Column(name = "file_name", nullable = false, length = LONGEST_NAME)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    /** The procedure step that produced a notice. */
    @Column(name = "step_id")
    private Long stepId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    /**
     * Marked on upload as showing who brought the case (a signed letter, a copy of an ID card): on a
     * case whose identities are sealed, only the identity keeper may open it.
     */
    @Column(name = "identifying", nullable = false)
    private boolean identifying;

    protected CaseDocument() {
    }

    public CaseDocument(Long caseId, DocumentKind kind, NoticeKind noticeKind, String number, String title, String fileName,
                        String contentType, long size, String sha256, Long stepId, LocalDateTime createdAt, String createdBy) {
        this.caseId = caseId;
        this.kind = kind;
        this.noticeKind = noticeKind;
        this.number = number;
        this.title = title;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.stepId = stepId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public NoticeKind getNoticeKind() {
        return noticeKind;
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public Long getStepId() {
        return stepId;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public boolean isIdentifying() {
        return identifying;
    }

    /** Marks the attachment as identifying; set once, when it is stored. */
    public void markIdentifying() {
        this.identifying = true;
    }
}
