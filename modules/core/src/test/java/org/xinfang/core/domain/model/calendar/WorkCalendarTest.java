package org.xinfang.core.domain.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinfang.api.model.DayCount.CALENDAR;
import static org.xinfang.api.model.DayCount.WORKING;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.xinfang.core.application.calendar.WorkCalendars;

/** The clock arithmetic at its boundaries, on the calendar of 2026 as it ships. */
class WorkCalendarTest {

    private static final WorkingDays Y2026 = shipped2026();

    private static WorkingDays shipped2026() {
        CalendarFile.Parsed parsed = CalendarFile.parse(2026, WorkCalendars.shipped(2026));
        assertTrue(parsed.ok(), parsed.problems()::toString);
        return new WorkingDays(parsed.days());
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void calendarDayDeadlineEndingInTheNationalDayHolidayMovesToTheFirstWorkingDayAfterIt() {
        // 2026-09-20 + 15 = 10-05, inside 国庆 (10-01 to 10-07); 10-08 is the next working day.
        assertEquals(d("2026-10-08"), Y2026.due(d("2026-09-20"), 15, CALENDAR));
    }

    @Test
    void calendarDayDeadlineEndingOnAMakeUpSaturdayStaysThere() {
        // 2026-09-25 + 15 = 10-10, a Saturday worked for 国庆.
        assertEquals(d("2026-10-10"), Y2026.due(d("2026-09-25"), 15, CALENDAR));
    }

    @Test
    void calendarDayDeadlineEndingOnAPlainWeekendMovesToMonday() {
        // 2026-03-06 (Friday) + 15 = 03-21, an ordinary Saturday.
        assertEquals(d("2026-03-23"), Y2026.due(d("2026-03-06"), 15, CALENDAR));
        assertEquals(d("2026-03-23"), Y2026.due(d("2026-03-07"), 15, CALENDAR), "an ordinary Sunday too");
    }

    @Test
    void calendarDayDeadlineEndingOnAWorkingDayIsNotMoved() {
        assertEquals(d("2026-03-17"), Y2026.due(d("2026-03-02"), 15, CALENDAR));
        assertEquals(d("2026-05-06"), Y2026.due(d("2026-04-21"), 15, CALENDAR), "05-06 is the first day back after 劳动节");
    }

    @Test
    void calendarDayDeadlineEndingOnTheNewYearHolidaysSkipsTheWholeHoliday() {
        // 2025-12-17 + 15 = 2026-01-01; 01-01..03 are holidays, 01-04 is a make-up Sunday.
        assertEquals(d("2026-01-04"), Y2026.due(d("2025-12-17"), 15, CALENDAR));
    }

    @Test
    void fiveWorkingDaysAcrossTheSpringFestivalCountTheMakeUpSaturdayBefore() {
        // 02-13 Fri (1), 02-14 make-up Saturday (2), 02-15..23 holiday, 02-24 (3), 02-25 (4), 02-26 (5).
        assertEquals(d("2026-02-26"), Y2026.due(d("2026-02-12"), 5, WORKING));
    }

    @Test
    void fiveWorkingDaysAfterTheSpringFestivalCountTheMakeUpSaturdayAfter() {
        // 02-25 (1), 02-26 (2), 02-27 (3), 02-28 make-up Saturday (4), 03-02 Monday (5); without 02-28 it would be 03-03.
        assertEquals(d("2026-03-02"), Y2026.due(d("2026-02-24"), 5, WORKING));
        assertEquals(d("2026-02-28"), Y2026.due(d("2026-02-24"), 4, WORKING), "a working-day period can end on a make-up Saturday");
    }

    @Test
    void workingDaysStartedOnAHolidayCountFromTheFirstWorkingDay() {
        assertEquals(d("2026-02-24"), Y2026.due(d("2026-02-16"), 1, WORKING));
        // 15 working days from 2026-09-20 (a make-up Sunday, not counted as the start day itself).
        assertEquals(d("2026-10-16"), Y2026.due(d("2026-09-20"), 15, WORKING));
    }

    @Test
    void whichDaysAreWorkingDays() {
        assertTrue(Y2026.isWorkingDay(d("2026-02-14")), "make-up Saturday");
        assertTrue(Y2026.isWorkingDay(d("2026-09-20")), "make-up Sunday");
        assertFalse(Y2026.isWorkingDay(d("2026-02-16")), "Spring Festival Monday");
        assertFalse(Y2026.isWorkingDay(d("2026-03-21")), "plain Saturday");
        assertTrue(Y2026.isWorkingDay(d("2026-03-20")), "plain Friday");
        assertFalse(Y2026.isWorkingDay(d("2026-06-19")), "Dragon Boat Festival Friday");
    }

    @Test
    void calendarDaysLeftArePositiveBeforeZeroOnAndNegativeAfterTheDueDay() {
        LocalDate due = d("2026-10-08");
        assertEquals(7, Y2026.daysLeft(d("2026-10-01"), due, CALENDAR));
        assertEquals(0, Y2026.daysLeft(due, due, CALENDAR));
        assertEquals(-2, Y2026.daysLeft(d("2026-10-10"), due, CALENDAR));
    }

    @Test
    void workingDaysLeftCountOnlyWorkingDaysAndGoNegativeWhenOverdue() {
        LocalDate due = d("2026-02-26");
        assertEquals(5, Y2026.daysLeft(d("2026-02-12"), due, WORKING), "02-13, 02-14, 02-24, 02-25, 02-26");
        assertEquals(1, Y2026.daysLeft(d("2026-02-25"), due, WORKING));
        assertEquals(0, Y2026.daysLeft(due, due, WORKING));
        assertEquals(-2, Y2026.daysLeft(d("2026-02-28"), due, WORKING), "02-27 and the make-up 02-28 overdue");
        assertEquals(1, Y2026.daysLeft(d("2026-02-20"), d("2026-02-24"), WORKING), "from inside the holiday");
    }

    @Test
    void aPauseGivesBackTheDaysItLastedAsTheClockCountsThem() {
        // A hearing from 09-30 to 10-09 (the day it resumes does not count).
        assertEquals(9, Y2026.daysBetween(d("2026-09-30"), d("2026-10-09"), CALENDAR));
        assertEquals(2, Y2026.daysBetween(d("2026-09-30"), d("2026-10-09"), WORKING), "09-30 and 10-08");
        assertEquals(1, Y2026.daysBetween(d("2026-02-14"), d("2026-02-24"), WORKING), "only the make-up Saturday");
        assertEquals(0, Y2026.daysBetween(d("2026-10-01"), d("2026-10-01"), CALENDAR), "a pause ended the day it began");
        assertEquals(0, Y2026.daysBetween(d("2026-10-01"), d("2026-10-08"), WORKING), "a pause wholly in the holiday");
    }

    @Test
    void pausedDaysAddedBackMoveTheDueDateAndItStillLandsOnAWorkingDay() {
        LocalDate due = Y2026.due(d("2026-08-31"), 30, CALENDAR);
        assertEquals(d("2026-09-30"), due);
        int paused = Y2026.daysBetween(d("2026-09-10"), d("2026-09-15"), CALENDAR);
        assertEquals(d("2026-10-08"), Y2026.nextWorkingDayFrom(due.plusDays(paused)), "10-05 falls in 国庆");
    }
}
