package org.xinfang.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.xinfang.api.model.DayCount;
import org.xinfang.core.application.calendar.WorkCalendars;
import org.xinfang.core.domain.model.calendar.CalendarFile;
import org.xinfang.core.domain.model.calendar.WorkingDays;
import org.xinfang.core.domain.model.procedure.CaseClock;
import org.xinfang.core.domain.model.procedure.ClockStatus;

/** A case's clock on the shipped 2026 calendar: starts, pauses, extensions, lapses, at their boundaries. */
class CaseClockTest {

    private static final WorkingDays Y2026 = new WorkingDays(CalendarFile.parse(2026, WorkCalendars.shipped(2026)).days());

    private static CaseClock started(LocalDate on, int days, DayCount count) {
        CaseClock clock = new CaseClock(1L, "test");
        clock.start(on, days, count, Y2026);
        return clock;
    }

    @Test
    void aCalendarDeadlineEndingInTheNationalDayHolidayMovesToTheFirstWorkingDayAfter() {
        // 2026-09-20 + 15 = 10-05, inside 国庆 (10-01..10-07); 10-08 is a Thursday.
        assertEquals(LocalDate.of(2026, 10, 8), started(LocalDate.of(2026, 9, 20), 15, DayCount.CALENDAR).getDueOn());
    }

    @Test
    void aCalendarDeadlineEndingOnAMakeUpSaturdayStaysThere() {
        // 2026-10-10 is a Saturday worked to make up for 国庆.
        assertEquals(LocalDate.of(2026, 10, 10), started(LocalDate.of(2026, 9, 30), 10, DayCount.CALENDAR).getDueOn());
    }

    @Test
    void workingDaysSkipTheSpringFestivalAndCountTheMakeUpSaturday() {
        // From Thu 02-12: Fri 02-13 (1), Sat 02-14 worked (2), 02-15..02-23 holiday, 02-24 (3), 02-25 (4), 02-26 (5).
        assertEquals(LocalDate.of(2026, 2, 26), started(LocalDate.of(2026, 2, 12), 5, DayCount.WORKING).getDueOn());
    }

    @Test
    void aPauseGivesItsDaysBackOnResume() {
        CaseClock clock = started(LocalDate.of(2026, 3, 2), 30, DayCount.CALENDAR);
        assertEquals(LocalDate.of(2026, 4, 1), clock.getDueOn());
        clock.pause(LocalDate.of(2026, 3, 10));
        assertEquals(ClockStatus.PAUSED, clock.getStatus());
        assertEquals(LocalDate.of(2026, 4, 3), clock.dueAsOf(LocalDate.of(2026, 3, 12), Y2026), "while paused the due date moves on day by day");
        assertFalse(clock.isLapsed(LocalDate.of(2026, 5, 1)), "a paused clock does not lapse");
        clock.resume(LocalDate.of(2026, 3, 20), Y2026);
        assertEquals(10, clock.getPausedDays());
        // 04-01 + 10 = 04-11, a Saturday: moved to Monday 04-13.
        assertEquals(LocalDate.of(2026, 4, 13), clock.getDueOn());
    }

    @Test
    void anExtensionAddsItsDaysOnce() {
        CaseClock clock = started(LocalDate.of(2026, 3, 2), 60, DayCount.CALENDAR);
        assertEquals(LocalDate.of(2026, 5, 6), clock.getDueOn(), "03-02 + 60 = 05-01, 劳动节 until 05-05");
        clock.extend(30, Y2026);
        assertTrue(clock.isExtended());
        assertEquals(LocalDate.of(2026, 5, 31).plusDays(1), clock.getDueOn(), "03-02 + 90 = 05-31, a Sunday: Monday 06-01");
    }

    @Test
    void aClockLapsesTheDayAfterItsDueDate() {
        CaseClock clock = started(LocalDate.of(2026, 6, 1), 30, DayCount.CALENDAR);
        assertEquals(LocalDate.of(2026, 7, 1), clock.getDueOn());
        assertTrue(clock.isRunningInTime(LocalDate.of(2026, 7, 1)));
        assertFalse(clock.isLapsed(LocalDate.of(2026, 7, 1)));
        assertTrue(clock.isLapsed(LocalDate.of(2026, 7, 2)));
        clock.stop(LocalDate.of(2026, 7, 2));
        assertFalse(clock.isLapsed(LocalDate.of(2026, 8, 1)), "a stopped clock no longer lapses");
    }
}
