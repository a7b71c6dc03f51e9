package org.xinfang.it.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.calendar.WorkCalendars;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.application.reception.PetitionerInput;
import org.xinfang.core.application.reception.Reception;
import org.xinfang.core.application.reception.ReceptionReminders;
import org.xinfang.core.application.reception.ReceptionSettings;
import org.xinfang.core.application.reception.RotaRuleInput;
import org.xinfang.core.application.settings.Settings;
import org.xinfang.core.domain.model.reception.Appointment;
import org.xinfang.core.domain.model.reception.Recurrence;
import org.xinfang.core.domain.model.reception.RotaPattern;
import org.xinfang.core.domain.model.reception.RotaRule;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;
import org.xinfang.it.Deployments;
import org.xinfang.it.deploy.InServer;
import org.xinfang.it.Race;
import org.xinfang.it.TestUnits;

/**
 * Leaders' reception in the server on the real database: the rota skips holidays, every booking
 * refusal saves nothing, two desks booking the last place at once give it to exactly one, only a
 * unit's leader or clerk keeps its rota, and reminders reach a real SMTP server once.
 */
@ExtendWith(ArquillianExtension.class)
@InServer(value = {Race.class, TestUnits.class, TestReception.class}, librariesOf = GreenMail.class)
class ReceptionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    Reception reception;

    @Inject
    ReceptionReminders reminders;

    @Inject
    Settings settings;

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

    private LocalDate workingDayFrom(int daysAhead) {
        return calendars.current().nextWorkingDayFrom(today().plusDays(daysAhead));
    }

    private static RotaRule rule(int capacity, String leaderEmail) {
        return new RotaRule("张明", "副区长", "分管城建、信访", leaderEmail, "区信访接待中心一号接待室", "征地拆迁、物业管理",
                capacity, LocalTime.of(9, 0), LocalTime.of(11, 30));
    }

    private Long onceSlot(Caller clerk, OrgUnit unit, LocalDate date, int capacity, String leaderEmail) {
        reception.createRule(clerk, unit.getId(), RotaRuleInput.of(rule(capacity, leaderEmail), RotaPattern.once(date)));
        return reception.slots(clerk, unit.getId(), date, date).get(0).slot().getId();
    }

    private static PetitionerInput request(String name, String phone, int headCount) {
        return new PetitionerInput(name, "征地补偿款未足额发放", phone, null, headCount);
    }

    private static String messageOf(InvalidInputException e) {
        return e.problems().stream().map(InvalidInputException.FieldProblem::message).reduce("", String::concat);
    }

    @Test
    void aWeeklyRuleGetsASlotOnEveryWorkingMondayAndNoneInTheNationalDayHoliday() {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller leader = TestUnits.holding(CoreRoles.LEADER, township);
        Reception.SavedRule saved = reception.createRule(leader, township.getId(), RotaRuleInput.of(rule(10, null),
                new RotaPattern(Recurrence.WEEKLY, DayOfWeek.MONDAY, LocalDate.of(2026, 9, 21), LocalDate.of(2026, 10, 19))));
        List<LocalDate> dates = reception.slots(leader, township.getId(), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31))
                .stream().map(s -> s.slot().getDate()).toList();
        assertEquals(List.of(LocalDate.of(2026, 9, 21), LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 19)), dates);
        assertEquals("RECEPTION_RULE_CREATED", audit.history("RotaRule", saved.rule().getId()).get(0).getAction());
    }

    @Test
    void eachRefusedBookingNamesItsReasonAndSavesNothing() {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        Long slot = onceSlot(clerk, township, workingDayFrom(3), 1, null);
        Long ruleId = reception.slots(clerk, township.getId(), workingDayFrom(3), workingDayFrom(3)).get(0).slot().getRule().getId();

        InvalidInputException tooMany = assertThrows(InvalidInputException.class, () -> reception.book(clerk, slot, request("李华", "13900000001", 6)));
        assertTrue(messageOf(tooMany).contains("不超过 5 人"), messageOf(tooMany));
        assertEquals("headCount", tooMany.problems().get(0).field());
        assertEquals(0, testReception.bookedOn(slot));

        Appointment first = reception.book(clerk, slot, request("李华", "139-0000-0001", 5));
        assertEquals("139******0001", first.getMaskedPhone(), "stored as typed, shown masked");
        InvalidInputException twice = assertThrows(InvalidInputException.class, () -> reception.book(clerk, slot, request("李华", "13900000001", 1)));
        assertTrue(messageOf(twice).contains("不能重复预约"), messageOf(twice));
        InvalidInputException full = assertThrows(InvalidInputException.class, () -> reception.book(clerk, slot, request("赵强", "13900000002", 1)));
        assertTrue(messageOf(full).contains("已约满"), messageOf(full));
        assertEquals(1, testReception.bookedOn(slot));

        Long past = testReception.slotOn(ruleId, today().minusDays(1));
        InvalidInputException inThePast = assertThrows(InvalidInputException.class, () -> reception.book(clerk, past, request("赵强", "13900000002", 1)));
        assertTrue(messageOf(inThePast).contains("已经开始或已过去"), messageOf(inThePast));
        assertEquals(0, testReception.bookedOn(past));

        LocalDate holiday = today().plusDays(1);
        while (calendars.current().isWorkingDay(holiday)) {
            holiday = holiday.plusDays(1);
        }
        Long onHoliday = testReception.slotOn(ruleId, holiday);
        InvalidInputException notWorking = assertThrows(InvalidInputException.class,
                () -> reception.book(clerk, onHoliday, request("赵强", "13900000002", 1)));
        assertTrue(messageOf(notWorking).contains("不是工作日"), messageOf(notWorking));
        assertEquals(0, testReception.bookedOn(onHoliday));

        InvalidInputException english = assertThrows(InvalidInputException.class,
                () -> reception.book(clerk.withLocale(java.util.Locale.ENGLISH), slot, request("赵强", "13900000002", 1)));
        assertTrue(messageOf(english).contains("fully booked"), messageOf(english));

        reception.cancel(clerk, first.getId());
        assertEquals(0, testReception.bookedOn(slot));
        reception.book(clerk, slot, request("赵强", "13900000002", 1));
        assertEquals(1, testReception.bookedOn(slot), "a cancelled booking frees its place");
        assertEquals(List.of("RECEPTION_BOOKED", "RECEPTION_CANCELLED"),
                audit.history("Appointment", first.getId()).stream().map(e -> e.getAction()).toList());
    }

    @Test
    void twoDesksBookingTheLastPlaceAtOnceExactlyOneWins() throws Exception {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        Caller leader = TestUnits.holding(CoreRoles.LEADER, township);
        Long slot = onceSlot(clerk, township, workingDayFrom(4), 2, null);
        reception.book(clerk, slot, request("孙丽", "13700000001", 1));

        Race.Outcome<Long> race = Race.atOnce(
                () -> reception.book(clerk, slot, request("周杰", "13700000002", 1)).getId(),
                () -> reception.book(leader, slot, request("吴芳", "13700000003", 2)).getId());
        List<Long> won = race.won();
        List<Throwable> lost = race.lost();
        assertEquals(1, won.size(), "exactly one booking takes the last place");
        assertEquals(1, lost.size());
        assertTrue(lost.get(0) instanceof InvalidInputException ii && messageOf(ii).contains("已约满"), String.valueOf(lost.get(0)));
        assertEquals(2, testReception.bookedOn(slot));
    }

    @Test
    void onlyTheUnitsLeaderOrClerkKeepsItsRotaAndBooks() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        OrgUnit townshipA = tree.get(1);
        Caller clerkA = TestUnits.holding(CoreRoles.CLERK, townshipA);
        Long slot = onceSlot(clerkA, townshipA, workingDayFrom(3), 5, null);

        Caller handler = TestUnits.holding(CoreRoles.HANDLER, townshipA);
        NotPermittedException refused = assertThrows(NotPermittedException.class,
                () -> reception.createRule(handler, townshipA.getId(), RotaRuleInput.of(rule(5, null), RotaPattern.once(workingDayFrom(3)))));
        assertTrue(refused.getMessage().contains("领导或登记员"), refused.getMessage());
        assertThrows(NotPermittedException.class, () -> reception.book(handler, slot, request("钱进", "13600000001", 1)));
        assertEquals(1, reception.slots(handler, townshipA.getId(), today(), today().plusWeeks(2)).size(), "a handler may read the rota");

        Caller clerkB = TestUnits.holding(CoreRoles.CLERK, tree.get(2));
        InvalidInputException unseen = assertThrows(InvalidInputException.class, () -> reception.book(clerkB, slot, request("钱进", "13600000001", 1)));
        assertTrue(messageOf(unseen).contains("不在您的管辖范围内"), messageOf(unseen));
        assertThrows(InvalidInputException.class, () -> reception.slots(clerkB, townshipA.getId(), today(), today().plusWeeks(2)));

        Caller districtLeader = TestUnits.holding(CoreRoles.LEADER, tree.get(0));
        reception.book(districtLeader, slot, request("钱进", "13600000001", 1));
        assertEquals(1, testReception.bookedOn(slot), "a leader above the unit may book in it");
    }

    @Test
    void badRuleInputIsNamedFieldByField() {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        RotaRule empty = new RotaRule(" ", null, null, "not-an-email", "", null, 0, LocalTime.of(10, 0), LocalTime.of(9, 0));
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> reception.createRule(clerk, township.getId(), RotaRuleInput.of(empty,
                new RotaPattern(Recurrence.WEEKLY, null, today(), null))));
        assertEquals(List.of("leaderName", "leaderTitle", "place", "leaderEmail", "capacity", "endsAt", "weekday", "endsOn"),
                bad.problems().stream().map(InvalidInputException.FieldProblem::field).toList());
        LocalDate holiday = LocalDate.of(2026, 10, 1);
        InvalidInputException none = assertThrows(InvalidInputException.class,
                () -> reception.createRule(clerk, township.getId(), RotaRuleInput.of(rule(5, null), RotaPattern.once(holiday))));
        assertTrue(messageOf(none).contains("没有工作日"), messageOf(none));
    }

    @Test
    void remindersReachARealSmtpServerAtTheirDayAndOnlyOnce() throws Exception {
        int port = Integer.getInteger("xinfang.smtp.port");
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            String leaderMail = "leader-" + tag + "@example.cn";
            String petitionerMail = "petitioner-" + tag + "@example.cn";
            OrgUnit township = testUnits.districtWithTwoTownships().get(1);
            Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
            LocalDate day = workingDayFrom(10);
            Long slot = onceSlot(clerk, township, day, 5, leaderMail);
            reception.book(clerk, slot, new PetitionerInput("王喆", "拖欠工资三个月", "13912345678", petitionerMail, 2));
            int leaderDays = settings.number(ReceptionSettings.LEADER_REMINDER_DAYS, ReceptionSettings.DEFAULT_LEADER_DAYS);
            int petitionerDays = settings.number(ReceptionSettings.PETITIONER_REMINDER_DAYS, ReceptionSettings.DEFAULT_PETITIONER_DAYS);
            assertEquals(2, leaderDays, "the default: the leader two days before");
            assertEquals(1, petitionerDays, "the default: the petitioner one day before");

            reminders.sendDue(day.minusDays(3));
            assertEquals(List.of(), to(smtp, leaderMail), "three days before: nothing is due");

            reminders.sendDue(day.minusDays(2));
            List<MimeMessage> leader = to(smtp, leaderMail);
            assertEquals(1, leader.size(), "two days before: the leader is reminded");
            assertEquals("接访提醒：" + day + " 09:00 王喆预约接访", leader.get(0).getSubject());
            String leaderBody = leader.get(0).getContent().toString();
            assertTrue(leaderBody.contains("副区长张明") && leaderBody.contains("区信访接待中心一号接待室")
                    && leaderBody.contains("139****5678") && !leaderBody.contains("13912345678"), leaderBody);
            assertEquals(List.of(), to(smtp, petitionerMail), "the petitioner not yet");

            reminders.sendDue(day.minusDays(1));
            reminders.sendDue(day.minusDays(1));
            reminders.sendDue(day);
            List<MimeMessage> petitioner = to(smtp, petitionerMail);
            assertEquals(1, petitioner.size(), "one day before: the petitioner is reminded, once");
            assertEquals("接访预约提醒：" + day + " 09:00 副区长张明接待", petitioner.get(0).getSubject());
            assertTrue(petitioner.get(0).getContent().toString().contains("王喆：") , petitioner.get(0).getContent().toString());
            assertEquals(1, to(smtp, leaderMail).size(), "and the leader is not reminded twice");
        } finally {
            smtp.stop();
        }
    }

    private static List<MimeMessage> to(GreenMail smtp, String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))) {
                found.add(m);
            }
        }
        return found;
    }
}
