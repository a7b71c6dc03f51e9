package org.xinfang.it.ledgers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.UnitLevel;
import org.xinfang.core.application.cases.CaseService;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.ledgers.AlreadyRecordedException;
import org.xinfang.core.application.ledgers.DisputeInput;
import org.xinfang.core.application.ledgers.DisputeNotFoundException;
import org.xinfang.core.application.ledgers.ScreeningLedgers;
import org.xinfang.core.application.ledgers.ScreeningLedgers.Filter;
import org.xinfang.core.application.ledgers.ScreeningLedgers.Ledger;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.domain.model.screening.Dispute;
import org.xinfang.core.domain.model.screening.DisputeStatus;
import org.xinfang.core.domain.model.screening.RiskLevel;
import org.xinfang.core.domain.model.screening.ScreeningRound;
import org.xinfang.core.domain.model.supervision.ReminderKind;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;
import org.xinfang.it.Deployments;
import org.xinfang.it.deploy.InServer;
import org.xinfang.it.Race;
import org.xinfang.it.TestUnits;
import org.xinfang.it.supervision.TestStaff;

/**
 * 矛盾纠纷排查台账 in the server on the real database: disputes fall in the rounds their unit's level
 * keeps (a village twice a month, a township monthly); each is followed once to resolution or to a case
 * the keeper sees in that unit; rounds are recorded once, none found included; a high-risk dispute is
 * told to the leaders of the unit and the unit above; the monthly ledger filters without changing its
 * figures; only the unit's own clerks and leaders write, and bad input saves nothing.
 */
