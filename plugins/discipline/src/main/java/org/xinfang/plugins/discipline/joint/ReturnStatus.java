package org.xinfang.plugins.discipline.joint;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Where a lower committee's monthly form stands: returned, not yet due, or overdue — flagged after the
 * committee's due day of that month (the 20th unless the committee set another).
 */
public enum ReturnStatus {
    RETURNED, PENDING, OVERDUE;

    /** The status of a form for {@code period} on {@code today}. */
    public static ReturnStatus of(boolean returned, YearMonth period, int dueDay, LocalDate today) {
        if (returned) {
            return RETURNED;
        }
        LocalDate due = period.atDay(Math.min(dueDay, period.lengthOfMonth()));
        return today.isAfter(due) ? OVERDUE : PENDING;
    }
}
