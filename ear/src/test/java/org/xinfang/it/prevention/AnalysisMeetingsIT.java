package org.xinfang.it.prevention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinfang.it.prevention.TestPrevention.today;

import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.application.prevention.AnalysisMeetings;
import org.xinfang.core.application.prevention.AnalysisMeetings.DecisionView;
import org.xinfang.core.application.prevention.AnalysisMeetings.Done;
import org.xinfang.core.application.prevention.AnalysisMeetings.MeetingView;
import org.xinfang.core.application.prevention.MeetingInput;
import org.xinfang.core.application.prevention.MeetingInput.DecisionInput;
import org.xinfang.core.application.kernel.RecordNotFoundException;
import org.xinfang.core.domain.model.prevention.AnalysisMeeting;
import org.xinfang.core.domain.model.prevention.MeetingDecision;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;
import org.xinfang.it.Deployments;
import org.xinfang.it.deploy.InServer;
import org.xinfang.it.TestUnits;

/**
 * 信访形势分析研判例会 in the server on the real database: a district records its monthly meeting with
 * the matters of its townships it reviewed and its decisions; an undone decision past its date is
 * overdue until it is followed up; case ids the caller may not use are refused by id in the same words
 * whether they exist or not; bad input is named; the unit above reads, a sibling and another district
 * see nothing.
 */
