package org.xinfang.it.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.Outcome;
import org.xinfang.api.model.PartyRole;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.core.application.cases.CaseNotFoundException;
import org.xinfang.core.application.cases.CaseService;
import org.xinfang.core.application.documents.CaseDocuments;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.ClockReading;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.application.procedure.ProcedureEngine;
import org.xinfang.core.application.supervision.DeadlineWatch;
import org.xinfang.core.application.supervision.OrderInput;
import org.xinfang.core.application.supervision.Referrals;
import org.xinfang.core.application.supervision.SupervisionOrders;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.Party;
import org.xinfang.core.domain.model.procedure.ClockStatus;
import org.xinfang.core.domain.model.procedure.StepFacts;
import org.xinfang.core.domain.model.supervision.CaseReferral;
import org.xinfang.core.domain.model.supervision.OrderKind;
import org.xinfang.core.domain.model.supervision.OrderStatus;
import org.xinfang.core.domain.model.supervision.ReferralStatus;
import org.xinfang.core.domain.model.supervision.ReminderKind;
import org.xinfang.core.domain.model.supervision.SentReminder;
import org.xinfang.core.domain.model.supervision.SupervisionOrder;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;
import org.xinfang.it.Deployments;
import org.xinfang.it.deploy.InServer;
import org.xinfang.it.Race;
import org.xinfang.it.TestClocks;
import org.xinfang.it.TestUnits;

/**
 * Supervision in the server on the real database, with mail through a real SMTP server: the deadline
 * watch tells the handler and the leader before and after a deadline, once, even with two scanners at
 * once and after downtime; overdue matters climb the ladder (催办, then the unit above is asked to give a
 * 督办); orders go only from above, are answered in writing and closed only by their issuer; assigned
 * matters report back and are filed or returned; the sending unit keeps read-only sight; finished
 * matters stop their clocks.
 */