@ExtendWith(ArquillianExtension.class)
@InServer({TestLedgers.class, TestUnits.class, TestStaff.class, Race.class})
class ScreeningLedgerIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    ScreeningLedgers ledgers;

    @Inject
    CaseService cases;

    @Inject
    TestUnits testUnits;

    @Inject
    TestLedgers testLedgers;

    @Inject
    TestStaff staff;

    private static LocalDate today() {
        return LocalDate.now(Clocks.statutoryClock());
    }

    private static YearMonth lastMonth() {
        return YearMonth.from(today()).minusMonths(1);
    }

    private static DisputeInput dispute(OrgUnit unit, LocalDate foundOn, RiskLevel risk, String matter) {
        return new DisputeInput(unit.getId(), foundOn, "张家、李家", matter, risk, "村调委会主任王强", "村两委组织双方调解，必要时请镇司法所参与",
                foundOn.plusDays(15));
    }

    private static List<String> fields(InvalidInputException e) {
        return e.problems().stream().map(InvalidInputException.FieldProblem::field).toList();
    }

    @Test
    void aVillageScreensTwiceAMonthATownshipOnceAndEachRoundIsRecordedOnce() {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        OrgUnit village = testLedgers.unitBelow(township, UnitLevel.VILLAGE, "东村");
        Caller villageClerk = TestUnits.holding(CoreRoles.CLERK, village);
        Caller townshipClerk = TestUnits.holding(CoreRoles.CLERK, township);
        LocalDate early = lastMonth().atDay(3);
        LocalDate late = lastMonth().atDay(20);

        Dispute first = ledgers.register(villageClerk, dispute(village, early, RiskLevel.MEDIUM, "宅基地边界争议"));
        Dispute second = ledgers.register(villageClerk, dispute(village, late, RiskLevel.LOW, "灌溉用水纠纷"));
        Dispute inTownship = ledgers.register(townshipClerk, dispute(township, late, RiskLevel.LOW, "企业拖欠工资"));
        assertEquals(lastMonth().atDay(1), first.getRoundStartsOn());
        assertEquals(lastMonth().atDay(16), second.getRoundStartsOn(), "a village's second round starts on the 16th");
        assertEquals(lastMonth().atDay(1), inTownship.getRoundStartsOn(), "a township screens monthly");

        Ledger before = ledgers.ledger(villageClerk, village.getId(), lastMonth(), Filter.NONE);
        assertEquals(2, before.roundsPerMonth());
        assertEquals(2, before.rounds().size());
        assertTrue(before.rounds().stream().allMatch(r -> r.missing() && r.recorded() == null), "both rounds ended unrecorded");

        ScreeningRound recorded = ledgers.recordRound(villageClerk, village.getId(), early.plusDays(4), "全村走访排查完毕");
        assertEquals(lastMonth().atDay(1), recorded.getStartsOn());
        assertEquals(lastMonth().atDay(15), recorded.getEndsOn());
        assertEquals(1, recorded.getDisputesFound());
        AlreadyRecordedException twice = assertThrows(AlreadyRecordedException.class,
                () -> ledgers.recordRound(TestUnits.holding(CoreRoles.LEADER, village), village.getId(), early, null));
        assertEquals(List.of("day"), fields(twice));

        Ledger after = ledgers.ledger(villageClerk, village.getId(), lastMonth(), Filter.NONE);
        assertEquals(recorded.getId(), after.rounds().get(0).recorded().getId());
        assertTrue(after.rounds().get(1).missing());
        assertEquals(List.of(first.getId(), second.getId()), after.disputes().stream().map(d -> d.dispute().getId()).toList(),
                "the riskier first");

        ScreeningRound none = ledgers.recordRound(townshipClerk, township.getId(), late, "本月排查完毕");
        assertEquals(1, none.getDisputesFound());
        assertEquals(List.of("DISPUTE_REGISTERED", "DISPUTE_REGISTERED", "SCREENING_ROUND_RECORDED"), testLedgers.auditedIn(village));
    }

    @Test
    void aDisputeIsFollowedOnceToResolutionOrToACaseSeenInItsUnit() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        OrgUnit township = tree.get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        Dispute settled = ledgers.register(clerk, dispute(township, today(), RiskLevel.MEDIUM, "土地流转租金纠纷"));
        Dispute becomesCase = ledgers.register(clerk, dispute(township, today(), RiskLevel.MEDIUM, "征地补偿分配争议"));

        assertEquals(List.of("note"), fields(assertThrows(InvalidInputException.class, () -> ledgers.resolve(clerk, settled.getId(), "  "))));
        Dispute resolved = ledgers.resolve(clerk, settled.getId(), "经镇司法所调解，双方签订协议，租金已付清。");
        assertEquals(DisputeStatus.RESOLVED, resolved.getStatus());
        assertEquals(clerk.username(), resolved.getSettledBy());
        assertThrows(IllegalTransitionException.class, () -> ledgers.resolve(clerk, settled.getId(), "再次化解"));
        assertThrows(IllegalTransitionException.class, () -> ledgers.turnIntoCase(clerk, settled.getId(), 1L), "a resolved dispute stays resolved");

        Long otherTownshipCase = cases.register(TestUnits.holding(CoreRoles.CLERK, tree.get(2)), tree.get(2).getId(),
                TestLedgers.draft("乙镇的事项", today()), null).caseFile().getId();
        assertEquals(List.of("caseId"), fields(assertThrows(InvalidInputException.class,
                () -> ledgers.turnIntoCase(clerk, becomesCase.getId(), otherTownshipCase))), "a case the clerk does not see");
        Caller townshipLeader = TestUnits.holding(CoreRoles.LEADER, township);
        assertEquals(List.of("caseId"), fields(assertThrows(InvalidInputException.class,
                () -> ledgers.turnIntoCase(townshipLeader, becomesCase.getId(), null))));

        var registered = cases.register(clerk, township.getId(), TestLedgers.draft("征地补偿分配争议", today()), null).caseFile();
        Dispute linked = ledgers.turnIntoCase(townshipLeader, becomesCase.getId(), registered.getId());
        assertEquals(DisputeStatus.TURNED_INTO_CASE, linked.getStatus());
        assertEquals(registered.getId(), linked.getCaseId());
        assertEquals(registered.getNumber(), ledgers.find(clerk, linked.getId()).caseNumber());
        assertNull(ledgers.find(clerk, settled.getId()).caseNumber());
        assertTrue(testLedgers.auditedIn(township).containsAll(List.of("DISPUTE_RESOLVED", "DISPUTE_TURNED_INTO_CASE")));
    }

    @Test
    void theLedgerFiltersItsListButNotItsFigures() {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        LocalDate day = lastMonth().atDay(10);
        Dispute high = ledgers.register(clerk, dispute(township, day, RiskLevel.HIGH, "拆迁安置纠纷"));
        Dispute medium = ledgers.register(clerk, dispute(township, day, RiskLevel.MEDIUM, "物业收费纠纷"));
        ledgers.register(clerk, dispute(township, day, RiskLevel.LOW, "邻里噪声纠纷"));
        ledgers.resolve(clerk, medium.getId(), "已调解");
        ledgers.register(clerk, dispute(township, today(), RiskLevel.HIGH, "本月的纠纷"));

        Ledger onlyHigh = ledgers.ledger(clerk, township.getId(), lastMonth(), new Filter(RiskLevel.HIGH, null));
        assertEquals(List.of(high.getId()), onlyHigh.disputes().stream().map(d -> d.dispute().getId()).toList());
        assertTrue(onlyHigh.disputes().get(0).overdue(), "found on the 10th of last month with fifteen days: past its time limit");
        assertEquals(new ScreeningLedgers.Counts(3, 2, 1, 0, 2, 1, 1, 1), onlyHigh.counts(), "the month's figures, whatever the filter");
        Ledger resolved = ledgers.ledger(clerk, township.getId(), lastMonth(), new Filter(null, DisputeStatus.RESOLVED));
        assertEquals(List.of(medium.getId()), resolved.disputes().stream().map(d -> d.dispute().getId()).toList());
        assertEquals(1, ledgers.ledger(clerk, township.getId(), null, Filter.NONE).disputes().size(), "this month by default");
        assertEquals(List.of("month"), fields(assertThrows(InvalidInputException.class,
                () -> ledgers.ledger(clerk, township.getId(), YearMonth.from(today()).plusMonths(1), Filter.NONE))));
    }

    @Test
    void aHighRiskDisputeIsToldAtOnceToTheLeadersOfTheUnitAndTheUnitAbove() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        Caller townshipLeader = staff.holding(CoreRoles.LEADER, tree.get(1));
        Caller districtLeader = staff.holding(CoreRoles.LEADER, tree.get(0));
        Caller districtClerk = staff.holding(CoreRoles.CLERK, tree.get(0));
        Caller otherLeader = staff.holding(CoreRoles.LEADER, tree.get(2));
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, tree.get(1));

        ledgers.register(clerk, dispute(tree.get(1), today(), RiskLevel.LOW, "小额借贷纠纷"));
        assertTrue(staff.inboxOf(townshipLeader).isEmpty(), "a low risk goes in the ledger only");
        ledgers.register(clerk, dispute(tree.get(1), today(), RiskLevel.HIGH, "三十余户村民集体讨要征地款"));
        assertEquals(ReminderKind.DISPUTE_HIGH_RISK, staff.inboxOf(townshipLeader).get(0).getKind());
        assertTrue(staff.inboxOf(districtLeader).get(0).getBody().contains("三十余户村民集体讨要征地款"));
        assertTrue(staff.inboxOf(districtClerk).isEmpty(), "the leaders");
        assertTrue(staff.inboxOf(otherLeader).isEmpty(), "of that unit and the unit above, nobody beside");
    }

    @Test
    void onlyTheUnitsClerksAndLeadersKeepItsLedgerAndOthersSeeNothingOfIt() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        OrgUnit township = tree.get(1);
        Dispute d = ledgers.register(TestUnits.holding(CoreRoles.LEADER, township), dispute(township, today(), RiskLevel.MEDIUM, "承包地纠纷"));

        Caller handler = TestUnits.holding(CoreRoles.HANDLER, township);
        assertThrows(NotPermittedException.class, () -> ledgers.register(handler, dispute(township, today(), RiskLevel.LOW, "x")));
        assertThrows(NotPermittedException.class, () -> ledgers.resolve(handler, d.getId(), "已化解"));
        Caller districtClerk = TestUnits.holding(CoreRoles.CLERK, tree.get(0));
        assertEquals(1, ledgers.ledger(districtClerk, township.getId(), null, Filter.NONE).disputes().size(), "the unit above reads it");
        assertFalse(ledgers.ledger(districtClerk, township.getId(), null, Filter.NONE).mayKeep());
        assertThrows(NotPermittedException.class, () -> ledgers.register(districtClerk, dispute(township, today(), RiskLevel.LOW, "x")),
                "and does not keep it");

        Caller stranger = TestUnits.holding(CoreRoles.CLERK, tree.get(2));
        assertEquals(List.of("unitId"), fields(assertThrows(InvalidInputException.class,
                () -> ledgers.register(stranger, dispute(township, today(), RiskLevel.LOW, "x")))));
        assertEquals(List.of("unitId"), fields(assertThrows(InvalidInputException.class,
                () -> ledgers.ledger(stranger, township.getId(), null, Filter.NONE))));
        assertThrows(DisputeNotFoundException.class, () -> ledgers.find(stranger, d.getId()));
        assertThrows(DisputeNotFoundException.class, () -> ledgers.resolve(stranger, d.getId(), "已化解"));
        assertEquals(1, testLedgers.disputesOf(township));
    }

    @Test
    void badInputNamesEachFieldAndSavesNothing() throws Exception {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> ledgers.register(clerk, new DisputeInput(township.getId(), null, null, "", null, " ", null, null)));
        assertEquals(List.of("foundOn", "parties", "matter", "risk", "responsiblePerson", "plan", "dueOn"), fields(empty));
        assertEquals(List.of("foundOn"), fields(assertThrows(InvalidInputException.class,
                () -> ledgers.register(clerk, dispute(township, today().plusDays(1), RiskLevel.LOW, "未来的纠纷")))));
        assertEquals(List.of("dueOn"), fields(assertThrows(InvalidInputException.class, () -> ledgers.register(clerk,
                new DisputeInput(township.getId(), today(), "甲、乙", "相邻权纠纷", RiskLevel.LOW, "丙", "调解", today().minusDays(1))))));
        assertEquals(List.of("parties"), fields(assertThrows(InvalidInputException.class, () -> ledgers.register(clerk,
                new DisputeInput(township.getId(), today(), "长".repeat(501), "相邻权纠纷", RiskLevel.LOW, "丙", "调解", today())))));
        assertEquals(List.of("day"), fields(assertThrows(InvalidInputException.class,
                () -> ledgers.recordRound(clerk, township.getId(), today().plusDays(1), null))));
        assertEquals(0, testLedgers.disputesOf(township));

        Race.Outcome<Long> race = Race.atOnce(() -> ledgers.recordRound(clerk, township.getId(), today(), null).getId(),
                () -> ledgers.recordRound(TestUnits.holding(CoreRoles.LEADER, township), township.getId(), today(), "本轮未发现").getId());
        assertEquals(1, race.won().size(), "a round is recorded once: " + race.lost());
        assertTrue(race.lost().get(0) instanceof AlreadyRecordedException, String.valueOf(race.lost().get(0)));
        assertEquals(List.of("SCREENING_ROUND_RECORDED"), testLedgers.auditedIn(township));
    }
}
