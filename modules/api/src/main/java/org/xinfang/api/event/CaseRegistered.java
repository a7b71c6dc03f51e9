package org.xinfang.api.event;

/** A case was registered in {@code unitId} by {@code actor}. */
public record CaseRegistered(long caseId, String caseNumber, String agencyType, long unitId, String actor) {
}
