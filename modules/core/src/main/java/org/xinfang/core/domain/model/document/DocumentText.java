package org.xinfang.core.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.xinfang.core.domain.model.cases.Case;

/**
 * The words of a stored document — a notice's text, an attachment's (PDF, Word, plain text) — kept once,
 * when the document is stored, so that the full-text search can index a matter again (mass indexing)
 * without opening its files. A sealed matter's document keeps its words with the reporter's name
 * replaced by the pseudonym; an identifying document of a sealed matter keeps none (ADR 0041).
 */
@Entity
@Table(name = "document_text")
public class DocumentText {

    /** The longest text kept of one document; the rest is left unsearched. */
    public static final int LONGEST_TEXT = 200_000;

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private Case caseFile;

    /** LONGTEXT: a long text column on MySQL/MariaDB and on H2 in its MySQL mode alike. */
    @Column(name = "words", nullable = false, length = LONGEST_TEXT)
    private String words;

    protected DocumentText() {
    }

    public DocumentText(Long documentId, Case caseFile, String words) {
        this.documentId = documentId;
        this.caseFile = caseFile;
        this.words = words.length() > LONGEST_TEXT ? words.substring(0, LONGEST_TEXT) : words;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getWords() {
        return words;
    }
}
