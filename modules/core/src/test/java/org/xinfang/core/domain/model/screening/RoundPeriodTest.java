package org.xinfang.core.domain.model.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Screening rounds: a village twice a month, other levels monthly (seed 001), every day in exactly one round. */
class RoundPeriodTest {

    private static RoundPeriod round(String from, String to) {
        return new RoundPeriod(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void twiceAMonthIsTheFirstToTheFifteenthAndTheSixteenthToTheEnd() {
        assertEquals(List.of(round("2026-02-01", "2026-02-15"), round("2026-02-16", "2026-02-28")), RoundPeriod.of(YearMonth.of(2026, 2), 2));
        assertEquals(List.of(round("2026-03-01", "2026-03-15"), round("2026-03-16", "2026-03-31")), RoundPeriod.of(YearMonth.of(2026, 3), 2));
        assertEquals(round("2026-03-16", "2026-03-31"), RoundPeriod.containing(LocalDate.of(2026, 3, 16), 2));
        assertEquals(round("2026-03-01", "2026-03-15"), RoundPeriod.containing(LocalDate.of(2026, 3, 15), 2));
    }

    @Test
    void monthlyIsTheWholeMonth() {
        assertEquals(List.of(round("2026-04-01", "2026-04-30")), RoundPeriod.of(YearMonth.of(2026, 4), 1));
    }

    @Test
    void everyDayOfEveryMonthLiesInExactlyOneRoundForEveryInterval() {
        for (int perMonth = 1; perMonth <= 4; perMonth++) {
            for (int m = 1; m <= 12; m++) {
                YearMonth month = YearMonth.of(2028, m);
                List<RoundPeriod> rounds = RoundPeriod.of(month, perMonth);
                assertEquals(perMonth, rounds.size());
                for (int d = 1; d <= month.lengthOfMonth(); d++) {
                    LocalDate day = month.atDay(d);
                    assertEquals(1, rounds.stream().filter(r -> r.contains(day)).count(), day + " in " + perMonth + " rounds");
                }
            }
        }
    }
}
