package org.xinfang.core.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The periods reports cover and their cut-offs, on their boundaries (seeds 002 and 003). */
class ReportRuleTest {

    private static final LocalTime HALF_PAST_THREE = LocalTime.of(15, 30);

    @Test
    void aDailyReportIsDueOnItsOwnDayAtHalfPastThree() {
        ReportPeriod day = ReportRule.DEFAULT.periodOf(LocalDate.of(2026, 3, 4));
        assertEquals(new ReportPeriod(ReportCadence.DAILY, LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 4)), day);
        assertEquals(LocalDateTime.of(2026, 3, 4, 15, 30), ReportRule.DEFAULT.dueAt(day));
        assertEquals(LocalDate.of(2026, 3, 3), day.previous().startsOn());
    }

    @Test
    void aWeeklyReportCoversMondayToSundayAndIsDueByFriday() {
        ReportRule weekly = new ReportRule(ReportCadence.WEEKLY, HALF_PAST_THREE, DayOfWeek.FRIDAY, null, false);
        ReportPeriod sunday = weekly.periodOf(LocalDate.of(2026, 3, 8));
        ReportPeriod monday = weekly.periodOf(LocalDate.of(2026, 3, 2));
        assertEquals(monday, sunday, "a Sunday belongs to the week that began on the Monday before");
        assertEquals(LocalDate.of(2026, 3, 2), monday.startsOn());
        assertEquals(LocalDate.of(2026, 3, 8), monday.endsOn());
        assertEquals(LocalDateTime.of(2026, 3, 6, 15, 30), weekly.dueAt(monday));
        assertEquals(DayOfWeek.FRIDAY, new ReportRule(ReportCadence.WEEKLY, HALF_PAST_THREE, null, 9, true).dueWeekday(),
                "Friday unless said otherwise; a monthly day means nothing to a weekly rule");
    }

    @Test
    void aMonthlyScreeningTableIsDueOnThe25thOfItsMonth() {
        ReportRule table = new ReportRule(ReportCadence.MONTHLY, LocalTime.of(17, 0), null, 25, false);
        ReportPeriod march = table.periodOf(LocalDate.of(2026, 3, 31));
        assertEquals(LocalDate.of(2026, 3, 1), march.startsOn());
        assertEquals(LocalDate.of(2026, 3, 31), march.endsOn());
        assertEquals(LocalDateTime.of(2026, 3, 25, 17, 0), table.dueAt(march));
    }

    @Test
    void aMonthlyReceptionReportIsDueByThe4thOfTheNextMonthAndDecemberRollsIntoJanuary() {
        ReportRule reception = new ReportRule(ReportCadence.MONTHLY, HALF_PAST_THREE, null, 4, true);
        assertEquals(LocalDateTime.of(2027, 1, 4, 15, 30), reception.dueAt(reception.periodOf(LocalDate.of(2026, 12, 10))));
    }

    @Test
    void aDueDayPastTheMonthsEndMeansItsLastDay() {
        ReportRule last = new ReportRule(ReportCadence.MONTHLY, HALF_PAST_THREE, null, 31, false);
        assertEquals(LocalDateTime.of(2026, 2, 28, 15, 30), last.dueAt(last.periodOf(LocalDate.of(2026, 2, 1))));
        assertEquals(LocalDateTime.of(2028, 2, 29, 15, 30), last.dueAt(last.periodOf(LocalDate.of(2028, 2, 1))));
    }

    @Test
    void aPeriodContainsItsFirstAndLastDayOnly() {
        ReportPeriod week = ReportPeriod.containing(ReportCadence.WEEKLY, LocalDate.of(2026, 3, 4));
        assertTrue(week.contains(LocalDate.of(2026, 3, 2)));
        assertTrue(week.contains(LocalDate.of(2026, 3, 8)));
        assertFalse(week.contains(LocalDate.of(2026, 3, 1)));
        assertFalse(week.contains(LocalDate.of(2026, 3, 9)));
    }
}
