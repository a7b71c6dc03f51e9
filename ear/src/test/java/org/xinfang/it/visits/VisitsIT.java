package org.xinfang.it.visits;

import org.xinfang.core.domain.model.ownership.OwnershipDuty;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.LegalRoute;
import org.xinfang.api.model.PartyRole;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.core.application.calendar.WorkCalendars;
import org.xinfang.core.application.cases.CaseNotFoundException;
import org.xinfang.core.application.cases.CaseService;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.application.procedure.ProcedureEngine;
import org.xinfang.core.application.reception.CaseOwnerships;
import org.xinfang.core.application.reception.OwnershipInput;
import org.xinfang.core.application.reception.PetitionerInput;
import org.xinfang.core.application.reception.Reception;
import org.xinfang.core.application.reception.ReceptionSettings;
import org.xinfang.core.application.reception.ReceptionVisits.NewCase;
import org.xinfang.core.application.reception.ReceptionVisits.VisitFilter;
import org.xinfang.core.application.reception.ReceptionVisits.VisitRequest;
import org.xinfang.core.application.reception.ReceptionVisits;
import org.xinfang.core.application.reception.RotaRuleInput;
import org.xinfang.core.application.reception.VisitNotFoundException;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.Party;
import org.xinfang.core.domain.model.cases.ResidentIdNumbers;
import org.xinfang.core.domain.model.ownership.CaseOwnership;
import org.xinfang.core.domain.model.procedure.StepFacts;
import org.xinfang.core.domain.model.reception.Appointment;
import org.xinfang.core.domain.model.reception.AppointmentStatus;
import org.xinfang.core.domain.model.reception.RotaPattern;
import org.xinfang.core.domain.model.reception.RotaRule;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;
import org.xinfang.core.domain.model.visit.ReceptionVisit;
import org.xinfang.api.model.Rating;
import org.xinfang.core.domain.model.visit.VisitKind;
import org.xinfang.core.domain.model.visit.VisitOutcome;
import org.xinfang.core.domain.model.visit.VisitPerson;
import org.xinfang.it.Deployments;
import org.xinfang.it.deploy.InServer;
import org.xinfang.it.Race;
import org.xinfang.it.TestUnits;

/**
 * Reception records and 包案 in the server on the real database: a booked reception becomes HELD
 * with its new case in one transaction, bad records save nothing, a follow-up needs a concluded
 * case, two leaders taking one case at once leave one owner, and the quota progress counts the
 * right leader and month only.
 */
