package org.xinfang.core.domain.model.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Editing a weekly rule: which sessions stay, go and come, and which bookings stop the change. */
class RotaChangeTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);
    private static final LocalDate MON_30 = LocalDate.of(2026, 11, 30);
    private static final LocalDate MON_07 = LocalDate.of(2026, 12, 7);
    private static final LocalDate MON_14 = LocalDate.of(2026, 12, 14);
    private static final LocalDate TUE_01 = LocalDate.of(2026, 12, 1);

    private static ReceptionSlot slotOn(LocalDate date) {
        RotaRule rule = new RotaRule("张明", "区长", null, null, "区信访接待中心", null, 10, LocalTime.of(9, 0), LocalTime.of(11, 30));
        rule.schedule(1L, new RotaPattern(Recurrence.WEEKLY, date.getDayOfWeek(), MON_30, MON_14), "clerk", NOW);
        return new ReceptionSlot(rule, date);
    }

    private static List<LocalDate> dates(List<ReceptionSlot> slots) {
        return slots.stream().map(ReceptionSlot::getDate).toList();
    }

    @Test
    void movingTheWeekdayWithdrawsTheOldSessionsAndCreatesTheNew() {
        List<ReceptionSlot> future = List.of(slotOn(MON_30), slotOn(MON_07));
        RotaChange change = RotaChange.plan(future, Map.of(), List.of(TUE_01), 10);
        assertEquals(List.of(), change.refusals());
        assertEquals(List.of(MON_30, MON_07), dates(change.withdraw()));
        assertEquals(List.of(TUE_01), change.create());
        assertEquals(List.of(), change.keep());
    }

    @Test
    void shorteningTheRuleKeepsTheSessionsStillNamed() {
        RotaChange change = RotaChange.plan(List.of(slotOn(MON_30), slotOn(MON_07), slotOn(MON_14)), Map.of(MON_30, 3),
                List.of(MON_30, MON_07), 10);
        assertEquals(List.of(), change.refusals());
        assertEquals(List.of(MON_30, MON_07), dates(change.keep()));
        assertEquals(List.of(MON_14), dates(change.withdraw()));
        assertEquals(List.of(), change.create());
    }

    @Test
    void aDroppedSessionWithBookingsStopsTheChange() {
        RotaChange change = RotaChange.plan(List.of(slotOn(MON_30), slotOn(MON_07)), Map.of(MON_07, 2), List.of(MON_30), 10);
        assertEquals(List.of(new RotaChange.Refusal(MON_07, 2, "reception.rule.droppedWithBookings")), change.refusals());
    }

    @Test
    void aCapacityBelowTheBookingsStopsTheChange() {
        RotaChange change = RotaChange.plan(List.of(slotOn(MON_30), slotOn(MON_07)), Map.of(MON_30, 4, MON_07, 2),
                List.of(MON_30, MON_07), 3);
        assertEquals(List.of(new RotaChange.Refusal(MON_30, 4, "reception.rule.capacityBelowBooked")), change.refusals());
    }

    @Test
    void aWithdrawnSessionNamedAgainComesBackAndOneNotNamedStaysWithdrawn() {
        ReceptionSlot back = slotOn(MON_30);
        back.withdraw(NOW);
        ReceptionSlot gone = slotOn(MON_07);
        gone.withdraw(NOW);
        RotaChange change = RotaChange.plan(List.of(back, gone), Map.of(), List.of(MON_30), 10);
        assertEquals(List.of(MON_30), dates(change.keep()));
        assertEquals(List.of(), change.withdraw(), "already withdrawn, nothing to do");
        assertEquals(List.of(), change.create(), "the withdrawn row is reused, the unique date per rule holds");
    }

    @Test
    void withdrawingTheRuleNamesNoDate() {
        RotaChange change = RotaChange.plan(List.of(slotOn(MON_30), slotOn(MON_07)), Map.of(MON_30, 1), List.of(), 10);
        assertEquals(List.of(MON_30, MON_07), dates(change.withdraw()));
        assertEquals(List.of(new RotaChange.Refusal(MON_30, 1, "reception.rule.droppedWithBookings")), change.refusals());
    }
}
