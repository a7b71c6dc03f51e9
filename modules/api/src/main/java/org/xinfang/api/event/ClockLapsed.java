package org.xinfang.api.event;

import java.time.LocalDate;

/** A running statutory clock of a case passed its due date without being stopped (announced once per clock). */
public record ClockLapsed(long caseId, String agencyType, String clock, LocalDate dueOn, long unitId) {
}
