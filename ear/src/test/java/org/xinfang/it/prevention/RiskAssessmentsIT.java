package org.xinfang.it.prevention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinfang.it.prevention.TestPrevention.today;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.application.prevention.AssessmentInput;
import org.xinfang.core.application.kernel.RecordNotFoundException;
import org.xinfang.core.application.prevention.RiskAssessments;
import org.xinfang.core.application.prevention.RiskAssessments.Closing;
import org.xinfang.core.application.prevention.RiskAssessments.FollowUpInput;
import org.xinfang.core.domain.model.prevention.AssessmentStatus;
import org.xinfang.core.domain.model.prevention.RiskAssessment;
import org.xinfang.core.domain.model.prevention.RiskRating;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;
import org.xinfang.it.Deployments;
import org.xinfang.it.deploy.InServer;
import org.xinfang.it.TestUnits;

/**
 * 信访稳定风险评估 in the server on the real database: a township's clerk records a project's
 * assessment before it starts, follows its conditions up and closes it; an assessment dated after the
 * planned start is refused on that field; every bad field is named and nothing is half-saved; only the
 * unit's clerks and leaders write, the unit and those above read, a sibling and another district see nothing.
 */
@ExtendWith(ArquillianExtension.class)
@InServer({TestUnits.class, TestPrevention.class})
class RiskAssessmentsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    RiskAssessments assessments;

    @Inject
    TestUnits testUnits;

    @Inject
    TestPrevention prevention;

    private static AssessmentInput project(OrgUnit unit, String name, LocalDate assessedOn, LocalDate plannedStart) {
        return new AssessmentInput(unit.getId(), name, "青州城投公司", plannedStart, assessedOn,
                "涉及 120 户房屋征收，补偿标准与周边项目不一致，群众意见较大。", RiskRating.HIGH,
                "开工前完成入户走访，补偿方案公示 15 日；设立项目信访接待点。");
    }

    private static List<String> fields(InvalidInputException e) {
        return e.problems().stream().map(InvalidInputException.FieldProblem::field).toList();
    }

    private List<Long> idsSeenBy(Caller caller, Long unitId) {
        return assessments.list(caller, unitId, null, null).stream().map(RiskAssessment::getId).toList();
    }

    @Test
    void aClerkRecordsAProjectBeforeItStartsFollowsItUpAndClosesIt() {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);

        RiskAssessment saved = assessments.record(clerk, project(township, "城东棚户区改造", today(), today().plusDays(30)));
        assertEquals(AssessmentStatus.ASSESSED, saved.getStatus());
        assertEquals(RiskRating.HIGH, saved.getRating());
        assertEquals(township.getId(), saved.getUnit().getId());
        assertTrue(assessments.mayChange(clerk, saved));

        assessments.followUp(clerk, saved.getId(), new FollowUpInput(today(), "已入户走访 96 户，补偿方案已公示。"));
        RiskAssessment followed = assessments.followUp(clerk, saved.getId(), new FollowUpInput(today(), "信访接待点已设立。"));
        assertEquals(AssessmentStatus.FOLLOWED_UP, followed.getStatus());
        assertEquals(List.of("已入户走访 96 户，补偿方案已公示。", "信访接待点已设立。"),
                assessments.get(clerk, saved.getId()).getFollowUps().stream().map(f -> f.getNote()).toList());

        RiskAssessment closed = assessments.close(clerk, saved.getId(), new Closing("条件均已落实，项目如期开工。"));
        assertEquals(AssessmentStatus.CLOSED, closed.getStatus());
        assertEquals("条件均已落实，项目如期开工。", closed.getClosingNote());
        assertFalse(assessments.mayChange(clerk, closed));
        assertThrows(IllegalTransitionException.class,
                () -> assessments.followUp(clerk, saved.getId(), new FollowUpInput(today(), "再次跟踪")), "a closed assessment takes no follow-up");
        assertThrows(IllegalTransitionException.class, () -> assessments.close(clerk, saved.getId(), new Closing(null)));
        assertEquals(List.of("RISK_ASSESSED", "RISK_FOLLOWED_UP", "RISK_FOLLOWED_UP", "RISK_ASSESSMENT_CLOSED"),
                prevention.auditActions("RiskAssessment", saved.getId()));
    }

    @Test
    void anAssessmentDatedAfterThePlannedStartIsRefusedOnItsDate() {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);

        InvalidInputException late = assertThrows(InvalidInputException.class,
                () -> assessments.record(clerk, project(township, "已开工的道路拓宽", today(), today().minusDays(1))));
        assertEquals(List.of("assessedOn"), fields(late));
        assertTrue(late.problems().get(0).message().contains("计划开工日期"), late.getMessage());
        assertEquals(List.of(), idsSeenBy(clerk, township.getId()), "nothing saved");

        RiskAssessment sameDay = assessments.record(clerk, project(township, "当日开工的管网改造", today(), today()));
        assertEquals(today(), sameDay.getAssessedOn(), "assessed on the day it starts is in time");
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsSaved() {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);

        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> assessments.record(clerk,
                new AssessmentInput(township.getId(), " ", "业".repeat(201), null, today().plusDays(1), null, null, "条".repeat(4001))));
        assertEquals(List.of("projectName", "projectOwner", "plannedStart", "assessedOn", "risks", "riskRating", "conditions"), fields(bad));
        assertTrue(bad.problems().stream().anyMatch(p -> p.field().equals("riskRating") && p.message().contains("高、中或低")), bad.getMessage());
        assertEquals(List.of(), idsSeenBy(clerk, township.getId()));

        RiskAssessment saved = assessments.record(clerk, project(township, "垃圾中转站选址", today().minusDays(3), today().plusDays(60)));
        InvalidInputException future = assertThrows(InvalidInputException.class,
                () -> assessments.followUp(clerk, saved.getId(), new FollowUpInput(today().plusDays(1), " ")));
        assertEquals(List.of("followedOn", "note"), fields(future));
        InvalidInputException early = assertThrows(InvalidInputException.class,
                () -> assessments.followUp(clerk, saved.getId(), new FollowUpInput(today().minusDays(4), "提前跟踪")));
        assertEquals(List.of("followedOn"), fields(early), "not before the assessment");
        assertThrows(InvalidInputException.class, () -> assessments.close(clerk, saved.getId(), new Closing("说".repeat(1001))));
        RiskAssessment unchanged = assessments.get(clerk, saved.getId());
        assertEquals(AssessmentStatus.ASSESSED, unchanged.getStatus());
        assertTrue(unchanged.getFollowUps().isEmpty());
        InvalidInputException order = assertThrows(InvalidInputException.class,
                () -> assessments.list(clerk, township.getId(), today(), today().minusDays(1)));
        assertEquals(List.of("to"), fields(order));
    }

    @Test
    void theUnitsClerksAndLeadersWriteTheUnitAndThoseAboveReadOthersSeeNothing() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        OrgUnit district = tree.get(0);
        OrgUnit township = tree.get(1);
        OrgUnit sibling = tree.get(2);
        Caller leader = TestUnits.holding(CoreRoles.LEADER, township);
        RiskAssessment saved = assessments.record(leader, project(township, "工业园区扩建", today(), today().plusDays(90)));

        assertThrows(NotPermittedException.class, () -> assessments.record(TestUnits.holding(CoreRoles.HANDLER, township),
                project(township, "承办人不记录", today(), today().plusDays(9))), "a handler does not record");
        Caller districtLeader = TestUnits.holding(CoreRoles.LEADER, district);
        assertThrows(NotPermittedException.class, () -> assessments.record(districtLeader,
                project(township, "上级不代记", today(), today().plusDays(9))), "the unit above does not write for the township");
        assertThrows(NotPermittedException.class, () -> assessments.followUp(districtLeader, saved.getId(), new FollowUpInput(today(), "上级跟踪")));

        assertEquals(saved.getId(), assessments.get(districtLeader, saved.getId()).getId(), "the unit above reads it");
        assertTrue(idsSeenBy(districtLeader, null).contains(saved.getId()));
        assertTrue(idsSeenBy(districtLeader, township.getId()).contains(saved.getId()));
        assertFalse(assessments.mayChange(districtLeader, saved));

        Caller siblingClerk = TestUnits.holding(CoreRoles.CLERK, sibling);
        assertThrows(RecordNotFoundException.class, () -> assessments.get(siblingClerk, saved.getId()));
        assertThrows(RecordNotFoundException.class, () -> assessments.followUp(siblingClerk, saved.getId(), new FollowUpInput(today(), "越界")));
        assertFalse(idsSeenBy(siblingClerk, null).contains(saved.getId()));
        InvalidInputException notSeen = assertThrows(InvalidInputException.class, () -> assessments.list(siblingClerk, township.getId(), null, null));
        assertEquals(List.of("unitId"), fields(notSeen));

        Caller otherDistrict = TestUnits.holding(CoreRoles.LEADER, testUnits.districtWithTwoTownships().get(0));
        assertEquals(List.of(), idsSeenBy(otherDistrict, null), "another district sees none of it");
        assertThrows(RecordNotFoundException.class, () -> assessments.get(otherDistrict, saved.getId()));
        assertThrows(RecordNotFoundException.class, () -> assessments.get(leader, 999_999_999L), "no such one reads the same");
    }
}
