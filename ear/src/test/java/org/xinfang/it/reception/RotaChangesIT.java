package org.xinfang.it.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.calendar.WorkCalendars;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.EditConflictException;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.application.reception.PetitionerInput;
import org.xinfang.core.application.reception.Reception;
import org.xinfang.core.application.reception.RotaRuleInput;
import org.xinfang.core.domain.model.reception.Appointment;
import org.xinfang.core.domain.model.reception.Recurrence;
import org.xinfang.core.domain.model.reception.RotaPattern;
import org.xinfang.core.domain.model.reception.RotaRule;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;
import org.xinfang.it.Deployments;
import org.xinfang.it.deploy.InServer;
import org.xinfang.it.TestUnits;

/**
 * Editing and withdrawing rota rules in the server on the real database: the coming sessions follow
 * the rule, past ones stay, no booking is ever stranded or squeezed out, a stale edit is a conflict,
 * and a withdrawn session leaves the desk's list and the public page and takes no booking.
 */
@ExtendWith(ArquillianExtension.class)
@InServer({TestUnits.class, TestReception.class})
class RotaChangesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    Reception reception;

    @Inject
    WorkCalendars calendars;

    @Inject
    AuditLog audit;

    @Inject
    TestUnits testUnits;

    @Inject
    TestReception testReception;

    private static LocalDate today() {
        return LocalDate.now(Clocks.statutoryClock());
    }

    private static RotaRule rule(int capacity) {
        return new RotaRule("刘洋", "副区长", "分管信访", null, "区信访接待中心二号接待室", "劳动保障", capacity,
                LocalTime.of(14, 0), LocalTime.of(16, 30));
    }

    private static RotaPattern weekly(DayOfWeek day) {
        return new RotaPattern(Recurrence.WEEKLY, day, today().plusDays(1), today().plusWeeks(6));
    }

    private List<LocalDate> coming(Caller caller, OrgUnit unit) {
        return reception.slots(caller, unit.getId(), today(), today().plusWeeks(7)).stream().map(s -> s.slot().getDate()).toList();
    }

    private Long firstSlot(Caller caller, OrgUnit unit) {
        return reception.slots(caller, unit.getId(), today(), today().plusWeeks(7)).get(0).slot().getId();
    }

    private static PetitionerInput request(String name, String phone) {
        return new PetitionerInput(name, "拖欠工资", phone, null, 1);
    }

    private static String messageOf(InvalidInputException e) {
        return e.problems().stream().map(InvalidInputException.FieldProblem::message).reduce("", String::concat);
    }

    @Test
    void anEditMovesTheComingSessionsAndLeavesThePastOnes() {
        OrgUnit unit = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, unit);
        RotaRule saved = reception.createRule(clerk, unit.getId(), RotaRuleInput.of(rule(5), weekly(DayOfWeek.MONDAY))).rule();
        LocalDate pastDay = today().minusDays(7);
        Long past = testReception.slotOn(saved.getId(), pastDay);

        RotaRule changed = rule(8);
        Reception.SavedRule edited = reception.updateRule(clerk, saved.getId(), saved.getVersion(), RotaRuleInput.of(changed, weekly(DayOfWeek.TUESDAY)));

        List<LocalDate> tuesdays = weekly(DayOfWeek.TUESDAY).dates(calendars.current());
        assertEquals(tuesdays, edited.dates());
        assertEquals(tuesdays, coming(clerk, unit), "the Mondays are withdrawn, the Tuesdays are the rota now");
        assertTrue(reception.slots(clerk, unit.getId(), today(), today().plusWeeks(7)).stream()
                .allMatch(s -> s.slot().getCapacity() == 8 && s.free() == 8));
        assertTrue(reception.publicRota(unit.getId(), 8).stream().allMatch(p -> p.date().getDayOfWeek() == DayOfWeek.TUESDAY),
                "the public page follows the edit");
        List<Reception.SlotView> history = reception.slots(clerk, unit.getId(), pastDay, pastDay);
        assertEquals(List.of(past), history.stream().map(s -> s.slot().getId()).toList(), "a past session is history and stays");
        assertEquals(5, history.get(0).slot().getCapacity());
        assertEquals("RECEPTION_RULE_CHANGED", audit.history("RotaRule", saved.getId()).get(1).getAction());
    }

    @Test
    void anEditThatWouldStrandOrSqueezeOutABookingIsRefusedAndChangesNothing() {
        OrgUnit unit = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, unit);
        RotaRule saved = reception.createRule(clerk, unit.getId(), RotaRuleInput.of(rule(5), weekly(DayOfWeek.WEDNESDAY))).rule();
        List<LocalDate> before = coming(clerk, unit);
        Long first = firstSlot(clerk, unit);
        reception.book(clerk, first, request("陈静", "13600000001"));
        reception.book(clerk, first, request("林峰", "13600000002"));

        InvalidInputException moved = assertThrows(InvalidInputException.class,
                () -> reception.updateRule(clerk, saved.getId(), saved.getVersion(), RotaRuleInput.of(rule(5), weekly(DayOfWeek.THURSDAY))));
        assertTrue(messageOf(moved).contains(before.get(0) + " 的场次已有 2 人预约"), messageOf(moved));
        assertEquals("startsOn", moved.problems().get(0).field());

        InvalidInputException squeezed = assertThrows(InvalidInputException.class,
                () -> reception.updateRule(clerk, saved.getId(), saved.getVersion(), RotaRuleInput.of(rule(1), weekly(DayOfWeek.WEDNESDAY))));
        assertTrue(messageOf(squeezed).contains("不能少于已预约人数"), messageOf(squeezed));
        assertEquals("capacity", squeezed.problems().get(0).field());

        assertEquals(before, coming(clerk, unit), "nothing moved");
        assertEquals(2, testReception.bookedOn(first));
        RotaRule now = reception.rules(clerk, unit.getId()).get(0).rule();
        assertEquals(saved.getVersion(), now.getVersion(), "the rule itself unchanged");
        assertEquals(5, now.getCapacity());
    }

    @Test
    void aSecondEditFromTheSameReadingIsAConflict() {
        OrgUnit unit = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, unit);
        Caller leader = TestUnits.holding(CoreRoles.LEADER, unit);
        RotaRule saved = reception.createRule(clerk, unit.getId(), RotaRuleInput.of(rule(5), weekly(DayOfWeek.MONDAY))).rule();
        long read = saved.getVersion();
        reception.updateRule(leader, saved.getId(), read, RotaRuleInput.of(rule(6), weekly(DayOfWeek.MONDAY)));
        EditConflictException conflict = assertThrows(EditConflictException.class,
                () -> reception.updateRule(clerk, saved.getId(), read, RotaRuleInput.of(rule(9), weekly(DayOfWeek.FRIDAY))));
        assertTrue(conflict.getMessage().contains("刚被他人修改"), conflict.getMessage());
        assertEquals(6, reception.rules(clerk, unit.getId()).get(0).rule().getCapacity(), "the first edit stands");
    }

    @Test
    void aWithdrawnRuleLeavesTheRotaAndThePublicPageAndTakesNoBooking() {
        OrgUnit unit = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, unit);
        RotaRule saved = reception.createRule(clerk, unit.getId(), RotaRuleInput.of(rule(5), weekly(DayOfWeek.THURSDAY))).rule();
        Long first = firstSlot(clerk, unit);
        Appointment booked = reception.book(clerk, first, request("黄磊", "13500000001"));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> reception.withdrawRule(clerk, saved.getId(), saved.getVersion()));
        assertTrue(messageOf(refused).contains("请先取消或改约"), messageOf(refused));
        assertFalse(coming(clerk, unit).isEmpty());

        reception.cancel(clerk, booked.getId());
        reception.withdrawRule(clerk, saved.getId(), saved.getVersion());
        assertEquals(List.of(), coming(clerk, unit));
        assertEquals(List.of(), reception.publicRota(unit.getId(), 8));
        assertEquals(List.of(), reception.rules(clerk, unit.getId()));
        InvalidInputException onWithdrawn = assertThrows(InvalidInputException.class,
                () -> reception.book(clerk, first, request("黄磊", "13500000001")));
        assertTrue(messageOf(onWithdrawn).contains("该接访场次已取消"), messageOf(onWithdrawn));
        InvalidInputException editWithdrawn = assertThrows(InvalidInputException.class,
                () -> reception.updateRule(clerk, saved.getId(), saved.getVersion() + 1, RotaRuleInput.of(rule(5), weekly(DayOfWeek.THURSDAY))));
        assertTrue(messageOf(editWithdrawn).contains("已撤销"), messageOf(editWithdrawn));
        assertEquals("RECEPTION_RULE_WITHDRAWN", audit.history("RotaRule", saved.getId()).get(1).getAction());
    }

    @Test
    void aCapacityCutRacingABookingNeverLeavesMoreBookingsThanPlaces() throws Exception {
        // Several rounds: which of the two gets the lock first varies, and either order must hold.
        for (int round = 0; round < 5; round++) {
            OrgUnit unit = testUnits.districtWithTwoTownships().get(1);
            Caller clerk = TestUnits.holding(CoreRoles.CLERK, unit);
            Caller leader = TestUnits.holding(CoreRoles.LEADER, unit);
            RotaRule saved = reception.createRule(clerk, unit.getId(), RotaRuleInput.of(rule(2), weekly(DayOfWeek.FRIDAY))).rule();
            Long first = firstSlot(clerk, unit);
            reception.book(clerk, first, request("郑伟", "13400000001"));

            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Callable<Object>> both = List.of(
                    () -> {
                        start.await();
                        return reception.book(clerk, first, request("何琳", "13400000002"));
                    },
                    () -> {
                        start.await();
                        return reception.updateRule(leader, saved.getId(), saved.getVersion(), RotaRuleInput.of(rule(1), weekly(DayOfWeek.FRIDAY)));
                    });
            List<Future<Object>> results = new ArrayList<>();
            both.forEach(task -> results.add(pool.submit(task)));
            start.countDown();
            List<Object> won = new ArrayList<>();
            List<Throwable> lost = new ArrayList<>();
            for (Future<Object> f : results) {
                try {
                    won.add(f.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    lost.add(e.getCause());
                }
            }
            pool.shutdown();
            assertEquals(1, won.size(), "round " + round + ": the booking and the cut cannot both stand: " + lost);
            assertTrue(lost.get(0) instanceof InvalidInputException, "round " + round + ": refused by name, not by a deadlock: " + lost.get(0));
            int capacity = reception.slots(clerk, unit.getId(), today(), today().plusWeeks(7)).get(0).slot().getCapacity();
            assertTrue(testReception.bookedOn(first) <= capacity, "never more bookings than places");
        }
    }
}
