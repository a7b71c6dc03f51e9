package org.xinfang.core.domain.model.document;

import java.util.List;
import java.util.Optional;

/** The documents of cases with their bytes. Read by case id after the use case found the case visible. */
public interface CaseDocumentRepository {

    /** Stores the document and its bytes (apart, so lists never load them). */
    CaseDocument add(CaseDocument document, byte[] content);

    /** The case's documents, oldest first. */
    List<CaseDocument> ofCase(Long caseId);

    /** The notices (documents with a notice kind) of these cases, oldest first; without their bytes. */
    List<CaseDocument> noticesOf(java.util.Collection<Long> caseIds);

    Optional<CaseDocument> find(Long id);

    /** The bytes of a stored document. */
    byte[] content(Long documentId);
}
