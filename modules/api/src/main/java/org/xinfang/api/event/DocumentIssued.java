package org.xinfang.api.event;

/** A numbered written document was issued on a case (a notice of a step, or a plugin's own form). */
public record DocumentIssued(long caseId, long documentId, String number, String title, String actor) {
}
