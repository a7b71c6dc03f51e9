package org.xinfang.core.domain.model.receipt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * What passes between the unit and an anonymous reporter or complainant through the receipt: the
 * written answers meant for them (each also a numbered document of the case), and the evidence the
 * reporter adds (text, and an attachment of the case when a file came with it). Only these are ever
 * shown on the public page — never the case's own notices or attachments.
 */
@Entity
@Table(name = "xf_receipt_message")
@NamedQuery(name = "ReporterMessage.ofCase", query = "SELECT m FROM ReporterMessage m WHERE m.caseId = :caseId ORDER BY m.id")
public class ReporterMessage {

    public enum Kind {
        /** 答复: written by the unit to the reporter. */
        ANSWER,
        /** 补充材料: added by the reporter with the code. */
        EVIDENCE
    }

    /** The longest text either side may write (the column's width). */
    public static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private Kind kind;

    @Column(name = "body", length = MAX_TEXT)
    private String body;

    /** The answer's numbered document, or the evidence's attachment; null for text-only evidence. */
    @Column(name = "document_id")
    private Long documentId;

    /** The answer's number (青纪答复〔2026〕1号, in the unit's own series) or the attachment's file name. */
    @Column(name = "document_label", length = 255)
    private String documentLabel;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** The staff member who answered; {@code null} for the reporter, who has no name here. */
    @Column(name = "created_by", length = 100)
    private String createdBy;

    protected ReporterMessage() {
    }

    public ReporterMessage(long caseId, Kind kind, String body, Long documentId, String documentLabel, LocalDateTime createdAt,
                           String createdBy) {
        this.caseId = caseId;
        this.kind = kind;
        this.body = body;
        this.documentId = documentId;
        this.documentLabel = documentLabel;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getBody() {
        return body;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getDocumentLabel() {
        return documentLabel;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
