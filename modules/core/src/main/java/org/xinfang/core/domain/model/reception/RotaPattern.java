package org.xinfang.core.domain.model.reception;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.xinfang.core.domain.model.calendar.WorkCalendar;

/**
 * When a rota rule receives: the dates between {@code startsOn} and {@code endsOn} (both included)
 * that its recurrence names, keeping only working days of the work calendar.
 *
 * <p>A date the rule names that is a holiday is skipped, not moved: the public was told "every
 * Monday", and a Monday in 国庆 simply has no reception. Make-up working days (调休) never add a
 * session: the rule only ever names its own weekday, so a Saturday made a working day matters only
 * to a rule that receives on Saturdays. For ONCE the weekday is the date's own.
 */
public record RotaPattern(Recurrence recurrence, DayOfWeek weekday, LocalDate startsOn, LocalDate endsOn) {

    /** The longest span a rule may cover, so one rule never expands into years of slots (the rule's input holds to it). */
    public static final int MAX_SPAN_DAYS = 366;

    /** The dates the rule receives on, in order. */
    public List<LocalDate> dates(WorkCalendar calendar) {
        List<LocalDate> named = new ArrayList<>();
        switch (recurrence) {
            case ONCE -> named.add(startsOn);
            case WEEKLY -> {
                for (LocalDate d = startsOn.with(TemporalAdjusters.nextOrSame(weekday)); !d.isAfter(endsOn); d = d.plusWeeks(1)) {
                    named.add(d);
                }
            }
            case MONTHLY_FIRST -> {
                for (YearMonth m = YearMonth.from(startsOn); !m.isAfter(YearMonth.from(endsOn)); m = m.plusMonths(1)) {
                    LocalDate first = m.atDay(1).with(TemporalAdjusters.firstInMonth(weekday));
                    if (!first.isBefore(startsOn) && !first.isAfter(endsOn)) {
                        named.add(first);
                    }
                }
            }
        }
        // A day of a year whose holidays are not loaded may be one (元旦 of next year): no session is published on it.
        return named.stream().filter(d -> calendar.knows(d) && calendar.isWorkingDay(d)).toList();
    }

    /** A single session: the pattern of one date. */
    public static RotaPattern once(LocalDate date) {
        return new RotaPattern(Recurrence.ONCE, date.getDayOfWeek(), date, date);
    }
}
