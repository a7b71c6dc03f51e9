package org.xinfang.plugins.discipline.joint.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.xinfang.plugins.discipline.joint.Eligibility;
import org.xinfang.plugins.discipline.joint.JointOutcome;
import org.xinfang.plugins.discipline.joint.ScreeningRound;

/**
 * The seed's year as data: which reports were found by whom, which were selected, which team took
 * each, and how each ended. The reports themselves are demo cases of {@code demo/discipline/cases.json},
 * found by their subject. Team 1 has a member from 城关镇 and so takes 桃源镇's cases; team 2 the
 * reverse; team 3 is the city committee's own.
 */
public final class SeedYear {

    /** The demo units, by their key in the core's demo city. */
    public static final String CITY = "jw";
    public static final String CHENGGUAN = "jw-cg";
    public static final String TAOYUAN = "jw-ty";

    /**
     * One important report of the year.
     *
     * @param reporter    the unit key that registered it (the office: {@link #CITY})
     * @param region      the unit key of the accused's region
     * @param monthsAgo   when it was found, counted back from this month (kept within this year)
     * @param team        the team (1–3) that took it, or 0 when it was not selected
     * @param outcome     null when not selected
     */
    public record Report(String subject, String reporter, String region, ScreeningRound round, int monthsAgo, boolean repeat,
                         boolean aboutHead, Set<Eligibility> eligibility, int team, JointOutcome outcome, long moneyCollected,
                         long lossesRecovered, int contractsEnded, long paymentsRestored, String results) {

        public boolean selected() {
            return team > 0;
        }
    }

    /** A standing team: its leader (a standing-committee member) and members, by name and unit key. */
    public record TeamPlan(String name, String leader, List<String[]> members) {
    }

    private static Set<Eligibility> of(Eligibility first, Eligibility... rest) {
        return EnumSet.of(first, rest);
    }

    public static final List<Report> REPORTS = List.of(
            new Report("反映北关村党支部书记侵占村集体土地出让金", CHENGGUAN, CHENGGUAN, ScreeningRound.MONTHLY, 6, true, true,
                    of(Eligibility.CONTESTED_OR_REPEATED, Eligibility.RECUSAL_OR_HARD_TO_VERIFY), 2, JointOutcome.FILED,
                    30_000, 60_000, 2, 0, "终止出让合同2份"),
            new Report("反映东街村村委会主任虚报冒领粮食直补款", CITY, CHENGGUAN, ScreeningRound.CONCENTRATED, 8, true, true,
                    of(Eligibility.ESCALATED_COLLECTIVE_OR_LONGSTANDING, Eligibility.SERIOUS_VIOLATION), 2, JointOutcome.FILED,
                    25_000, 31_840, 0, 31_840, "责成调整发放农业税减免款31840元"),
            new Report("反映城关镇财政所所长违规发放补贴", CHENGGUAN, CHENGGUAN, ScreeningRound.MONTHLY, 5, false, true,
                    of(Eligibility.RECUSAL_OR_HARD_TO_VERIFY), 2, JointOutcome.CONCLUDED, 0, 0, 0, 0, "反映问题部分属实，已责令整改"),
            new Report("反映南沟村村委会主任截留村集体借款", TAOYUAN, TAOYUAN, ScreeningRound.MONTHLY, 7, true, true,
                    of(Eligibility.CONTESTED_OR_REPEATED, Eligibility.SERIOUS_VIOLATION), 1, JointOutcome.FILED,
                    28_000, 44_768, 0, 0, "追回拖欠村委会逾期借款本息44768元"),
            new Report("反映西岭村党支部书记拒不兑现承包合同", TAOYUAN, TAOYUAN, ScreeningRound.MONTHLY, 4, false, true,
                    of(Eligibility.URGENT), 1, JointOutcome.CONCLUDED, 0, 22_500, 0, 22_500, "兑现承包合同1份，补交村委会款额22500元"),
            new Report("反映桃源镇农经站站长挪用土地补偿款", CITY, TAOYUAN, ScreeningRound.CONCENTRATED, 8, true, true,
                    of(Eligibility.CONTESTED_OR_REPEATED, Eligibility.TRANSFERRED_OVERDUE), 1, JointOutcome.VERIFYING, 0, 0, 0, 0, null),
            new Report("反映南关村会计私分集体资金", CITY, CHENGGUAN, ScreeningRound.CONCENTRATED, 8, false, false,
                    of(Eligibility.SERIOUS_VIOLATION), 3, JointOutcome.FILED, 0, 45_000, 0, 0, "调整222亩旱地粮食直补款"),
            new Report("反映桃源镇中学校长违规收费", TAOYUAN, TAOYUAN, ScreeningRound.MONTHLY, 3, false, true,
                    of(Eligibility.REQUESTED_BY_BASIC_LEVEL), 3, JointOutcome.CONCLUDED, 0, 0, 0, 0, "已清退违规收费，信访人表示满意"),
            new Report("反映城关镇城建办主任索要好处费", CITY, CHENGGUAN, ScreeningRound.CONCENTRATED, 8, false, true,
                    of(Eligibility.LEADER_ASSIGNED_QUICK, Eligibility.RECUSAL_OR_HARD_TO_VERIFY), 3, JointOutcome.VERIFYING, 0, 0, 0, 0, null),
            new Report("反映北山村党支部书记违规确定低保对象", TAOYUAN, TAOYUAN, ScreeningRound.MONTHLY, 2, true, false,
                    EnumSet.noneOf(Eligibility.class), 0, null, 0, 0, 0, 0, null),
            new Report("反映村民小组长分配宅基地优亲厚友", CHENGGUAN, CHENGGUAN, ScreeningRound.MONTHLY, 2, false, false,
                    EnumSet.noneOf(Eligibility.class), 0, null, 0, 0, 0, 0, null),
            new Report("反映桃源镇卫生院院长收受药品回扣", CITY, TAOYUAN, ScreeningRound.CONCENTRATED, 8, false, true,
                    EnumSet.noneOf(Eligibility.class), 0, null, 0, 0, 0, 0, null));

    /** Members as {name, unit key, post}; every one approved, the leaders standing-committee members. */
    public static final List<TeamPlan> TEAMS = List.of(
            new TeamPlan("第一联查组", "王建国", List.of(new String[] {"李明", CITY, "第一纪检监察室主任"},
                    new String[] {"陈刚", CHENGGUAN, "城关镇纪委副书记"})),
            new TeamPlan("第二联查组", "赵敏", List.of(new String[] {"刘洋", CITY, "第二纪检监察室副主任"},
                    new String[] {"孙丽", TAOYUAN, "桃源镇纪委委员"})),
            new TeamPlan("第三联查组", "周强", List.of(new String[] {"吴斌", CITY, "案件审理室主任"},
                    new String[] {"郑华", CITY, "信访室副主任"})));

    private SeedYear() {
    }
}