@ExtendWith(ArquillianExtension.class)
@InServer({TestUnits.class, TestPrevention.class})
class AnalysisMeetingsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    AnalysisMeetings meetings;

    @Inject
    TestUnits testUnits;

    @Inject
    TestPrevention prevention;

    private static List<String> fields(InvalidInputException e) {
        return e.problems().stream().map(InvalidInputException.FieldProblem::field).toList();
    }

    private static MeetingInput meeting(OrgUnit unit, List<Long> caseIds, DecisionInput... decisions) {
        return new MeetingInput(unit.getId(), today().minusDays(5), YearMonth.from(today().minusDays(5)), "区委副书记、信访局局长、各镇分管领导",
                "本月来信来访量环比下降，征地拆迁类仍居首位。", caseIds, Arrays.asList(decisions));
    }

    private List<Long> meetingIdsSeenBy(Caller caller, Long unitId, YearMonth month) {
        return meetings.list(caller, unitId, month).stream().map(v -> v.meeting().getId()).toList();
    }

    @Test
    void aMeetingReviewsMattersAndItsDecisionsAreFollowedUpTheLateOnesFlagged() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        OrgUnit district = tree.get(0);
        Long townshipCase = prevention.register(tree.get(1), "村集体土地收益分配");
        Long districtCase = prevention.register(district, "拆迁安置房质量");
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, district);

        AnalysisMeeting saved = meetings.record(clerk, meeting(district, List.of(townshipCase, districtCase, townshipCase),
                new DecisionInput("甲镇三日内入户核实土地收益分配情况", "李明（甲镇副镇长）", today().minusDays(2)),
                new DecisionInput("住建局组织安置房质量检测并公示结果", "张华（区住建局副局长）", today().plusDays(20))));
        assertEquals(YearMonth.from(today().minusDays(5)), saved.getMonth());
        assertEquals(2, saved.getCaseIds().size(), "each matter once");

        MeetingView view = meetings.get(clerk, saved.getId());
        assertEquals(List.of(townshipCase, districtCase).stream().sorted().toList(), view.matters().stream().map(m -> m.caseId()).toList());
        assertTrue(view.matters().stream().allMatch(m -> m.number() != null && m.subject() != null), "numbers and subjects shown");
        assertEquals(List.of(true, false), view.decisions().stream().map(DecisionView::overdue).toList(), "the first is past its date");
        assertTrue(view.mayFollowUp());

        MeetingDecision late = view.decisions().get(0).decision();
        MeetingDecision done = meetings.done(clerk, late.getId(), new Done("已入户核实 43 户，分配方案已张榜公示。"));
        assertTrue(done.isDone());
        assertEquals(clerk.username(), done.getDoneBy());
        assertEquals(List.of(false, false), meetings.get(clerk, saved.getId()).decisions().stream().map(DecisionView::overdue).toList(),
                "done is no longer overdue");
        assertThrows(IllegalTransitionException.class, () -> meetings.done(clerk, late.getId(), new Done("再记一次")));

        YearMonth month = YearMonth.from(today().minusDays(5));
        assertTrue(meetingIdsSeenBy(clerk, district.getId(), month).contains(saved.getId()));
        assertFalse(meetingIdsSeenBy(clerk, district.getId(), month.minusMonths(1)).contains(saved.getId()), "listed under its month only");
        assertEquals(List.of("MEETING_RECORDED", "MEETING_DECISION_DONE"), prevention.auditActions("AnalysisMeeting", saved.getId()));
    }

    @Test
    void aSealedPetitionersNameInTheMinutesIsKeptAsThePseudonym() {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Long caseId = prevention.register(township, "举报工程款去向");
        String shown = prevention.sealPetitioner(caseId);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);

        AnalysisMeeting saved = meetings.record(clerk, new MeetingInput(township.getId(), today(), YearMonth.from(today()), "镇党委书记、纪委书记",
                "王芳反映的工程款去向问题须查清。", List.of(caseId), List.of(new DecisionInput("向王芳书面反馈核查结果", "周强", today().plusDays(15)))));
        MeetingView view = meetings.get(clerk, saved.getId());
        assertEquals(shown + "反映的工程款去向问题须查清。", view.meeting().getSituation());
        assertEquals("向" + shown + "书面反馈核查结果", view.decisions().get(0).decision().getText());
        MeetingDecision done = meetings.done(clerk, view.decisions().get(0).decision().getId(), new Done("已向王芳当面反馈。"));
        assertEquals("已向" + shown + "当面反馈。", done.getDoneNote());
    }

    @Test
    void caseIdsTheCallerMayNotUseAreRefusedByIdInTheSameWords() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        OrgUnit township = tree.get(1);
        OrgUnit sibling = tree.get(2);
        Long ownCase = prevention.register(township, "自来水管网改造");
        Long siblingCase = prevention.register(sibling, "学校周边交通");
        Long otherDistrictCase = prevention.register(testUnits.districtWithTwoTownships().get(0), "外区事项");
        long nonExistent = 999_999_999L;
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> meetings.record(clerk, meeting(township, List.of(ownCase, siblingCase, nonExistent, otherDistrictCase))));
        assertEquals(List.of("caseIds"), fields(refused));
        String message = refused.problems().get(0).message();
        assertTrue(message.startsWith("事项 " + siblingCase + "、" + nonExistent + "、" + otherDistrictCase + " 不存在"),
                "the ids refused, in the order given, and only those: " + message);
        String forMissing = assertThrows(InvalidInputException.class,
                () -> meetings.record(clerk, meeting(township, List.of(nonExistent)))).problems().get(0).message();
        String forUnseen = assertThrows(InvalidInputException.class,
                () -> meetings.record(clerk, meeting(township, List.of(siblingCase)))).problems().get(0).message();
        assertEquals(forMissing.replace(String.valueOf(nonExistent), "#"), forUnseen.replace(String.valueOf(siblingCase), "#"),
                "a case that exists elsewhere reads like one that does not exist");
        assertEquals(List.of(), meetingIdsSeenBy(clerk, township.getId(), null), "nothing saved");

        Caller bothTownships = new Caller("it-both-" + township.getCode(), "两镇登记员",
                List.of(new Caller.Grant(CoreRoles.CLERK, township.getId(), township.getPath(), township.getAgencyType()),
                        new Caller.Grant(CoreRoles.CLERK, sibling.getId(), sibling.getPath(), sibling.getAgencyType())),
                Locale.SIMPLIFIED_CHINESE);
        InvalidInputException outsideUnit = assertThrows(InvalidInputException.class,
                () -> meetings.record(bothTownships, meeting(township, List.of(siblingCase))));
        assertTrue(outsideUnit.problems().get(0).message().contains(String.valueOf(siblingCase)),
                "a case the caller sees in another unit is not this unit's matter");
        assertNotNull(meetings.record(bothTownships, meeting(township, List.of(ownCase))).getId());
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsSaved() {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);

        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> meetings.record(clerk,
                new MeetingInput(township.getId(), today(), YearMonth.from(today()).plusMonths(1), " ", null, Arrays.asList(1L, null),
                        List.of(new DecisionInput(" ", null, today()), new DecisionInput("复查", "王强", today().minusDays(1))))));
        assertEquals(List.of("attendees", "caseIds", "decisions[0].decision", "decisions[0].responsible", "decisions[1].dueOn", "month"),
                fields(bad).stream().sorted().toList(), bad.getMessage());
        InvalidInputException future = assertThrows(InvalidInputException.class, () -> meetings.record(clerk,
                new MeetingInput(township.getId(), today().plusDays(1), YearMonth.from(today()), "参会人员", null, null, null)));
        assertEquals(List.of("meetingDate"), fields(future));
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> meetings.record(clerk,
                new MeetingInput(township.getId(), null, null, null, null, null, null)));
        assertEquals(List.of("meetingDate", "month", "attendees"), fields(missing));
        assertEquals(List.of(), meetingIdsSeenBy(clerk, township.getId(), null));

        AnalysisMeeting saved = meetings.record(clerk, meeting(township, List.of(),
                new DecisionInput("排查辖区内在建项目欠薪隐患", "赵敏", today().plusDays(10))));
        Long decisionId = saved.getDecisions().get(0).getId();
        InvalidInputException noNote = assertThrows(InvalidInputException.class, () -> meetings.done(clerk, decisionId, new Done(" ")));
        assertEquals(List.of("note"), fields(noNote));
        assertFalse(meetings.get(clerk, saved.getId()).decisions().get(0).decision().isDone());
    }

    @Test
    void theUnitAboveReadsOnlyTheUnitFollowsUpOthersSeeNothing() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        OrgUnit township = tree.get(1);
        Caller leader = TestUnits.holding(CoreRoles.LEADER, township);
        AnalysisMeeting saved = meetings.record(leader, meeting(township, List.of(),
                new DecisionInput("约谈欠薪企业负责人", "孙立（镇人社所所长）", today().plusDays(7))));
        Long decisionId = saved.getDecisions().get(0).getId();

        Caller districtLeader = TestUnits.holding(CoreRoles.LEADER, tree.get(0));
        assertTrue(meetingIdsSeenBy(districtLeader, null, null).contains(saved.getId()), "the unit above reads it");
        assertFalse(meetings.get(districtLeader, saved.getId()).mayFollowUp());
        assertThrows(NotPermittedException.class, () -> meetings.done(districtLeader, decisionId, new Done("上级代记")));
        assertThrows(NotPermittedException.class, () -> meetings.record(districtLeader, meeting(township, List.of())),
                "the unit above does not record for the township");
        assertThrows(NotPermittedException.class, () -> meetings.record(TestUnits.holding(CoreRoles.HANDLER, township),
                meeting(township, List.of())), "a handler does not record");

        Caller siblingClerk = TestUnits.holding(CoreRoles.CLERK, tree.get(2));
        assertFalse(meetingIdsSeenBy(siblingClerk, null, null).contains(saved.getId()));
        assertThrows(RecordNotFoundException.class, () -> meetings.get(siblingClerk, saved.getId()));
        assertThrows(RecordNotFoundException.class, () -> meetings.done(siblingClerk, decisionId, new Done("越界")));
        assertEquals(List.of("unitId"), fields(assertThrows(InvalidInputException.class,
                () -> meetings.list(siblingClerk, township.getId(), null))));
        Caller otherDistrict = TestUnits.holding(CoreRoles.LEADER, testUnits.districtWithTwoTownships().get(0));
        assertEquals(List.of(), meetingIdsSeenBy(otherDistrict, null, null), "another district sees none of it");
        assertThrows(RecordNotFoundException.class, () -> meetings.done(leader, 999_999_999L, new Done("不存在")));
    }
}
