package org.xinfang.api.event;

/** A procedure step was taken on a case: {@code transition} led from {@code fromState} to {@code toState}. */
public record StepTaken(long caseId, String agencyType, String transition, String fromState, String toState,
                        long unitId, String actor) {
}
