package org.xinfang.plugins.discipline.joint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** A lower committee's monthly form is due by the committee's day (the 20th by default) and flagged the day after. */
class ReturnStatusTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Test
    void notReturnedIsPendingUpToAndOnTheDueDay() {
        assertEquals(ReturnStatus.PENDING, ReturnStatus.of(false, MARCH, 20, LocalDate.of(2026, 3, 20)));
    }

    @Test
    void notReturnedIsFlaggedTheDayAfter() {
        assertEquals(ReturnStatus.OVERDUE, ReturnStatus.of(false, MARCH, 20, LocalDate.of(2026, 3, 21)));
        assertEquals(ReturnStatus.OVERDUE, ReturnStatus.of(false, MARCH, 20, LocalDate.of(2026, 7, 1)));
    }

    @Test
    void returnedIsNeverFlagged() {
        assertEquals(ReturnStatus.RETURNED, ReturnStatus.of(true, MARCH, 20, LocalDate.of(2026, 12, 31)));
    }

    @Test
    void aDueDayBeyondTheMonthMeansItsLastDay() {
        YearMonth february = YearMonth.of(2026, 2);
        assertEquals(ReturnStatus.PENDING, ReturnStatus.of(false, february, 31, LocalDate.of(2026, 2, 28)));
        assertEquals(ReturnStatus.OVERDUE, ReturnStatus.of(false, february, 31, LocalDate.of(2026, 3, 1)));
    }
}
