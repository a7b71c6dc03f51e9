package org.xinfang.core.domain.model.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinfang.core.domain.model.encryption.MatchKeys;

/** The booking refusals, each on its own, against the 2026 calendar. */
class BookingRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 9, 28, 10, 0);

    private static ReceptionSlot slotOn(String date, int capacity) {
        RotaRule rule = new RotaRule("张明", "区长", null, null, "区信访接待中心", "征地拆迁", capacity, LocalTime.of(9, 0), LocalTime.of(11, 30));
        rule.schedule(1L, RotaPattern.once(LocalDate.parse(date)), "clerk", NOW);
        return new ReceptionSlot(rule, LocalDate.parse(date));
    }

    private static Appointment request(String phone, int headCount) {
        return new Appointment("王喆", phone, null, "征地补偿", headCount);
    }

    private static List<String> keys(ReceptionSlot slot, Appointment a, List<String> booked) {
        return BookingRules.check(slot, a, NOW, RotaPatternTest.CN_2026, booked).stream().map(BookingRules.Refusal::key).toList();
    }

    @Test
    void acceptsAFreePlaceOnAFutureWorkingDay() {
        assertEquals(List.of(), keys(slotOn("2026-09-29", 2), request("13912345678", 5), List.of("13800000000")));
    }

    @Test
    void refusesASessionThatHasBegunOrPassed() {
        assertEquals(List.of("reception.slot.past"), keys(slotOn("2026-09-28", 2), request("13912345678", 1), List.of()),
                "09:00 today is already past at 10:00");
        assertEquals(List.of("reception.slot.past"), keys(slotOn("2026-09-25", 2), request("13912345678", 1), List.of()));
    }

    @Test
    void refusesASessionOnAHoliday() {
        assertEquals(List.of("reception.slot.notWorkingDay"), keys(slotOn("2026-10-05", 2), request("13912345678", 1), List.of()));
    }

    @Test
    void refusesAFullSession() {
        assertEquals(List.of("reception.slot.full"), keys(slotOn("2026-09-29", 2), request("13912345678", 1),
                List.of("13800000000", "13700000000")));
    }

    @Test
    void refusesTheSamePhoneTwiceWhateverItsPunctuation() {
        assertEquals(List.of("reception.phone.alreadyBooked"), keys(slotOn("2026-09-29", 5), request("139-1234-5678", 1),
                List.of(MatchKeys.normalisePhone("139 1234 5678"))));
    }

    @Test
    void refusesAWithdrawnSession() {
        ReceptionSlot slot = slotOn("2026-09-29", 5);
        slot.withdraw(NOW);
        assertEquals(List.of("reception.slot.withdrawn"), keys(slot, request("13912345678", 1), List.of()));
    }
}