@ExtendWith(ArquillianExtension.class)
@InServer({Race.class, TestUnits.class, TestUsers.class, TestVisits.class})
class VisitsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    ReceptionVisits visits;

    @Inject
    CaseOwnerships ownerships;

    @Inject
    Reception reception;

    @Inject
    CaseService cases;

    @Inject
    ProcedureEngine engine;

    @Inject
    WorkCalendars calendars;

    @Inject
    AuditLog audit;

    @Inject
    TestUnits testUnits;

    @Inject
    TestUsers testUsers;

    @Inject
    TestVisits testVisits;

    private static LocalDate today() {
        return LocalDate.now(Clocks.statutoryClock());
    }

    /** A valid identity number (GB 11643) no other case holds: a random birth date and sequence, then the check character. */
    private static String uniqueId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = "370781" + LocalDate.of(1930, 1, 1).plusDays(random.nextInt(27_000)).format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", random.nextInt(1000));
        return first17 + ResidentIdNumbers.checkCharacter(first17);
    }

    private static String fields(InvalidInputException e) {
        return String.join(",", e.problems().stream().map(InvalidInputException.FieldProblem::field).toList());
    }

    private static String messages(InvalidInputException e) {
        return String.join(";", e.problems().stream().map(InvalidInputException.FieldProblem::message).toList());
    }

    /** A unit with a clerk, a leader and a handler, all real users. */
    private record Desk(OrgUnit unit, Caller clerk, Caller leader, Caller handler) {
    }

    private Desk desk() {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        return new Desk(township, testUsers.holding(CoreRoles.CLERK, township), testUsers.holding(CoreRoles.LEADER, township),
                testUsers.holding(CoreRoles.HANDLER, township));
    }

    private static VisitRequest request(Desk d, VisitKind kind, Long caseId, NewCase newCase, List<VisitPerson> people, int headCount,
                                        VisitOutcome outcome, Rating satisfaction) {
        return new VisitRequest(d.unit().getId(), kind, d.leader().username(), today(), "镇信访接待室", null, caseId, newCase, headCount,
                people, "要求解决拖欠工资问题", "请劳动保障所三日内核实", outcome, null, null, satisfaction);
    }

    private static List<VisitPerson> one(String name) {
        return List.of(new VisitPerson(name, "13800001111", null));
    }

    private Long registeredCase(Desk d, String subject) {
        Case draft = new Case();
        draft.setChannel(Channel.VISIT);
        draft.setSubject(subject);
        draft.setContent("反映" + subject);
        draft.setCategory("劳动社保");
        draft.setReceivedOn(today());
        draft.addParty(new Party(PartyRole.PETITIONER, "王喆", uniqueId(), "13912345678", "测试地址"));
        return cases.register(d.clerk(), d.unit().getId(), draft, null).caseFile().getId();
    }

    @Test
    void aBookedReceptionIsHeldAndItsNewCaseRegisteredWithThePetitioner() throws Exception {
        Desk d = desk();
        LocalDate ahead = calendars.current().nextWorkingDayFrom(today().plusDays(3));
        reception.createRule(d.clerk(), d.unit().getId(), RotaRuleInput.of(new RotaRule("李镇长", "镇长", "信访", null, "镇信访接待室", "劳资纠纷", 5,
                LocalTime.of(9, 0), LocalTime.of(11, 0)), RotaPattern.once(ahead)));
        Long slot = reception.slots(d.clerk(), d.unit().getId(), ahead, ahead).get(0).slot().getId();
        Appointment booked = reception.book(d.clerk(), slot, new PetitionerInput("赵大", "工程款拖欠", "13700001234", null, 2));
        Appointment second = reception.book(d.clerk(), slot, new PetitionerInput("钱三", "工程款拖欠", "13700005678", null, 1));
        testVisits.moveSlot(slot, today());

        String subject = "工程款拖欠" + UUID.randomUUID().toString().substring(0, 6);
        VisitRequest held = new VisitRequest(d.unit().getId(), VisitKind.RECEPTION, d.leader().username(), today(), "镇信访接待室",
                booked.getId(), null, new NewCase(subject, "劳动社保", null), 2,
                List.of(new VisitPerson("赵大", "13700001234", null), new VisitPerson("赵二", null, null)),
                "要求结算工程款", "请住建办牵头核实", VisitOutcome.ASSIGNED, d.handler().username(), today().plusDays(15), null);
        ReceptionVisit visit = visits.record(d.clerk(), held);

        assertEquals(AppointmentStatus.HELD, testVisits.statusOf(booked.getId()));
        assertNotNull(visit.getCaseId());
        Case created = cases.get(d.clerk(), visit.getCaseId()).caseFile();
        assertEquals(subject, created.getSubject());
        assertEquals(Channel.VISIT, created.getChannel());
        assertEquals("赵大", created.getPetitionerName());
        assertEquals(booked.getId(), visit.getAppointmentId());
        assertEquals("VISIT_RECORDED", audit.history("ReceptionVisit", visit.getId()).get(0).getAction());

        InvalidInputException again = assertThrows(InvalidInputException.class, () -> visits.record(d.clerk(), held));
        assertEquals("appointmentId", fields(again), "a held booking is not held twice");

        VisitRequest both = new VisitRequest(d.unit().getId(), VisitKind.RECEPTION, d.leader().username(), today(), "镇信访接待室",
                second.getId(), visit.getCaseId(), null, 1, List.of(new VisitPerson("钱三", null, null)), "同一事项", null,
                VisitOutcome.EXPLAINED, null, null, null);
        Race.Outcome<Long> race = Race.atOnce(() -> visits.record(d.clerk(), both).getId(), () -> visits.record(d.leader(), both).getId());
        assertEquals(1, race.won().size(), "two desks holding one booking at once: one record " + race.lost());
        assertTrue(race.lost().get(0) instanceof InvalidInputException ii && fields(ii).equals("appointmentId"), String.valueOf(race.lost()));
    }

    @Test
    void aReceptionLinksAnExistingCaseAndABadOneSavesNeitherRecordNorCase() {
        Desk d = desk();
        Long caseId = registeredCase(d, "拖欠工资");
        ReceptionVisit linked = visits.record(d.clerk(), request(d, VisitKind.RECEPTION, caseId, null, one("王喆"), 1,
                VisitOutcome.EXPLAINED, null));
        assertEquals(caseId, linked.getCaseId());

        String subject = "集体讨薪" + UUID.randomUUID().toString().substring(0, 6);
        List<VisitPerson> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(new VisitPerson("代表" + i, null, null));
        }
        InvalidInputException tooMany = assertThrows(InvalidInputException.class, () -> visits.record(d.clerk(),
                request(d, VisitKind.RECEPTION, null, new NewCase(subject, "劳动社保", null), six, 30, VisitOutcome.RESOLVED, null)));
        assertTrue(fields(tooMany).contains("people") && messages(tooMany).contains("不超过 5 人"), messages(tooMany));
        assertEquals(0, testVisits.casesWithSubject(subject), "nothing half-saved");

        InvalidInputException future = assertThrows(InvalidInputException.class, () -> visits.record(d.clerk(), new VisitRequest(
                d.unit().getId(), VisitKind.INVITED, d.clerk().username(), today().plusDays(1), " ", null, null, null, 1, one("王喆"),
                null, null, VisitOutcome.ASSIGNED, null, today(), null)));
        assertTrue(fields(future).contains("leaderUsername") && fields(future).contains("heldOn") && fields(future).contains("place")
                && fields(future).contains("request") && fields(future).contains("handlerUsername") && fields(future).contains("dueOn"),
                fields(future));
        assertTrue(messages(future).contains("不是") && messages(future).contains("不能晚于今天"), messages(future));

        String created = "集体讨薪" + UUID.randomUUID().toString().substring(0, 6);
        ReceptionVisit collective = visits.record(d.clerk(), request(d, VisitKind.RECEPTION, null, new NewCase(created, "劳动社保", null),
                six.subList(0, 5), 30, VisitOutcome.RESOLVED, null));
        assertEquals(30, collective.getHeadCount());
        assertEquals(5, collective.getPeople().size());
        assertEquals(1, testVisits.casesWithSubject(created));
    }

    @Test
    void aFieldVisitNeedsACaseAndAFollowUpOnlyAConcludedOneWithSatisfaction() {
        Desk d = desk();
        InvalidInputException noCase = assertThrows(InvalidInputException.class, () -> visits.record(d.clerk(),
                request(d, VisitKind.FIELD, null, null, one("钱七"), 1, VisitOutcome.EXPLAINED, null)));
        assertEquals("caseId", fields(noCase));
        assertTrue(messages(noCase).contains("下访和回访须关联"), messages(noCase));

        Long caseId = registeredCase(d, "宅基地纠纷");
        ReceptionVisit field = visits.record(d.clerk(), request(d, VisitKind.FIELD, caseId, null, one("王喆"), 1, VisitOutcome.EXPLAINED, null));
        assertEquals(VisitKind.FIELD, field.getKind());

        InvalidInputException open = assertThrows(InvalidInputException.class, () -> visits.record(d.clerk(),
                request(d, VisitKind.FOLLOW_UP, caseId, null, one("王喆"), 1, null, Rating.SATISFIED)));
        assertTrue(messages(open).contains("尚未办结"), messages(open));

        long version = cases.get(d.clerk(), caseId).caseFile().getVersion();
        engine.take(d.clerk(), caseId, version, "declineLegalRoute",
                new StepFacts("属于诉讼程序解决的事项", null, null, null, LegalRoute.LITIGATION, null, null));
        assertEquals(GeneralProcedure.DECLINED, cases.get(d.clerk(), caseId).caseFile().getStatus());

        InvalidInputException noSatisfaction = assertThrows(InvalidInputException.class, () -> visits.record(d.clerk(),
                request(d, VisitKind.FOLLOW_UP, caseId, null, one("王喆"), 1, VisitOutcome.RESOLVED, null)));
        assertEquals("outcome,satisfaction", fields(noSatisfaction), "in the order the record asks them");
        ReceptionVisit followUp = visits.record(d.clerk(), request(d, VisitKind.FOLLOW_UP, caseId, null, one("王喆"), 1, null,
                Rating.BASICALLY_SATISFIED));
        assertEquals(Rating.BASICALLY_SATISFIED, followUp.getSatisfaction());
    }

    @Test
    void twoLeadersTakingOneCaseAtOnceLeaveExactlyOneOwner() throws Exception {
        Desk d = desk();
        Caller otherLeader = testUsers.holding(CoreRoles.LEADER, d.unit());
        Long caseId = registeredCase(d, "征地补偿");
        LocalDate due = today().plusDays(30);

        Race.Outcome<Long> race = Race.atOnce(
                () -> ownerships.take(d.leader(), caseId, new OwnershipInput(null, d.handler().username(), "一月内化解", due)).getId(),
                () -> ownerships.take(otherLeader, caseId, new OwnershipInput(null, d.handler().username(), "限期办结", due)).getId());
        List<Long> won = race.won();
        List<Throwable> lost = race.lost();
        assertEquals(1, won.size(), "exactly one leader owns the case: " + lost);
        assertTrue(lost.get(0) instanceof InvalidInputException ii && messages(ii).contains("已由"), String.valueOf(lost.get(0)));
        assertEquals(1, testVisits.openOwnerships(caseId));

        assertThrows(NotPermittedException.class, () -> ownerships.take(d.clerk(), caseId,
                new OwnershipInput(d.leader().username(), d.handler().username(), "x", due)), "a clerk does not give 包案");
        CaseOwnership open = ownerships.of(d.leader(), caseId).get(0);
        Caller owner = open.getLeaderUsername().equals(d.leader().username()) ? d.leader() : otherLeader;
        Caller notOwner = owner == d.leader() ? otherLeader : d.leader();
        assertThrows(NotPermittedException.class, () -> ownerships.close(notOwner, caseId));
        IllegalTransitionException early = assertThrows(IllegalTransitionException.class, () -> ownerships.close(owner, caseId),
                "问题不解决不撤案: not before the four duties are done");
        assertTrue(early.getMessage().contains("包调查") && early.getMessage().contains("包息诉罢访"), early.getMessage());
        InvalidInputException noNote = assertThrows(InvalidInputException.class,
                () -> ownerships.tick(d.handler(), caseId, OwnershipDuty.INVESTIGATE, " "));
        assertEquals("note", fields(noNote));
        assertThrows(NotPermittedException.class, () -> ownerships.tick(d.clerk(), caseId, OwnershipDuty.INVESTIGATE, "代记"),
                "the leader, the handler or a leader above records the duties");
        ownerships.tick(d.handler(), caseId, OwnershipDuty.INVESTIGATE, "实地核查征地范围与补偿标准。");
        ownerships.tick(owner, caseId, OwnershipDuty.HANDLE, "协调国土部门补发补偿款。");
        ownerships.tick(owner, caseId, OwnershipDuty.COUNSEL, "与信访人面谈两次，讲清政策。");
        ownerships.plan(owner, caseId, "街道、国土所、村委会各一人", "一周内核清面积，两周内补发到位。");
        assertEquals(1, ownerships.of(owner, caseId).get(0).dutiesOutstanding().size(), "one duty left");
        ownerships.tick(owner, caseId, OwnershipDuty.SETTLE, "补偿到位，信访人签字表示息诉。");
        ownerships.close(owner, caseId);
        assertEquals(0, testVisits.openOwnerships(caseId));
        assertTrue(ownerships.openOf(owner, owner.username()).isEmpty(), "a closed ownership leaves the leader's list");

        InvalidInputException past = assertThrows(InvalidInputException.class, () -> ownerships.take(d.leader(), caseId,
                new OwnershipInput(null, "nobody-" + UUID.randomUUID(), " ", today())));
        assertEquals("handlerUsername,task,dueOn", fields(past));
        InvalidInputException farOff = assertThrows(InvalidInputException.class, () -> ownerships.take(d.leader(), caseId,
                new OwnershipInput(null, d.handler().username(), "十年内化解", today().plusYears(10))));
        assertEquals("dueOn", fields(farOff), "a time limit within a year, as every other");
        Caller districtLeader = testUsers.holding(CoreRoles.LEADER, testUnits.districtWithTwoTownships().get(0));
        assertThrows(CaseNotFoundException.class, () -> ownerships.of(districtLeader, caseId), "another district's leader sees nothing");
    }

    @Test
    void theQuotaProgressCountsTheLeadersMeetingsOfTheMonthOnly() {
        Desk d = desk();
        Caller otherLeader = testUsers.holding(CoreRoles.LEADER, d.unit());
        Long caseId = registeredCase(d, "物业纠纷");
        LocalDate lastMonth = today().minusMonths(1);
        visits.record(d.clerk(), request(d, VisitKind.INVITED, null, null, one("甲"), 1, VisitOutcome.RESOLVED, null));
        visits.record(d.clerk(), request(d, VisitKind.INVITED, null, null, one("乙"), 1, VisitOutcome.EXPLAINED, null));
        visits.record(d.clerk(), request(d, VisitKind.FIELD, caseId, null, one("丙"), 1, VisitOutcome.EXPLAINED, null));
        visits.record(d.clerk(), new VisitRequest(d.unit().getId(), VisitKind.INVITED, d.leader().username(), lastMonth, "镇政府",
                null, null, null, 1, one("丁"), "上月约访", null, VisitOutcome.RESOLVED, null, null, null));
        visits.record(d.clerk(), new VisitRequest(d.unit().getId(), VisitKind.INVITED, otherLeader.username(), today(), "镇政府",
                null, null, null, 1, one("戊"), "另一位领导", null, VisitOutcome.RESOLVED, null, null, null));

        List<ReceptionVisits.MonthProgress> progress = visits.progress(d.clerk(), d.leader().username(), YearMonth.from(today()), 2);
        ReceptionVisits.KindProgress invited = progress.get(0).kinds().get(VisitKind.INVITED.ordinal());
        assertEquals(2, invited.count());
        assertEquals(ReceptionSettings.DEFAULT_QUOTA_INVITED, invited.quota());
        assertTrue(invited.met());
        ReceptionVisits.KindProgress field = progress.get(0).kinds().get(VisitKind.FIELD.ordinal());
        assertEquals(1, field.count());
        assertEquals(0, progress.get(0).kinds().get(VisitKind.RECEPTION.ordinal()).count());
        assertEquals(YearMonth.from(lastMonth), progress.get(1).month());
        assertEquals(1, progress.get(1).kinds().get(VisitKind.INVITED.ordinal()).count());
        assertEquals(50, progress.get(1).kinds().get(VisitKind.INVITED.ordinal()).percent());

        assertEquals(4, visits.list(d.leader(), new VisitFilter(null, null, null, d.leader().username()), 50).size());
        assertEquals(2, visits.list(d.leader(), new VisitFilter(null, VisitKind.INVITED, YearMonth.from(today()), d.leader().username()), 50).size());

        Caller elsewhere = testUsers.holding(CoreRoles.LEADER, testUnits.districtWithTwoTownships().get(1));
        assertThrows(VisitNotFoundException.class, () -> visits.progress(elsewhere, d.leader().username(), YearMonth.from(today()), 1));
        assertEquals(0, visits.list(elsewhere, new VisitFilter(null, null, null, d.leader().username()), 50).size());
        Long anyVisit = visits.list(d.leader(), new VisitFilter(null, null, null, d.leader().username()), 1).get(0).getId();
        assertThrows(VisitNotFoundException.class, () -> visits.get(elsewhere, anyVisit));
        assertThrows(NotPermittedException.class, () -> visits.record(d.handler(),
                request(d, VisitKind.INVITED, null, null, one("己"), 1, VisitOutcome.RESOLVED, null)));
    }
}
