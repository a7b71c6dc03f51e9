package org.xinfang.plugins.discipline.joint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xinfang.api.plugin.Refusal;

/** An important report's way to a joint case: proposed with at least one category, decided once, then worked to a due date. */
class JointCaseTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 10, 9, 0);

    private final JointCase report = new JointCase(new JointCase.Registration(6, "/1/6/", 7, "城关镇纪委", "/1/6/7/", 42,
            "城关纪〔2026〕42号", "反映北关村党支部书记侵占村集体土地出让金", "孙德海", "北关村党支部", 7, "城关镇纪委",
            ScreeningRound.MONTHLY, YearMonth.of(2026, 3), true, true, Set.of()), "jw-cg.discipline_clerk", NOW);

    @Test
    void aProposalNeedsAtLeastOneOfTheEightCategories() {
        Refusal refused = assertThrows(Refusal.class,
                () -> report.propose(EnumSet.noneOf(Eligibility.class), "拟列为联查件", "jw.discipline_clerk", NOW, ZH));
        assertEquals(Refusal.Kind.INVALID, refused.kind());
        assertEquals("eligibility", refused.fields().get(0).field());
        assertEquals("至少勾选一项联查范围，才能列为联查件", refused.getMessage());
        assertEquals(JointStatus.REGISTERED, report.getStatus());
    }

    @Test
    void aLeaderApprovesAProposalOnceAndTheReportBecomesAJointCase() {
        report.propose(EnumSet.of(Eligibility.CONTESTED_OR_REPEATED), "拟列为联查件", "jw.discipline_clerk", NOW, ZH);
        assertEquals(JointStatus.PROPOSED, report.getStatus());
        report.decide(true, "同意", "jw.discipline_leader", NOW, ZH);
        assertEquals(JointStatus.SELECTED, report.getStatus());
        Refusal again = assertThrows(Refusal.class, () -> report.decide(false, null, "jw.discipline_leader", NOW, ZH));
        assertEquals(Refusal.Kind.CONFLICT, again.kind());
        assertEquals("信访件城关纪〔2026〕42号当前状态为“确定为联查件”，没有待审批的拟办单", again.getMessage());
        assertThrows(Refusal.class, () -> report.propose(EnumSet.of(Eligibility.URGENT), "再报", "jw.discipline_clerk", NOW, ZH));
    }

    @Test
    void aRejectedReportMayBeProposedAgain() {
        report.propose(EnumSet.of(Eligibility.URGENT), "拟列为联查件", "jw.discipline_clerk", NOW, ZH);
        report.decide(false, "暂不列入", "jw.discipline_leader", NOW, ZH);
        assertEquals(JointStatus.REJECTED, report.getStatus());
        report.propose(EnumSet.of(Eligibility.URGENT, Eligibility.LEADER_ASSIGNED_QUICK), "补充材料后再报", "jw.discipline_clerk", NOW, ZH);
        assertEquals(JointStatus.PROPOSED, report.getStatus());
        assertEquals(null, report.getDecidedBy());
    }

    @Test
    void workNeedsASelectedCase() {
        Refusal refused = assertThrows(Refusal.class, () -> report.requireSelected(Locale.ENGLISH));
        assertEquals("Report 城关纪〔2026〕42号 is Registered: it is not a joint case", refused.getMessage());
    }

    @Test
    void aSelectedCasePastItsDueDateIsOverdueUntilConcluded() {
        report.propose(EnumSet.of(Eligibility.URGENT), "拟列为联查件", "jw.discipline_clerk", NOW, ZH);
        report.decide(true, null, "jw.discipline_leader", NOW, ZH);
        report.takenBy(1, LocalDate.of(2026, 5, 10));
        assertFalse(report.isOverdue(LocalDate.of(2026, 5, 10)));
        assertTrue(report.isOverdue(LocalDate.of(2026, 5, 11)));
        report.recordOutcome(JointOutcome.VERIFYING, LocalDate.of(2026, 5, 11), null, null, 0, null, null);
        assertTrue(report.isOverdue(LocalDate.of(2026, 5, 11)), "still in verification is still open");
        report.recordOutcome(JointOutcome.FILED, LocalDate.of(2026, 5, 12), null, null, 0, null, null);
        assertFalse(report.isOverdue(LocalDate.of(2026, 6, 1)));
    }
}
