package org.xinfang.core.domain.model.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.xinfang.api.model.DayCount;

/**
 * Which days are working days, and the statutory arithmetic on them. A day is a working day when it
 * is a make-up working day (调休上班), or else when it is neither a weekend nor a public holiday.
 */
public interface WorkCalendar {

    boolean isWorkingDay(LocalDate day);

    /**
     * Whether the official arrangement of {@code day}'s year is loaded: outside such a year the
     * calendar knows only weekends, and holidays and make-up days are missing.
     */
    default boolean knows(LocalDate day) {
        return true;
    }

    /** {@code day} itself when it is a working day, else the first working day after it. */
    default LocalDate nextWorkingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The last day of a period of {@code days} that starts on {@code start} (the day of the event
     * does not count). Calendar days: {@code start + days}, moved to the next working day when that
     * is a weekend or holiday. Working days: the {@code days}-th working day after {@code start}.
     */
    default LocalDate due(LocalDate start, int days, DayCount count) {
        if (count == DayCount.CALENDAR) {
            return nextWorkingDayFrom(start.plusDays(days));
        }
        LocalDate d = start;
        for (int counted = 0; counted < days; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /**
     * Days from {@code today} until {@code due} as the clock counts them: 0 on the due day, negative
     * once it has passed (the days overdue).
     */
    default long daysLeft(LocalDate today, LocalDate due, DayCount count) {
        if (count == DayCount.CALENDAR) {
            return ChronoUnit.DAYS.between(today, due);
        }
        long sign = today.isAfter(due) ? -1 : 1;
        LocalDate from = sign > 0 ? today : due;
        LocalDate to = sign > 0 ? due : today;
        long n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return sign * n;
    }

    /** Days in [from, to) that a paused clock of this kind gives back: all of them, or the working ones. */
    default int daysBetween(LocalDate from, LocalDate to, DayCount count) {
        if (count == DayCount.CALENDAR) {
            return (int) ChronoUnit.DAYS.between(from, to);
        }
        int n = 0;
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The latest due date that is overdue on {@code today} by at least {@code workingDays} working days
     * (the working days after the due date up to and including today); 0 means overdue at all.
     */
    default LocalDate overdueBy(LocalDate today, int workingDays) {
        if (workingDays <= 0) {
            return today.minusDays(1);
        }
        LocalDate d = today;
        for (int counted = 0; counted < workingDays; d = d.minusDays(1)) {
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }
}
