package org.xinfang.core.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of a {@link CaseDocument}, under the same id, loaded only to download. */
@Entity
@Table(name = "document_content")
public class DocumentContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Lob
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected DocumentContent() {
    }

    public DocumentContent(Long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public byte[] getContent() {
        return content;
    }
}
