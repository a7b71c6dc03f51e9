package org.xinfang.api.event;

/** A case changed hands: a step forwarded or assigned it from one unit to another. */
public record CaseMoved(long caseId, String agencyType, long fromUnitId, long toUnitId, String transition, String actor) {
}