@ExtendWith(ArquillianExtension.class)
@InServer(value = {TestUnits.class, TestClocks.class, TestStaff.class, Race.class}, librariesOf = GreenMail.class)
class SupervisionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    CaseService cases;

    @Inject
    ProcedureEngine engine;

    @Inject
    DeadlineWatch watch;

    @Inject
    SupervisionOrders orders;

    @Inject
    Referrals referrals;

    @Inject
    CaseDocuments documents;

    @Inject
    org.xinfang.core.application.calendar.WorkCalendars calendars;

    @Inject
    TestUnits testUnits;

    @Inject
    TestClocks testClocks;

    @Inject
    TestStaff staff;

    @PersistenceContext(unitName = "xinfang")
    EntityManager em;

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("xinfang.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    private static LocalDate today() {
        return LocalDate.now(Clocks.statutoryClock());
    }

    private static Case draft(String subject) {
        Case c = new Case();
        c.setChannel(org.xinfang.api.model.Channel.LETTER);
        c.setSubject(subject);
        c.setContent("反映" + subject + "问题，请求处理。");
        c.setCategory("城乡建设");
        c.setReceivedOn(today());
        c.addParty(new Party(PartyRole.PETITIONER, "李萍", null, null, "测试地址"));
        return c;
    }

    private Long register(Caller clerk, OrgUnit unit, String subject) {
        return cases.register(clerk, unit.getId(), draft(subject), null).caseFile().getId();
    }

    private void take(Caller caller, Long id, String step, StepFacts facts) {
        engine.take(caller, id, cases.get(caller, id).caseFile().getVersion(), step, facts);
    }

    private ClockReading clock(Caller caller, Long id, String name) {
        return engine.clocks(caller, id).stream().filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no clock " + name));
    }

    private List<ReminderKind> kinds(Long caseId) {
        return staff.remindersOf(caseId).stream().map(SentReminder::getKind).toList();
    }

    /** The mails to {@code caller}'s address, once at least {@code expected} arrived (or the wait ended). */
    private List<MimeMessage> mailsTo(Caller caller, int expected) throws Exception {
        String address = TestStaff.mailOf(caller);
        Supplier<List<MimeMessage>> read = () -> {
            List<MimeMessage> found = new ArrayList<>();
            for (MimeMessage m : smtp.getReceivedMessages()) {
                try {
                    if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))) {
                        found.add(m);
                    }
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            return found;
        };
        for (int i = 0; i < 50 && read.get().size() < expected; i++) {
            Thread.sleep(100);
        }
        Thread.sleep(200); // a second mail of the same kind would have arrived by now
        return read.get();
    }

    @Test
    void theHandlerAndTheLeaderAreToldBeforeAndAfterTheDeadlineOnceByInboxAndMail() throws Exception {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        OrgUnit township = tree.get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        Caller handler = staff.holding(CoreRoles.HANDLER, township);
        Caller leader = staff.holding(CoreRoles.LEADER, township);
        Caller districtLeader = staff.holding(CoreRoles.LEADER, tree.get(0));
        Caller otherTownship = staff.holding(CoreRoles.LEADER, tree.get(2));
        Long id = register(clerk, township, "道路积水");

        testClocks.dueDaysAgo(id, GeneralProcedure.CLOCK_INTAKE, -1);
        watch.sweep(today());
        assertEquals(List.of(ReminderKind.DUE_SOON), kinds(id), "due tomorrow: due soon, nothing else");
        assertEquals(1, staff.inboxOf(handler).size());
        assertTrue(staff.inboxOf(handler).get(0).getTitle().startsWith("即将到期"), staff.inboxOf(handler).get(0).getTitle());
        assertEquals(1, staff.inboxOf(leader).size());
        assertEquals(1, mailsTo(handler, 1).size(), "the handler's mail");
        assertEquals(1, mailsTo(leader, 1).size(), "the leader's mail");
        assertTrue(mailsTo(leader, 1).get(0).getSubject().contains("道路积水"));

        watch.sweep(today());
        assertEquals(List.of(ReminderKind.DUE_SOON), kinds(id), "a second scan sends nothing again");
        assertEquals(1, mailsTo(handler, 1).size());

        // The server was down for ten days: the first scan after catches up with everything owed.
        testClocks.dueDaysAgo(id, GeneralProcedure.CLOCK_INTAKE, 10);
        watch.sweep(today());
        assertEquals(List.of(ReminderKind.DUE_SOON, ReminderKind.OVERDUE, ReminderKind.URGED, ReminderKind.SUPERVISION_PROPOSED),
                kinds(id), "overdue, urged, and the unit above asked to supervise — but no new due-soon for a past date");
        List<SupervisionOrders.OrderView> given = orders.of(districtLeader, id);
        assertEquals(1, given.size());
        SupervisionOrder urged = given.get(0).order();
        assertEquals(OrderKind.URGE, urged.getKind());
        assertEquals(tree.get(0).getId(), urged.getIssuingUnit().getId(), "urged in the name of the unit above");
        assertEquals(township.getId(), urged.getTargetUnit().getId());
        assertTrue(urged.getDueOn().isAfter(today()), "an urging has its own date for the written answer");
        assertTrue(staff.inboxOf(districtLeader).stream().anyMatch(m -> m.getTitle().startsWith("建议督办")), "the leader above is asked to supervise");
        assertTrue(staff.inboxOf(otherTownship).isEmpty(), "nobody outside is told");
        assertEquals(3, mailsTo(handler, 3).size(), "due soon, overdue, urged");

        watch.sweep(today());
        assertEquals(4, kinds(id).size(), "nothing twice");
    }

    @Test
    void twoScannersAtOnceSendEachReminderOnceAndOnlyTheLeaseHolderScans() throws Exception {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        Caller handler = staff.holding(CoreRoles.HANDLER, township);
        Long id = register(clerk, township, "噪声扰民");
        testClocks.dueDaysAgo(id, GeneralProcedure.CLOCK_INTAKE, 3);

        Race.Outcome<DeadlineWatch.ScanReport> both = Race.atOnce(() -> watch.sweep(today()), () -> watch.sweep(today()));
        assertEquals(List.of(), both.lost());
        List<ReminderKind> sent = kinds(id);
        assertEquals(sent.stream().distinct().toList(), sent, "each reminder once: " + sent);
        assertTrue(sent.contains(ReminderKind.OVERDUE) && sent.contains(ReminderKind.URGED), sent.toString());
        assertEquals(1, orders.of(handler, id).size(), "one urging, not two");
        assertEquals(2, mailsTo(handler, 2).size(), "overdue and urged, one mail each");

        staff.expireLease();
        try {
            Race.Outcome<DeadlineWatch.ScanReport> nodes = Race.atOnce(() -> watch.scan("it-node-a"), () -> watch.scan("it-node-b"));
            assertEquals(1, nodes.won().stream().filter(DeadlineWatch.ScanReport::ran).count(), "one node holds the lease and scans");
            assertFalse(watch.scan("it-node-c").ran(), "a third node waits until the lease lapses");
        } finally {
            staff.expireLease(); // the server's own watch takes it back
        }
    }

    @Test
    void aFinishedMatterStopsEveryClockAndIsNotRemindedAbout() {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        Long id = register(clerk, township, "不属于本机关");
        take(clerk, id, "decline", new StepFacts("非信访事项，已告知向有关机关反映。", null, null, null, null, null, null));
        assertTrue(engine.clocks(clerk, id).stream().allMatch(k -> k.status() == ClockStatus.STOPPED), "declined: every clock stopped");

        // A clock left running on a finished case (before this rule) is stopped by the watch, not reminded about.
        staff.runAgain(id, GeneralProcedure.CLOCK_INTAKE);
        testClocks.dueDaysAgo(id, GeneralProcedure.CLOCK_INTAKE, 5);
        watch.sweep(today());
        assertEquals(List.of(), kinds(id));
        assertEquals(ClockStatus.STOPPED, clock(clerk, id, GeneralProcedure.CLOCK_INTAKE).status());
    }

    @Test
    void ordersGoOnlyFromAboveAreAnsweredInWritingAndClosedOnlyByTheUnitThatGaveThem() throws Exception {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        OrgUnit district = tree.get(0);
        OrgUnit township = tree.get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        Caller townshipLeader = staff.holding(CoreRoles.LEADER, township);
        Caller handler = staff.holding(CoreRoles.HANDLER, township);
        Caller districtClerk = staff.holding(CoreRoles.CLERK, district);
        Caller districtLeader = staff.holding(CoreRoles.LEADER, district);
        Caller sibling = staff.holding(CoreRoles.LEADER, tree.get(2));
        Long id = register(clerk, township, "拆迁补偿");
        LocalDate due = today().plusDays(20);

        assertThrows(NotPermittedException.class, () -> orders.issue(townshipLeader, id, new OrderInput(OrderKind.SUPERVISION, "请办理", due, null)),
                "a unit does not supervise itself");
        assertThrows(CaseNotFoundException.class, () -> orders.issue(sibling, id, new OrderInput(OrderKind.SUPERVISION, "请办理", due, null)),
                "a unit beside it does not even see it");
        assertThrows(NotPermittedException.class, () -> orders.issue(districtClerk, id, new OrderInput(OrderKind.LISTED, "挂牌", due, null)),
                "挂牌督办 is a leader's");
        InvalidInputException bad = assertThrows(InvalidInputException.class,
                () -> orders.issue(districtClerk, id, new OrderInput(OrderKind.URGE, " ", today().minusDays(1), null)));
        assertEquals(List.of("kind", "reason", "dueOn"), bad.problems().stream().map(InvalidInputException.FieldProblem::field).toList());
        assertTrue(orders.of(districtLeader, id).isEmpty(), "nothing half-saved");

        SupervisionOrder order = orders.issue(districtClerk, id, new OrderInput(OrderKind.SUPERVISION, "群众反映强烈，请于期限内办结。", due, null));
        assertTrue(order.getNumber().matches(district.getShortName() + "督〔" + today().getYear() + "〕\\d+号"), order.getNumber());
        assertFalse(order.getDueOn().isBefore(due));
        CaseDocuments.StoredFile letter = documents.read(districtClerk, id, order.getDocumentId());
        assertEquals("%PDF", new String(letter.content(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals("督办函", letter.document().getTitle());
        assertTrue(staff.inboxOf(handler).stream().anyMatch(m -> m.getTitle().startsWith("收到督办")));

        assertThrows(IllegalTransitionException.class, () -> orders.close(districtLeader, order.getId(), null), "no written answer yet");
        assertThrows(InvalidInputException.class, () -> orders.answer(handler, order.getId(), "  "));
        assertThrows(NotPermittedException.class, () -> orders.answer(districtClerk, order.getId(), "代为报告"), "the unit ordered answers");
        SupervisionOrder answered = orders.answer(handler, order.getId(), "已约谈信访人，补偿款已于本周发放到位。");
        assertEquals(OrderStatus.ANSWERED, answered.getStatus());
        assertTrue(staff.inboxOf(districtLeader).stream().anyMatch(m -> m.getTitle().contains("已书面报告")));
        assertThrows(NotPermittedException.class, () -> orders.close(townshipLeader, order.getId(), "自行办结"),
                "only the unit that gave it closes it");
        assertEquals(OrderStatus.CLOSED, orders.close(districtLeader, order.getId(), "同意办结").getStatus());
        assertThrows(IllegalTransitionException.class, () -> orders.answer(handler, order.getId(), "补充"));

        SupervisionOrder listed = orders.issue(districtLeader, id, new OrderInput(OrderKind.LISTED, "列为挂牌督办事项。", null, null));
        assertTrue(orders.listedBoard(districtClerk).stream().anyMatch(l -> l.order().getId().equals(listed.getId()) && l.subject().equals("拆迁补偿")),
                "listed for the whole organisation");
        Caller stranger = staff.holding(CoreRoles.CLERK, testUnits.districtWithTwoTownships().get(1));
        assertTrue(orders.listedBoard(stranger).stream().anyMatch(l -> l.order().getId().equals(listed.getId()) && !l.subject().contains("拆迁补偿")),
                "listed for everyone, its subject only for those who may open the case");
        assertTrue(listed.getDueOn().isAfter(today().plusDays(29)), "the setting's thirty days by default");

        assertThrows(IllegalTransitionException.class, () -> orders.issue(districtLeader, id, new OrderInput(OrderKind.LISTED, "再挂牌", null, null)),
                "one open order of a kind per issuing unit and case");
        take(clerk, id, "decline", new StepFacts("不予受理。", null, null, null, null, null, null));
        assertThrows(IllegalTransitionException.class,
                () -> orders.issue(districtClerk, id, new OrderInput(OrderKind.SUPERVISION, "请办理", due, null)), "a finished matter is not supervised");
        staff.dueOrderDaysAgo(listed.getId(), 2);
        watch.sweep(today());
        assertTrue(staff.remindersOf(id).stream().noneMatch(r -> r.getSubjectType().equals(SentReminder.ORDER)),
                "an order about a finished matter waits for its closure; nobody is reminded about it");
    }

    @Test
    void anAssignedMatterReportsBackAndIsFiledOrReturnedAndTheSenderFollowsItReadOnly() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        OrgUnit district = tree.get(0);
        OrgUnit townshipA = tree.get(1);
        OrgUnit townshipB = tree.get(2);
        Caller districtClerk = staff.holding(CoreRoles.CLERK, district);
        Caller clerkA = staff.holding(CoreRoles.CLERK, townshipA);
        Caller handlerA = staff.holding(CoreRoles.HANDLER, townshipA);
        Caller clerkB = staff.holding(CoreRoles.CLERK, townshipB);

        // 转送 beside: B sends a matter to A and follows it, read-only.
        Long forwarded = register(clerkB, townshipB, "相邻镇的道路");
        take(clerkB, forwarded, "forward", new StepFacts(null, townshipA.getId(), null, null, null, null, null));
        assertTrue(cases.get(clerkB, forwarded).followedOnly(), "the sender still sees it, read-only");
        assertFalse(cases.get(clerkA, forwarded).followedOnly());
        assertThrows(NotPermittedException.class, () -> take(clerkB, forwarded, "accept", StepFacts.NONE), "but cannot act on it");
        assertEquals(ReferralStatus.FOLLOWING, referrals.of(clerkB, forwarded).get(0).referral().getStatus());
        assertTrue(referrals.followedBy(clerkB).stream().anyMatch(f -> f.referral().getCaseId().equals(forwarded)));
        assertThrows(CaseNotFoundException.class, () -> cases.get(staff.holding(CoreRoles.CLERK, testUnits.districtWithTwoTownships().get(1)), forwarded),
                "nobody else");

        // 交办 down with a report-back date.
        Long id = register(districtClerk, district, "小区供暖不热");
        LocalDate reportBy = today().plusDays(20);
        take(districtClerk, id, "assign", new StepFacts(null, townshipA.getId(), reportBy, null, null, null, null));
        CaseReferral referral = referrals.of(districtClerk, id).get(0).referral();
        assertEquals(ReferralStatus.AWAITING_REPORT, referral.getStatus());
        assertEquals(reportBy, referral.getReportDueOn());
        assertThrows(IllegalTransitionException.class, () -> referrals.report(clerkA, referral.getId(), "已办理"), "no decision yet");

        take(clerkA, id, "accept", StepFacts.NONE);
        take(handlerA, id, "decide", new StepFacts("经查，供热公司已调整管网压力，室温达标。", null, null, Outcome.SUPPORT, null, null, null));
        assertEquals(ClockStatus.RUNNING, clock(clerkA, id, GeneralProcedure.CLOCK_REPORT_BACK).status(),
                "deciding is not reporting: the report-back clock runs on");
        assertThrows(InvalidInputException.class, () -> referrals.report(handlerA, referral.getId(), " "));
        assertThrows(NotPermittedException.class, () -> referrals.report(districtClerk, referral.getId(), "代报"),
                "the receiving unit reports, not the sender");
        assertEquals(ReferralStatus.REPORTED, referrals.report(handlerA, referral.getId(), "已出具处理意见书，支持诉求，室温达标。").getStatus());
        assertEquals(ClockStatus.STOPPED, clock(clerkA, id, GeneralProcedure.CLOCK_REPORT_BACK).status());

        assertThrows(NotPermittedException.class, () -> referrals.file(clerkA, referral.getId(), null), "the receiving unit does not file its own report");
        InvalidInputException bad = assertThrows(InvalidInputException.class,
                () -> referrals.returnForWork(districtClerk, referral.getId(), "", today()));
        assertEquals(List.of("reason", "dueOn"), bad.problems().stream().map(InvalidInputException.FieldProblem::field).toList());
        assertEquals(ReferralStatus.REPORTED, referrals.of(districtClerk, id).get(0).referral().getStatus(), "nothing half-saved");

        LocalDate again = today().plusDays(10);
        while (calendars.current().isWorkingDay(again)) {
            again = again.plusDays(1);
        }
        CaseReferral returned = referrals.returnForWork(districtClerk, referral.getId(), "请补充回访信访人的情况。", again);
        assertEquals(calendars.current().nextWorkingDayFrom(again), returned.getReportDueOn(), "a date on a holiday moves to the next working day");
        assertEquals(ReferralStatus.AWAITING_REPORT, returned.getStatus());
        assertEquals(1, returned.getReturns());
        ClockReading restarted = clock(clerkA, id, GeneralProcedure.CLOCK_REPORT_BACK);
        assertEquals(ClockStatus.RUNNING, restarted.status());
        assertEquals(returned.getReportDueOn(), restarted.dueOn(), "the clock and the referral say the same date");
        assertTrue(staff.inboxOf(clerkA).stream().anyMatch(m -> m.getTitle().startsWith("交办事项被退回重办")));

        referrals.report(handlerA, referral.getId(), "已回访，信访人表示满意。");
        CaseReferral filed = referrals.file(districtClerk, referral.getId(), "同意备案");
        assertEquals(ReferralStatus.FILED, filed.getStatus());
        assertNotNull(filed.getFiledAt());
        assertThrows(IllegalTransitionException.class, () -> referrals.file(districtClerk, referral.getId(), null), "filed once");
    }

    @Test
    void aLeadersMailboxAndHotlineAreAnsweredTheSameDay() {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        org.xinfang.core.domain.model.calendar.WorkCalendar calendar = calendars.current();
        for (org.xinfang.api.model.Channel channel : List.of(org.xinfang.api.model.Channel.MAILBOX, org.xinfang.api.model.Channel.HOTLINE)) {
            Case mailbox = draft("领导信箱来信");
            mailbox.setChannel(channel);
            Long id = cases.register(clerk, township.getId(), mailbox, null).caseFile().getId();
            assertEquals(calendar.nextWorkingDayFrom(today()), clock(clerk, id, GeneralProcedure.CLOCK_INTAKE).dueOn(),
                    channel + ": received, passed on and answered the same (working) day");
        }
        Long letter = register(clerk, township, "普通来信");
        assertEquals(calendar.due(today(), 15, org.xinfang.api.model.DayCount.CALENDAR), clock(clerk, letter, GeneralProcedure.CLOCK_INTAKE).dueOn(),
                "a letter keeps the statute's fifteen days");
    }
}
