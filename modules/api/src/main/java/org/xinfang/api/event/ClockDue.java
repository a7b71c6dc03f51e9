package org.xinfang.api.event;

import java.time.LocalDate;

/** A running statutory clock of a case reaches its due date today (announced once per clock). */
public record ClockDue(long caseId, String agencyType, String clock, LocalDate dueOn, long unitId) {
}
