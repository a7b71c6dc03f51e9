package org.xinfang.core.domain.model.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * When a unit reports: its cadence and the cut-off of each period. A daily report is due on its day at
 * {@code cutOff} (seed 002: 15:30); a weekly one on {@code dueWeekday} of its week (by Friday); a monthly
 * one on {@code dueDay} of its month — the 25th for a screening table — or, with {@code dueNextMonth},
 * of the month after (monthly reception reports by the 4th of the next month). A day past the month's
 * end means its last day.
 */
public record ReportRule(ReportCadence cadence, LocalTime cutOff, DayOfWeek dueWeekday, Integer dueDay, boolean dueNextMonth) {

    /** Every unit reports daily by 15:30 until an administrator says otherwise. */
    public static final ReportRule DEFAULT = new ReportRule(ReportCadence.DAILY, LocalTime.of(15, 30), null, null, false);

    /** Fills what a cadence does not use with nothing, and what it needs with the usual day. */
    public ReportRule {
        dueWeekday = cadence == ReportCadence.WEEKLY ? (dueWeekday == null ? DayOfWeek.FRIDAY : dueWeekday) : null;
        dueDay = cadence == ReportCadence.MONTHLY ? (dueDay == null ? 25 : dueDay) : null;
        dueNextMonth = cadence == ReportCadence.MONTHLY && dueNextMonth;
    }

    /** The period a report given about {@code day} covers. */
    public ReportPeriod periodOf(LocalDate day) {
        return ReportPeriod.containing(cadence, day);
    }

    /** The moment a report for {@code period} falls due. */
    public LocalDateTime dueAt(ReportPeriod period) {
        LocalDate day = switch (cadence) {
            case DAILY -> period.startsOn();
            case WEEKLY -> period.startsOn().with(TemporalAdjusters.nextOrSame(dueWeekday));
            case MONTHLY -> {
                YearMonth month = YearMonth.from(period.startsOn()).plusMonths(dueNextMonth ? 1 : 0);
                yield month.atDay(Math.min(dueDay, month.lengthOfMonth()));
            }
        };
        return day.atTime(cutOff);
    }
}
