package org.xinfang.core.application.documents;

import org.xinfang.core.application.cases.CaseNotFoundException;

/**
 * No such document on that case (answered like a missing case: 404). Thrown only once the case itself is found and
 * visible, so its message names the document, not the case.
 */
public class DocumentNotFoundException extends CaseNotFoundException {

    private final Long caseId;
    private final Long documentId;

    public DocumentNotFoundException(Long caseId, Long documentId) {
        super("Document " + documentId + " of case " + caseId + " not found");
        this.caseId = caseId;
        this.documentId = documentId;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getDocumentId() {
        return documentId;
    }
}
