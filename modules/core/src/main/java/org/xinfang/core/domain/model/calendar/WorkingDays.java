package org.xinfang.core.domain.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A work calendar held in memory: weekends, plus the holidays and make-up working days it was given. */
public final class WorkingDays implements WorkCalendar {

    private final Map<LocalDate, DayType> exceptions;
    private final Set<Integer> years;

    public WorkingDays(Collection<CalendarDay> days) {
        this.exceptions = days.stream().collect(Collectors.toUnmodifiableMap(CalendarDay::getDate, CalendarDay::getType));
        this.years = exceptions.keySet().stream().map(LocalDate::getYear).collect(Collectors.toUnmodifiableSet());
    }

    /** A year is known once any of its holidays is loaded: every official arrangement has some. */
    @Override
    public boolean knows(LocalDate day) {
        return years.contains(day.getYear());
    }

    /** The years whose arrangement is loaded. */
    public Set<Integer> years() {
        return years;
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        DayType type = exceptions.get(day);
        if (type != null) {
            return type == DayType.WORKDAY;
        }
        return !isWeekend(day);
    }

    /** Saturday or Sunday: the days a make-up working day may fall on. */
    public static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    /** The calendar's special day on {@code day}, if any. */
    public DayType typeOf(LocalDate day) {
        return exceptions.get(day);
    }
}
