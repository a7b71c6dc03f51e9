package org.xinfang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.xinfang.it.deploy.InServer;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.DayCount;
import org.xinfang.api.model.LegalRoute;
import org.xinfang.api.model.NoticeKind;
import org.xinfang.api.model.Outcome;
import org.xinfang.api.model.PartyRole;
import org.xinfang.api.model.Rating;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.core.application.calendar.WorkCalendars;
import org.xinfang.core.application.cases.CaseService;
import org.xinfang.core.application.documents.CaseDocuments;
import org.xinfang.core.application.kernel.EditConflictException;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.ClockReading;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.application.procedure.ProcedureEngine.StepTaken;
import org.xinfang.core.application.procedure.ProcedureEngine;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.Party;
import org.xinfang.core.domain.model.cases.ResidentIdNumbers;
import org.xinfang.core.domain.model.document.CaseDocument;
import org.xinfang.core.domain.model.document.DocumentKind;
import org.xinfang.core.domain.model.procedure.ClockStatus;
import org.xinfang.core.domain.model.procedure.StepFacts;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;

/**
 * The engine in the server, on the real database: the general procedure from registration to
 * conclusion with every notice, the clocks at their boundaries, refusals, roles, two users at once,
 * repeats and level-skipping.
 */
@ExtendWith(ArquillianExtension.class)
@InServer({TestUnits.class, TestClocks.class})
class ProcedureIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    CaseService cases;

    @Inject
    ProcedureEngine engine;

    @Inject
    CaseDocuments documents;

    @Inject
    WorkCalendars calendars;

    @Inject
    TestUnits testUnits;

    @Inject
    TestClocks testClocks;

    private static LocalDate today() {
        return LocalDate.now(Clocks.statutoryClock());
    }

    static Case draft(String subject, String idNumber) {
        Case c = new Case();
        c.setChannel(org.xinfang.api.model.Channel.VISIT);
        c.setSubject(subject);
        c.setContent("反映" + subject + "问题");
        c.setCategory("劳动社保");
        c.setReceivedOn(today());
        c.addParty(new Party(PartyRole.PETITIONER, "王喆", idNumber, "139" + idNumber.substring(9, 17), "测试地址"));
        return c;
    }

    private static StepFacts reason(String text) {
        return new StepFacts(text, null, null, null, null, null, null);
    }

    private StepTaken take(Caller caller, Long caseId, String step, StepFacts facts) {
        long version = cases.get(caller, caseId).caseFile().getVersion();
        return engine.take(caller, caseId, version, step, facts);
    }

    private ClockReading clock(Caller caller, Long caseId, String name) {
        return engine.clocks(caller, caseId).stream().filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no clock " + name));
    }

    /** A valid identity number (GB 11643) no other case holds: a random birth date and sequence, then the check character. */
    private static String uniqueId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = "370781" + LocalDate.of(1930, 1, 1).plusDays(random.nextInt(27_000)).format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", random.nextInt(1000));
        return first17 + ResidentIdNumbers.checkCharacter(first17);
    }

    @Test
    void aMatterGoesFromRegistrationToConclusionWithEveryNoticeAndClock() {
        List<OrgUnit> tree = testUnits.cityDistrictTownship();
        OrgUnit city = tree.get(0);
        OrgUnit district = tree.get(1);
        OrgUnit township = tree.get(2);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        Caller handler = TestUnits.holding(CoreRoles.HANDLER, township);
        Caller leader = TestUnits.holding(CoreRoles.LEADER, township);
        Caller reviewLeader = TestUnits.holding(CoreRoles.LEADER, district);
        Caller reviewClerk = TestUnits.holding(CoreRoles.CLERK, district);
        Caller reReviewLeader = TestUnits.holding(CoreRoles.LEADER, city);
        Long id = cases.register(clerk, township.getId(), draft("拖欠工资三个月", uniqueId()), null).caseFile().getId();

        ClockReading intake = clock(clerk, id, GeneralProcedure.CLOCK_INTAKE);
        assertEquals(calendars.current().due(today(), 15, DayCount.CALENDAR), intake.dueOn());

        StepTaken accepted = take(clerk, id, "accept", StepFacts.NONE);
        assertEquals(GeneralProcedure.ACCEPTED, accepted.caseFile().getStatus());
        assertEquals(NoticeKind.ACCEPTANCE, accepted.notice().getNoticeKind());
        assertTrue(accepted.notice().getNumber().matches(township.getShortName() + "受〔\\d{4}〕\\d+号"), accepted.notice().getNumber());
        assertEquals(ClockStatus.STOPPED, clock(clerk, id, GeneralProcedure.CLOCK_INTAKE).status());
        ClockReading handling = clock(clerk, id, GeneralProcedure.CLOCK_HANDLING);
        assertEquals(calendars.current().due(today(), 60, DayCount.CALENDAR), handling.dueOn());

        take(clerk, id, "startHandling", StepFacts.NONE);
        StepTaken extended = take(leader, id, "extend", new StepFacts("需调取三个月考勤记录", null, null, null, null, 30, null));
        assertEquals(NoticeKind.EXTENSION, extended.notice().getNoticeKind());
        assertEquals(calendars.current().due(today(), 90, DayCount.CALENDAR), clock(clerk, id, GeneralProcedure.CLOCK_HANDLING).dueOn());
        IllegalTransitionException twice = assertThrows(IllegalTransitionException.class,
                () -> take(leader, id, "extend", new StepFacts("再次延期", null, null, null, null, 10, null)));
        assertTrue(twice.getMessage().contains("已延长过一次"), twice.getMessage());

        StepTaken decided = take(handler, id, "decide", new StepFacts("经核实，单位已足额发放工资，诉求不成立。", null, null, Outcome.REJECT, null, null, null));
        assertEquals(NoticeKind.DECISION, decided.notice().getNoticeKind());
        assertEquals(ClockStatus.RUNNING, clock(clerk, id, GeneralProcedure.CLOCK_REVIEW_WINDOW).status());
        take(clerk, id, "rate", new StepFacts(null, null, null, null, null, null, Rating.UNSATISFIED));

        StepTaken review = take(clerk, id, "requestReview", reason("不服处理意见，申请复查"));
        assertEquals(district.getId(), review.caseFile().getUnit().getId(), "a review goes to the body above");
        StepTaken reviewed = take(reviewLeader, id, "decideReview", new StepFacts("维持原处理意见。", null, null, Outcome.REJECT, null, null, null));
        assertEquals(NoticeKind.REVIEW, reviewed.notice().getNoticeKind());

        StepTaken reReview = take(reviewClerk, id, "requestReReview", reason("不服复查意见，申请复核"));
        assertEquals(city.getId(), reReview.caseFile().getUnit().getId(), "a re-review goes to the body above the reviewer");
        assertTrue(cases.get(reviewLeader, id).followedOnly(), "the reviewer keeps read-only sight");
        assertTrue(cases.get(leader, id).followedOnly(), "and so does the unit that decided");
        assertThrows(NotPermittedException.class,
                () -> take(reviewLeader, id, "openHearing", reason("组织听证")), "but neither acts on it");
        take(reReviewLeader, id, "openHearing", reason("组织听证"));
        assertEquals(ClockStatus.PAUSED, clock(reReviewLeader, id, GeneralProcedure.CLOCK_RE_REVIEW).status());
        take(reReviewLeader, id, "closeHearing", StepFacts.NONE);
        assertEquals(ClockStatus.RUNNING, clock(reReviewLeader, id, GeneralProcedure.CLOCK_RE_REVIEW).status());
        StepTaken concluded = take(reReviewLeader, id, "decideReReview", new StepFacts("复核维持。", null, null, Outcome.REJECT, null, null, null));
        assertEquals(GeneralProcedure.CONCLUDED, concluded.caseFile().getStatus());
        assertTrue(engine.options(reReviewLeader, id).isEmpty(), "nothing leaves a concluded case");

        List<NoticeKind> issued = documents.list(reReviewLeader, id).stream().filter(d -> d.getKind() == DocumentKind.NOTICE)
                .map(CaseDocument::getNoticeKind).toList();
        assertEquals(List.of(NoticeKind.ACCEPTANCE, NoticeKind.EXTENSION, NoticeKind.DECISION, NoticeKind.REVIEW, NoticeKind.RE_REVIEW), issued);
        CaseDocument last = documents.list(reReviewLeader, id).get(issued.size() - 1);
        byte[] pdf = documents.read(reReviewLeader, id, last.getId()).content();
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(CaseDocuments.sha256(pdf), last.getSha256());
        String text = textOf(pdf);
        String caseNumber = concluded.caseFile().getNumber();
        assertTrue(text.contains("复核意见书") && text.contains(last.getNumber()) && text.contains("王喆")
                && text.contains("复核维持") && text.contains(caseNumber), text);
        assertEquals(12, engine.history(reReviewLeader, id).size(), "registration and eleven steps");
    }

    /** The text of a PDF as a reader sees it. */
    private static String textOf(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void illegalStepsAndMissingInputsAreRefusedAndNothingChanges() {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller leader = TestUnits.holding(CoreRoles.LEADER, township);
        Case registered = cases.register(leader, township.getId(), draft("噪声扰民", uniqueId()), null).caseFile();
        Long id = registered.getId();

        IllegalTransitionException early = assertThrows(IllegalTransitionException.class,
                () -> engine.take(leader, id, registered.getVersion(), "decide", new StepFacts("意见", null, null, Outcome.SUPPORT, null, null, null)));
        assertTrue(early.getMessage().contains("已登记") && early.getMessage().contains("出具处理意见书"), early.getMessage());
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> engine.take(leader, id, registered.getVersion(), "approveEverything", StepFacts.NONE));
        assertEquals("transition", unknown.problems().get(0).field());
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> engine.take(leader, id, registered.getVersion(), "declineLegalRoute", StepFacts.NONE));
        assertEquals(List.of("reason", "legalRoute"), missing.problems().stream().map(InvalidInputException.FieldProblem::field).toList());
        InvalidInputException past = assertThrows(InvalidInputException.class, () -> engine.take(leader, id, registered.getVersion(), "assign",
                new StepFacts(null, testUnits.districtWithTwoTownships().get(2).getId(), today(), null, null, null, null)));
        // A sibling township is not below this one (交办 goes down only), and the date is past: both named.
        assertEquals(List.of("targetUnitId", "dueDate"), past.problems().stream().map(InvalidInputException.FieldProblem::field).toList());

        Case unchanged = cases.get(leader, id).caseFile();
        assertEquals(registered.getVersion(), unchanged.getVersion());
        assertEquals(GeneralProcedure.REGISTERED, unchanged.getStatus());
        assertEquals(1, engine.history(leader, id).size());
        assertTrue(documents.list(leader, id).isEmpty(), "no notice for a refused step");
    }

    @Test
    void theStepDialogOffersOnlyTheUnitsTheStepWouldTake() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        OrgUnit district = tree.get(0);
        Caller leader = TestUnits.holding(CoreRoles.LEADER, district);
        Case registered = cases.register(leader, district.getId(), draft("道路积水", uniqueId()), null).caseFile();

        // 交办 goes down only: the district's two townships and nothing else.
        assertEquals(List.of(tree.get(1).getId(), tree.get(2).getId()),
                engine.targets(registered, "assign").stream().map(OrgUnit::getId).sorted().toList());
        // 转送 goes anywhere but the case's own unit.
        List<Long> forwardable = engine.targets(registered, "forward").stream().map(OrgUnit::getId).toList();
        assertFalse(forwardable.contains(district.getId()));
        assertTrue(forwardable.containsAll(List.of(tree.get(1).getId(), tree.get(2).getId())));
        assertTrue(forwardable.size() > 2, "units outside the district too: " + forwardable.size());
        // A step that names no unit, or none at all, offers none.
        assertTrue(engine.targets(registered, "accept").isEmpty());
        assertTrue(engine.targets(registered, "approveEverything").isEmpty());
    }

    @Test
    void eachStepIsForTheRolesItNames() {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        Caller handler = TestUnits.holding(CoreRoles.HANDLER, township);
        Long id = cases.register(clerk, township.getId(), draft("低保资格", uniqueId()), null).caseFile().getId();
        take(clerk, id, "accept", StepFacts.NONE);

        assertThrows(NotPermittedException.class,
                () -> take(clerk, id, "decide", new StepFacts("意见", null, null, Outcome.SUPPORT, null, null, null)));
        assertThrows(NotPermittedException.class,
                () -> take(handler, id, "extend", new StepFacts("理由", null, null, null, null, 10, null)));
        assertTrue(engine.options(clerk, id).stream().noneMatch(o -> o.transition().name().equals("decide")));
        assertTrue(engine.options(handler, id).stream().anyMatch(o -> o.transition().name().equals("decide")));
    }

    @Test
    void twoUsersTakingAStepAtOnceOneWinsTheOtherIsToldAndNothingIsLost() throws Exception {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        Caller leader = TestUnits.holding(CoreRoles.LEADER, township);
        Long id = cases.register(clerk, township.getId(), draft("宅基地纠纷", uniqueId()), null).caseFile().getId();
        long version = cases.get(clerk, id).caseFile().getVersion();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<String>> both = List.of(
                () -> {
                    start.await();
                    return engine.take(clerk, id, version, "accept", StepFacts.NONE).step().getTransition();
                },
                () -> {
                    start.await();
                    return engine.take(leader, id, version, "decline", reason("不属于信访事项")).step().getTransition();
                });
        List<Future<String>> results = new ArrayList<>();
        both.forEach(task -> results.add(pool.submit(task)));
        start.countDown();
        List<String> won = new ArrayList<>();
        List<Throwable> lost = new ArrayList<>();
        for (Future<String> f : results) {
            try {
                won.add(f.get(60, TimeUnit.SECONDS));
            } catch (java.util.concurrent.ExecutionException e) {
                lost.add(e.getCause());
            }
        }
        pool.shutdown();
        assertEquals(1, won.size(), "exactly one step is taken");
        assertEquals(1, lost.size());
        assertTrue(lost.get(0) instanceof EditConflictException, String.valueOf(lost.get(0)));
        assertTrue(lost.get(0).getMessage().matches(".*已被 \\S+ 于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 修改.*"),
                "who changed it and the minute, not the stored instant: " + lost.get(0).getMessage());
        List<String> steps = engine.history(clerk, id).stream().map(s -> s.getTransition()).toList();
        assertEquals(List.of("register", won.get(0)), steps);
        assertEquals(1, documents.list(clerk, id).size(), "one notice, of the step that was taken");
    }

    @Test
    void aLapsedReviewWindowLeadsToConclusionAndNoLongerAllowsAReview() {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller leader = TestUnits.holding(CoreRoles.LEADER, township);
        Long id = cases.register(leader, township.getId(), draft("物业费争议", uniqueId()), null).caseFile().getId();
        take(leader, id, "accept", StepFacts.NONE);
        take(leader, id, "decide", new StepFacts("予以解释说明。", null, null, Outcome.EXPLAIN, null, null, null));

        IllegalTransitionException tooSoon = assertThrows(IllegalTransitionException.class,
                () -> take(leader, id, "concludeLapsedReview", StepFacts.NONE));
        assertTrue(tooSoon.getMessage().contains("届满前"), tooSoon.getMessage());

        testClocks.dueDaysAgo(id, GeneralProcedure.CLOCK_REVIEW_WINDOW, 0);
        assertThrows(IllegalTransitionException.class, () -> take(leader, id, "concludeLapsedReview", StepFacts.NONE),
                "on the last day of the window the petitioner may still ask");
        testClocks.dueDaysAgo(id, GeneralProcedure.CLOCK_REVIEW_WINDOW, 1);
        IllegalTransitionException late = assertThrows(IllegalTransitionException.class,
                () -> take(leader, id, "requestReview", reason("申请复查")));
        assertTrue(late.getMessage().contains("届满"), late.getMessage());
        assertTrue(engine.options(leader, id).stream().anyMatch(o -> o.transition().name().equals("concludeLapsedReview") && o.isAvailable()));
        assertEquals(GeneralProcedure.CONCLUDED, take(leader, id, "concludeLapsedReview", StepFacts.NONE).caseFile().getStatus());
    }

    @Test
    void aBodyThatIsNotCompetentObjectsWithinFiveWorkingDaysAndTheMatterReturns() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        Caller districtClerk = TestUnits.holding(CoreRoles.CLERK, tree.get(0));
        Caller townshipClerk = TestUnits.holding(CoreRoles.CLERK, tree.get(1));
        // The township's own first case: the forwarded one keeps the district's number 1 beside it.
        cases.register(townshipClerk, tree.get(1).getId(), draft("镇里自己登记的事项", uniqueId()), null);
        Long id = cases.register(districtClerk, tree.get(0).getId(), draft("道路破损", uniqueId()), null).caseFile().getId();

        StepTaken forwarded = take(districtClerk, id, "forward", new StepFacts(null, tree.get(1).getId(), null, null, null, null, null));
        assertEquals(NoticeKind.FORWARD, forwarded.notice().getNoticeKind());
        assertEquals(tree.get(1).getId(), forwarded.caseFile().getUnit().getId());
        assertEquals(calendars.current().due(today(), 5, DayCount.WORKING), clock(townshipClerk, id, GeneralProcedure.CLOCK_OBJECTION).dueOn());

        StepTaken returned = take(townshipClerk, id, "object", reason("道路属县交通局管养，非本镇职权"));
        assertEquals(tree.get(0).getId(), returned.caseFile().getUnit().getId(), "the matter returns to the body that sent it");
        assertEquals(GeneralProcedure.REGISTERED, returned.caseFile().getStatus());
        assertEquals(ClockStatus.RUNNING, clock(districtClerk, id, GeneralProcedure.CLOCK_INTAKE).status());

        take(districtClerk, id, "forward", new StepFacts(null, tree.get(1).getId(), null, null, null, null, null));
        testClocks.dueDaysAgo(id, GeneralProcedure.CLOCK_OBJECTION, 1);
        IllegalTransitionException late = assertThrows(IllegalTransitionException.class,
                () -> take(townshipClerk, id, "object", reason("逾期异议")));
        assertTrue(late.getMessage().contains("届满"), late.getMessage());
    }

    @Test
    void anAssignmentSetsItsReportBackDate() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        Caller districtClerk = TestUnits.holding(CoreRoles.CLERK, tree.get(0));
        Long id = cases.register(districtClerk, tree.get(0).getId(), draft("供暖不达标", uniqueId()), null).caseFile().getId();
        LocalDate due = today().plusDays(20);
        StepTaken assigned = take(districtClerk, id, "assign", new StepFacts(null, tree.get(2).getId(), due, null, null, null, null));
        assertEquals(NoticeKind.ASSIGNMENT, assigned.notice().getNoticeKind());
        assertEquals(calendars.current().nextWorkingDayFrom(due),
                clock(TestUnits.holding(CoreRoles.CLERK, tree.get(2)), id, GeneralProcedure.CLOCK_REPORT_BACK).dueOn());
    }

    @Test
    void aLitigationMatterIsDeclinedWithTheRouteNamed() {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        Long id = cases.register(clerk, township.getId(), draft("不服民事判决", uniqueId()), null).caseFile().getId();
        StepTaken declined = take(clerk, id, "declineLegalRoute",
                new StepFacts("属于诉讼程序解决的事项", null, null, null, LegalRoute.LITIGATION, null, null));
        assertEquals(GeneralProcedure.DECLINED, declined.caseFile().getStatus());
        assertEquals(NoticeKind.DECLINE, declined.notice().getNoticeKind());
        assertEquals(LegalRoute.LITIGATION, declined.step().getLegalRoute());
        assertTrue(engine.clocks(clerk, id).stream().allMatch(ClockReading::isStopped));
    }

    @Test
    void aRepeatIsLinkedAndAfterConclusionIsNotAcceptedAgain() {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller leader = TestUnits.holding(CoreRoles.LEADER, township);
        String idNumber = uniqueId();
        Long first = cases.register(leader, township.getId(), draft("小区违建遮挡采光", idNumber), null).caseFile().getId();

        Case second = cases.register(leader, township.getId(), draft("小区违建遮挡采光", idNumber), null).caseFile();
        assertNotNull(second.getRepeatOf(), "same petitioner, same matter: flagged");
        assertEquals(first, second.getRepeatOf().getId());
        Case other = cases.register(leader, township.getId(), draft("养老保险断缴补缴", idNumber), null).caseFile();
        assertNull(other.getRepeatOf(), "same petitioner, another matter: not a repeat");
        assertThrows(IllegalTransitionException.class, () -> take(leader, second.getId(), "declineRepeat", StepFacts.NONE),
                "the first case is still open");

        take(leader, first, "accept", StepFacts.NONE);
        take(leader, first, "decide", new StepFacts("已责令拆除。", null, null, Outcome.SUPPORT, null, null, null));
        testClocks.dueDaysAgo(first, GeneralProcedure.CLOCK_REVIEW_WINDOW, 1);
        take(leader, first, "concludeLapsedReview", StepFacts.NONE);

        Case again = cases.register(leader, township.getId(), draft("小区违建遮挡采光", idNumber), null).caseFile();
        assertEquals(first, again.getRepeatOf().getId());
        String firstNumber = cases.get(leader, first).caseFile().getNumber();
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        for (Caller anyone : List.of(clerk, leader)) {
            IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                    () -> take(anyone, again.getId(), "accept", StepFacts.NONE), "the same matter concluded: not accepted again");
            assertTrue(refused.getMessage().contains(firstNumber), "the refusal names the concluded case: " + refused.getMessage());
        }
        ProcedureEngine.StepOption acceptOption = engine.options(clerk, again.getId()).stream()
                .filter(o -> o.transition().name().equals("accept")).findFirst().orElseThrow();
        assertFalse(acceptOption.isAvailable(), "the case page shows the ordinary acceptance blocked, with why");
        assertTrue(acceptOption.blockedBecause().contains(firstNumber), acceptOption.blockedBecause());
        assertTrue(engine.options(clerk, again.getId()).stream().noneMatch(o -> o.transition().name().equals("acceptRepeat")),
                "a clerk is not offered the leader's acceptance");
        assertThrows(NotPermittedException.class, () -> take(clerk, again.getId(), "acceptRepeat", reason("有新的事实。")));
        InvalidInputException noReason = assertThrows(InvalidInputException.class,
                () -> take(leader, again.getId(), "acceptRepeat", StepFacts.NONE), "a leader states why");
        assertEquals("reason", noReason.problems().get(0).field());
        assertEquals(GeneralProcedure.REGISTERED, cases.get(leader, again.getId()).caseFile().getStatus(), "nothing taken");

        StepTaken declined = take(leader, again.getId(), "declineRepeat", StepFacts.NONE);
        assertEquals(NoticeKind.DECLINE, declined.notice().getNoticeKind());
        assertEquals(GeneralProcedure.DECLINED, declined.caseFile().getStatus());

        Case withNewFacts = cases.register(leader, township.getId(), draft("小区违建遮挡采光", idNumber), null).caseFile();
        assertThrows(IllegalTransitionException.class, () -> take(leader, withNewFacts.getId(), "accept", StepFacts.NONE));
        StepTaken acceptedAgain = take(leader, withNewFacts.getId(), "acceptRepeat",
                reason("违建于终结后再次加高，属新的事实，经领导批准再次受理。"));
        assertEquals(GeneralProcedure.ACCEPTED, acceptedAgain.caseFile().getStatus());
        assertEquals(NoticeKind.ACCEPTANCE, acceptedAgain.notice().getNoticeKind());
        assertEquals("违建于终结后再次加高，属新的事实，经领导批准再次受理。", acceptedAgain.step().getReason(), "the reason is in the history");

        assertThrows(IllegalTransitionException.class, () -> take(leader, other.getId(), "acceptRepeat", reason("理由。")),
                "a matter that repeats nothing concluded is accepted the ordinary way");
        assertEquals(GeneralProcedure.ACCEPTED, take(clerk, other.getId(), "accept", StepFacts.NONE).caseFile().getStatus());
    }

    @Test
    void aFilingTwoLevelsAboveTheBodyConcernedIsFlaggedAndACollectiveVisitNamesRepresentatives() {
        List<OrgUnit> tree = testUnits.cityDistrictTownship();
        Caller cityClerk = TestUnits.holding(CoreRoles.CLERK, tree.get(0));
        Case skipping = draft("镇政府未兑现拆迁安置", uniqueId());
        skipping.setConcernedUnit(tree.get(2));
        assertTrue(cases.register(cityClerk, tree.get(0).getId(), skipping, null).caseFile().isAboveCompetentLevel());
        Case oneUp = draft("镇政府未兑现拆迁安置", uniqueId());
        oneUp.setConcernedUnit(tree.get(2));
        assertFalse(cases.register(TestUnits.holding(CoreRoles.CLERK, tree.get(1)), tree.get(1).getId(), oneUp, null)
                .caseFile().isAboveCompetentLevel(), "the level directly above is competent");

        Case crowd = draft("三十户村民反映饮水安全", uniqueId());
        crowd.setHeadCount(30);
        InvalidInputException noRepresentatives = assertThrows(InvalidInputException.class,
                () -> cases.register(cityClerk, tree.get(0).getId(), crowd, null));
        assertEquals("parties", noRepresentatives.problems().get(0).field());
        crowd.addParty(new Party(PartyRole.REPRESENTATIVE, "村民代表甲", null, "13905360001", null));
        Case collective = cases.register(cityClerk, tree.get(0).getId(), crowd, null).caseFile();
        assertTrue(collective.isCollectiveVisit());
    }
}
