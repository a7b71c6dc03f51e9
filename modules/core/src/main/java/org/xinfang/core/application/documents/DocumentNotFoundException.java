package org.xinfang.core.application.documents;

import org.xinfang.core.application.cases.CaseNotFoundException;

/** No such document on that case (answered like a missing case: 404). */
public class DocumentNotFoundException extends CaseNotFoundException {

    public DocumentNotFoundException(Long caseId, Long documentId) {
        super("Document " + documentId + " of case " + caseId + " not found");
    }
}
