package org.xinfang.core.domain.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.xinfang.core.application.calendar.WorkCalendars;

/**
 * The shipped calendars say exactly what the State Council's notices say (国务院办公厅关于 2024 /
 * 2025 / 2026 年部分节假日安排的通知, 国办发明电〔2023〕7号, 〔2024〕12号, and the notice of
 * 2025-11-04): each holiday's days off and each make-up working day, written out here from the
 * notices' text.
 */
class ShippedCalendarsTest {

    private final Map<LocalDate, DayType> expected = new TreeMap<>();

    private void off(String from, String to) {
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            expected.put(d, DayType.HOLIDAY);
        }
    }

    private void work(String... days) {
        for (String day : days) {
            expected.put(LocalDate.parse(day), DayType.WORKDAY);
        }
    }

    private static Map<LocalDate, DayType> shipped(int year) {
        CalendarFile.Parsed parsed = CalendarFile.parse(year, WorkCalendars.shipped(year));
        assertTrue(parsed.ok(), parsed.problems()::toString);
        return parsed.days().stream().collect(Collectors.toMap(CalendarDay::getDate, CalendarDay::getType, (a, b) -> a, TreeMap::new));
    }

    @Test
    void year2024MatchesGuobanfaMingdian2023No7() {
        off("2024-01-01", "2024-01-01");
        off("2024-02-10", "2024-02-17");
        work("2024-02-04", "2024-02-18");
        off("2024-04-04", "2024-04-06");
        work("2024-04-07");
        off("2024-05-01", "2024-05-05");
        work("2024-04-28", "2024-05-11");
        off("2024-06-10", "2024-06-10");
        off("2024-09-15", "2024-09-17");
        work("2024-09-14");
        off("2024-10-01", "2024-10-07");
        work("2024-09-29", "2024-10-12");
        assertEquals(expected, shipped(2024));
    }

    @Test
    void year2025MatchesGuobanfaMingdian2024No12() {
        off("2025-01-01", "2025-01-01");
        off("2025-01-28", "2025-02-04");
        work("2025-01-26", "2025-02-08");
        off("2025-04-04", "2025-04-06");
        off("2025-05-01", "2025-05-05");
        work("2025-04-27");
        off("2025-05-31", "2025-06-02");
        off("2025-10-01", "2025-10-08");
        work("2025-09-28", "2025-10-11");
        assertEquals(expected, shipped(2025));
    }

    @Test
    void year2026MatchesTheNoticeOf4November2025() {
        off("2026-01-01", "2026-01-03");
        work("2026-01-04");
        off("2026-02-15", "2026-02-23");
        work("2026-02-14", "2026-02-28");
        off("2026-04-04", "2026-04-06");
        off("2026-05-01", "2026-05-05");
        work("2026-05-09");
        off("2026-06-19", "2026-06-21");
        off("2026-09-25", "2026-09-27");
        off("2026-10-01", "2026-10-07");
        work("2026-09-20", "2026-10-10");
        assertEquals(expected, shipped(2026));
    }

    @Test
    void everyShippedYearIsListed() {
        for (int year : WorkCalendars.SHIPPED_YEARS) {
            assertTrue(!shipped(year).isEmpty(), "calendar/cn-" + year + ".csv");
        }
    }
}
