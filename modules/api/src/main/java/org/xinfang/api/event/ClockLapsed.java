package org.xinfang.api.event;

import java.time.LocalDate;

/**
 * A running statutory clock of a case passed its due date without being stopped (announced once per
 * clock). {@code days} is the period it ran for, as set when it started (a setting may have changed
 * since), so that what follows can say how long was allowed.
 */
public record ClockLapsed(long caseId, String agencyType, String clock, LocalDate dueOn, long unitId, int days) {
}
