package org.xinfang.it.prevention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinfang.it.prevention.TestPrevention.today;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.calendar.WorkCalendars;
import org.xinfang.core.application.cases.CaseNotFoundException;
import org.xinfang.core.application.cases.CaseService;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.application.procedure.ProcedureEngine;
import org.xinfang.core.application.prevention.MediationInput;
import org.xinfang.core.application.prevention.MediationOutcome;
import org.xinfang.core.application.prevention.MediationSettings;
import org.xinfang.core.application.prevention.Mediations;
import org.xinfang.core.domain.model.prevention.Mediation;
import org.xinfang.core.domain.model.prevention.MediationKind;
import org.xinfang.core.domain.model.prevention.MediationResult;
import org.xinfang.core.domain.model.procedure.CaseClock;
import org.xinfang.core.domain.model.procedure.ClockStatus;
import org.xinfang.core.domain.model.procedure.StepFacts;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;
import org.xinfang.it.Deployments;
import org.xinfang.it.deploy.InServer;
import org.xinfang.it.Race;
import org.xinfang.it.TestUnits;

/**
 * 访调对接 in the server on the real database: a case referred to mediation has its running clocks
 * paused (the default setting) and resumed with the days given back when the outcome is recorded, or
 * running on when the setting says 0; a clock a hearing paused is left to the hearing; a case has one
 * open mediation even when two desks refer it at once; a finished case is not referred; bad input is
 * named; only the staff of the case's unit act, and another district sees nothing.
 */
