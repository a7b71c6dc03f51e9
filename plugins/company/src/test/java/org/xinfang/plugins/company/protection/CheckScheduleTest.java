package org.xinfang.plugins.company.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scheduled checks counted from the protection's start with the settings' months, and which check a new one fulfils. */
class CheckScheduleTest {

    private static final LocalDate SINCE = LocalDate.of(2026, 1, 31);
    private static final CheckSchedule DEFAULT = CheckSchedule.of(3, 6);

    @Test
    void checksFallDueThreeAndSixMonthsAfterTheStartAsCalendarMonths() {
        List<CheckSchedule.Scheduled> schedule = DEFAULT.of(SINCE, List.of(), LocalDate.of(2026, 2, 15));
        // 31 January + 3 months is the end of April, + 6 months the end of July.
        assertEquals(LocalDate.of(2026, 4, 30), schedule.get(0).dueOn());
        assertEquals(LocalDate.of(2026, 7, 31), schedule.get(1).dueOn());
        assertEquals(List.of(1, 2), schedule.stream().map(CheckSchedule.Scheduled::number).toList());
        assertTrue(schedule.stream().allMatch(s -> s.status() == CheckStatus.UPCOMING));
    }

    @Test
    void theSettingsMoveTheDatesAndAreTakenInOrder() {
        List<CheckSchedule.Scheduled> schedule = new CheckSchedule(List.of(4, 2)).of(SINCE, List.of(), SINCE);
        assertEquals(List.of(2, 4), schedule.stream().map(CheckSchedule.Scheduled::months).toList());
        assertEquals(LocalDate.of(2026, 3, 31), schedule.get(0).dueOn());
        assertEquals(1, CheckSchedule.of(3, 3).of(SINCE, List.of(), SINCE).size(), "the same month twice is one check");
    }

    @Test
    void aCheckIsDueForAMonthFromItsDateAndOverdueAfter() {
        LocalDate due = LocalDate.of(2026, 4, 30);
        assertEquals(CheckStatus.UPCOMING, DEFAULT.of(SINCE, List.of(), due.minusDays(1)).get(0).status());
        assertEquals(CheckStatus.DUE, DEFAULT.of(SINCE, List.of(), due).get(0).status());
        assertEquals(CheckStatus.DUE, DEFAULT.of(SINCE, List.of(), LocalDate.of(2026, 5, 30)).get(0).status());
        assertEquals(CheckStatus.OVERDUE, DEFAULT.of(SINCE, List.of(), LocalDate.of(2026, 5, 31)).get(0).status());
    }

    @Test
    void aCheckOnOrAfterTheDateFulfilsTheEarliestOpenOneAndAnEarlierOneIsExtra() {
        assertEquals(Optional.empty(), DEFAULT.fulfilledBy(SINCE, List.of(), LocalDate.of(2026, 4, 29)), "a day early: an extra check");
        assertEquals(Optional.of(1), DEFAULT.fulfilledBy(SINCE, List.of(), LocalDate.of(2026, 4, 30)));
        // Both dates passed and neither done: the late check closes the first, the next one the second.
        assertEquals(Optional.of(1), DEFAULT.fulfilledBy(SINCE, List.of(), LocalDate.of(2026, 8, 10)));
        List<ProtectionCheck> firstDone = List.of(check(1, LocalDate.of(2026, 5, 2)));
        assertEquals(Optional.of(2), DEFAULT.fulfilledBy(SINCE, firstDone, LocalDate.of(2026, 8, 10)));
        assertEquals(Optional.empty(), DEFAULT.fulfilledBy(SINCE, firstDone, LocalDate.of(2026, 6, 1)), "before the second date: extra");

        List<CheckSchedule.Scheduled> schedule = DEFAULT.of(SINCE, firstDone, LocalDate.of(2026, 8, 10));
        assertEquals(CheckStatus.DONE, schedule.get(0).status());
        assertEquals(LocalDate.of(2026, 5, 2), schedule.get(0).doneOn());
        assertEquals(CheckStatus.DUE, schedule.get(1).status());
    }

    private static ProtectionCheck check(int scheduledNo, LocalDate on) {
        return new ProtectionCheck(1L, scheduledNo, new CheckInput(on, "工会 李红", Finding.NO_RETALIATION, Set.of(), null, null),
                "desk", LocalDateTime.of(on, java.time.LocalTime.NOON));
    }

    @Test
    void theSettingsAreDeclaredInMonthsWithTheirDefaults() {
        assertEquals(3, ProtectionSettings.FIRST_CHECK.defaultValue());
        assertEquals(6, ProtectionSettings.SECOND_CHECK.defaultValue());
        assertEquals("个月", ProtectionSettings.FIRST_CHECK.unit().in(Locale.SIMPLIFIED_CHINESE));
        assertTrue(ProtectionSettings.all().stream().allMatch(s -> s.key().startsWith("company.")));
    }
}
