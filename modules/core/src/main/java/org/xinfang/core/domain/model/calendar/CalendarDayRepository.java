package org.xinfang.core.domain.model.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The special days of the work calendar (holidays, make-up working days). */
public interface CalendarDayRepository {

    /** Every special day, in date order. */
    List<CalendarDay> all();

    /** The special days from {@code from} (included) to {@code to} (excluded), in date order. */
    List<CalendarDay> between(LocalDate from, LocalDate to);

    Optional<CalendarDay> find(LocalDate date);

    CalendarDay add(CalendarDay day);

    void remove(CalendarDay day);

    /** Deletes the special days from {@code from} (included) to {@code to} (excluded); how many there were. */
    int removeBetween(LocalDate from, LocalDate to);

    /** Writes pending changes now. */
    void flush();

    /** The latest due date of a running statutory clock, if any runs. */
    Optional<LocalDate> latestRunningDue();
}