@ExtendWith(ArquillianExtension.class)
@InServer({TestUnits.class, TestPrevention.class, Race.class})
class MediationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    Mediations mediations;

    @Inject
    CaseService cases;

    @Inject
    ProcedureEngine engine;

    @Inject
    WorkCalendars calendars;

    @Inject
    TestUnits testUnits;

    @Inject
    TestPrevention prevention;

    @AfterEach
    void defaultSetting() {
        prevention.mediationPausesClocks(MediationSettings.DEFAULT_PAUSES_CLOCKS);
    }

    private static MediationInput people(String mediator) {
        return new MediationInput(MediationKind.PEOPLE, mediator, "工资拖欠金额及支付期限");
    }

    private static MediationOutcome settled() {
        return new MediationOutcome(MediationResult.SUCCEEDED, "用工单位于本月底前一次性支付拖欠工资 18600 元。", today());
    }

    private static List<String> fields(InvalidInputException e) {
        return e.problems().stream().map(InvalidInputException.FieldProblem::field).toList();
    }

    private Map<Long, CaseClock> clocks(Long caseId) {
        return prevention.clocksOf(caseId).stream().collect(Collectors.toMap(CaseClock::getId, Function.identity()));
    }

    @Test
    void aReferralPausesTheRunningClocksAndTheOutcomeResumesThemWithTheDaysGivenBack() {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        Long caseId = prevention.register(township, "拖欠农民工工资");
        Set<Long> running = prevention.clocksOf(caseId).stream().filter(k -> k.getStatus() == ClockStatus.RUNNING)
                .map(CaseClock::getId).collect(Collectors.toSet());
        assertFalse(running.isEmpty(), "a registered case has a running clock");

        Mediation referred = mediations.refer(clerk, caseId, people("甲镇人民调解委员会"));
        assertTrue(referred.isOpen());
        assertEquals(running, referred.getPausedClockIds(), "every running clock paused, and remembered");
        clocks(caseId).values().stream().filter(k -> running.contains(k.getId()))
                .forEach(k -> assertEquals(ClockStatus.PAUSED, k.getStatus(), k.getName()));

        prevention.pausedDaysAgo(caseId, 10);
        Mediation concluded = mediations.conclude(clerk, caseId, settled());
        assertFalse(concluded.isOpen());
        assertEquals(MediationResult.SUCCEEDED, concluded.getResult());
        for (CaseClock k : clocks(caseId).values()) {
            if (running.contains(k.getId())) {
                assertEquals(ClockStatus.RUNNING, k.getStatus(), k.getName());
                int given = (int) calendars.current().daysBetween(today().minusDays(10), today(), k.getCount());
                assertEquals(given, k.getPausedDays(), "the days in mediation are given back: " + k.getName());
                assertTrue(given > 0);
                assertEquals(calendars.current().due(k.getStartedOn(), k.getDays() + k.getExtensionDays() + given, k.getCount()), k.getDueOn(),
                        "the due date moves by them: " + k.getName());
                assertNull(k.getPausedSince());
            }
        }
        assertEquals(List.of("MEDIATION_REFERRED", "MEDIATION_CONCLUDED"),
                prevention.auditActions("Case", caseId).stream().filter(a -> a.startsWith("MEDIATION_")).toList(), "each change audited");
        Mediation again = mediations.refer(clerk, caseId, new MediationInput(MediationKind.JUDICIAL, "区人民法院诉调对接中心", null));
        assertTrue(again.isOpen(), "once the outcome is recorded the case may be referred again");
        assertEquals(2, mediations.of(clerk, caseId).size());
    }

    @Test
    void withTheSettingAtZeroTheClocksRunOn() {
        prevention.mediationPausesClocks(0);
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller handler = TestUnits.holding(CoreRoles.HANDLER, township);
        Long caseId = prevention.register(township, "小区噪音扰民");

        Mediation referred = mediations.refer(handler, caseId, new MediationInput(MediationKind.ADMINISTRATIVE, "区生态环境局", null));
        assertTrue(referred.getPausedClockIds().isEmpty());
        assertTrue(prevention.clocksOf(caseId).stream().noneMatch(k -> k.getStatus() == ClockStatus.PAUSED), "the clocks run on");

        Mediation failed = mediations.conclude(handler, caseId, new MediationOutcome(MediationResult.FAILED, null, today()));
        assertEquals(MediationResult.FAILED, failed.getResult());
        assertNull(failed.getAgreement(), "a failed mediation needs no agreement");
        assertTrue(prevention.clocksOf(caseId).stream().allMatch(k -> k.getPausedDays() == 0));
    }

    @Test
    void aSealedPetitionersNameTypedInTheMediationIsKeptAsThePseudonym() {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        Long caseId = prevention.register(township, "举报村干部侵占补偿款");
        String shown = prevention.sealPetitioner(caseId);
        assertFalse(shown.contains(TestPrevention.PETITIONER), shown);

        mediations.refer(clerk, caseId, new MediationInput(MediationKind.PEOPLE, "甲镇人民调解委员会", "王芳与村委会之间的补偿款争议"));
        mediations.conclude(clerk, caseId, new MediationOutcome(MediationResult.SUCCEEDED, "村委会向王芳补发补偿款 6000 元。", today()));
        Mediation stored = mediations.of(clerk, caseId).get(0).mediation();
        assertEquals(shown + "与村委会之间的补偿款争议", stored.getMatter());
        assertEquals("村委会向" + shown + "补发补偿款 6000 元。", stored.getAgreement());
    }

    @Test
    void aClockAHearingPausedIsLeftToTheHearing() {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        Long caseId = prevention.register(township, "宅基地界址争议");
        CaseClock first = prevention.clocksOf(caseId).get(0);
        prevention.pauseAsAHearingDoes(first.getId());

        Mediation referred = mediations.refer(clerk, caseId, people("乙村调解小组"));
        assertFalse(referred.getPausedClockIds().contains(first.getId()), "not paused by the referral");
        mediations.conclude(clerk, caseId, settled());
        assertEquals(ClockStatus.PAUSED, clocks(caseId).get(first.getId()).getStatus(), "still paused for the hearing");
    }

    @Test
    void aCaseHasOneOpenMediationEvenWhenTwoDesksReferItAtOnce() throws Exception {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        Caller leader = TestUnits.holding(CoreRoles.LEADER, township);
        Long caseId = prevention.register(township, "物业费纠纷");

        Race.Outcome<Mediation> race = Race.atOnce(() -> mediations.refer(clerk, caseId, people("甲镇人民调解委员会")),
                () -> mediations.refer(leader, caseId, new MediationInput(MediationKind.ADMINISTRATIVE, "区住建局", null)));
        assertEquals(1, race.won().size(), "one referral: " + race.lost());
        assertEquals(1, race.lost().size());
        assertInstanceOf(IllegalTransitionException.class, race.lost().get(0), String.valueOf(race.lost().get(0)));
        assertEquals(1, mediations.of(clerk, caseId).size(), "one mediation stored");

        IllegalTransitionException second = assertThrows(IllegalTransitionException.class,
                () -> mediations.refer(clerk, caseId, people("另一调解组织")));
        assertTrue(second.getMessage().contains(race.won().get(0).getMediator()), second.getMessage());
        assertFalse(mediations.mayRefer(clerk, caseId));
    }

    @Test
    void aFinishedCaseIsNotReferred() {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        Long caseId = prevention.register(township, "咨询政策");
        engine.take(clerk, caseId, cases.get(clerk, caseId).caseFile().getVersion(), "decline",
                new StepFacts("不属于信访事项，已告知", null, null, null, null, null, null));

        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> mediations.refer(clerk, caseId, people("甲镇人民调解委员会")));
        assertTrue(refused.getMessage().contains("已办结"), refused.getMessage());
        assertEquals(List.of(), mediations.of(clerk, caseId));
        assertFalse(mediations.mayRefer(clerk, caseId));
    }

    @Test
    void badInputIsNamedAndNothingChanges() {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        Long caseId = prevention.register(township, "征地补偿");

        InvalidInputException bad = assertThrows(InvalidInputException.class,
                () -> mediations.refer(clerk, caseId, new MediationInput(null, " ", "事".repeat(2001))));
        assertEquals(List.of("kind", "mediator", "matter"), fields(bad));
        assertTrue(prevention.clocksOf(caseId).stream().noneMatch(k -> k.getStatus() == ClockStatus.PAUSED), "no clock paused");
        assertThrows(IllegalTransitionException.class, () -> mediations.conclude(clerk, caseId, settled()), "none open");

        mediations.refer(clerk, caseId, people("甲镇人民调解委员会"));
        InvalidInputException noAgreement = assertThrows(InvalidInputException.class,
                () -> mediations.conclude(clerk, caseId, new MediationOutcome(MediationResult.SUCCEEDED, " ", today().plusDays(1))));
        assertEquals(List.of("agreement", "concludedOn"), fields(noAgreement).stream().sorted().toList());
        InvalidInputException beforeReferral = assertThrows(InvalidInputException.class,
                () -> mediations.conclude(clerk, caseId, new MediationOutcome(MediationResult.FAILED, null, today().minusDays(1))));
        assertEquals(List.of("concludedOn"), fields(beforeReferral));
        InvalidInputException noResult = assertThrows(InvalidInputException.class,
                () -> mediations.conclude(clerk, caseId, new MediationOutcome(null, null, null)));
        assertEquals(List.of("result", "concludedOn"), fields(noResult));
        assertTrue(mediations.of(clerk, caseId).get(0).mediation().isOpen(), "still open");
        assertTrue(prevention.clocksOf(caseId).stream().anyMatch(k -> k.getStatus() == ClockStatus.PAUSED), "still paused");
    }

    @Test
    void onlyTheStaffOfTheCasesUnitActAndAnotherDistrictSeesNothing() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        OrgUnit township = tree.get(1);
        Long caseId = prevention.register(township, "道路施工扰民");

        Caller districtLeader = TestUnits.holding(CoreRoles.LEADER, tree.get(0));
        assertThrows(NotPermittedException.class, () -> mediations.refer(districtLeader, caseId, people("区人民调解委员会")),
                "the unit above sees the case but does not refer it for the township");
        assertThrows(CaseNotFoundException.class, () -> mediations.refer(TestUnits.holding(CoreRoles.CLERK, tree.get(2)), caseId, people("乙镇")));
        Caller otherDistrict = TestUnits.holding(CoreRoles.LEADER, testUnits.districtWithTwoTownships().get(0));
        assertThrows(CaseNotFoundException.class, () -> mediations.of(otherDistrict, caseId));
        assertThrows(CaseNotFoundException.class, () -> mediations.conclude(otherDistrict, caseId, settled()));

        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        mediations.refer(clerk, caseId, people("甲镇人民调解委员会"));
        assertFalse(mediations.of(districtLeader, caseId).get(0).mayConclude(), "read-only above");
        assertTrue(mediations.of(clerk, caseId).get(0).mayConclude());
        assertThrows(NotPermittedException.class, () -> mediations.conclude(districtLeader, caseId, settled()));
    }
}
