package org.xinfang.core.application.procedure;

import java.time.LocalDate;
import org.xinfang.api.model.DayCount;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.core.domain.model.procedure.ClockStatus;

/**
 * A clock of a case as it reads today: its due date (a paused clock's grows day by day) and the days
 * left, counted as the clock counts (negative when overdue, null once stopped). {@code calendarKnown} is
 * false when the due date falls in a year whose holidays are not loaded (the date counts weekends only).
 */
public record ClockReading(String name, LocalizedText label, DayCount count, int days, LocalDate startedOn, LocalDate dueOn,
                           Long daysLeft, ClockStatus status, LocalDate pausedSince, int pausedDays, int extensionDays,
                           LocalDate stoppedOn, boolean calendarKnown) {

    public boolean isOverdue() {
        return daysLeft != null && daysLeft < 0;
    }

    public boolean isPaused() {
        return status == ClockStatus.PAUSED;
    }

    public boolean isStopped() {
        return status == ClockStatus.STOPPED;
    }
}
