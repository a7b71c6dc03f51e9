package org.xinfang.core.domain.model.document;

/** Where a stored document came from. */
public enum DocumentKind {
    /** A written notice the procedure produced (PDF, numbered). */
    NOTICE,
    /** A scan of a letter or a piece of evidence someone uploaded. */
    ATTACHMENT
}
