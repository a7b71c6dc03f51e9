package org.xinfang.core.domain.model.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The days one report covers: a day, a week from Monday, or a calendar month. */
public record ReportPeriod(ReportCadence cadence, LocalDate startsOn, LocalDate endsOn) {

    /** The period of {@code cadence} that contains {@code day}. */
    public static ReportPeriod containing(ReportCadence cadence, LocalDate day) {
        return switch (cadence) {
            case DAILY -> new ReportPeriod(cadence, day, day);
            case WEEKLY -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new ReportPeriod(cadence, monday, monday.plusDays(6));
            }
            case MONTHLY -> new ReportPeriod(cadence, day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
        };
    }

    /** The period just before this one. */
    public ReportPeriod previous() {
        return containing(cadence, startsOn.minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
