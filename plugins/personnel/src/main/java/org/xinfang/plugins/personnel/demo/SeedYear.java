package org.xinfang.plugins.personnel.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.Outcome;
import org.xinfang.plugins.personnel.BusinessCategory;
import org.xinfang.plugins.personnel.analysis.Quarter;

/**
 * The seed's year as data (seed 003: "年内共收到来信99件，接待来访18起，答复率100，办结率达90以上"):
 * ninety-nine letters and eighteen visits spread over the four quarters of a year, each with the day it
 * came, the days until its 处理意见书 and how it ended. Every matter is answered within its 60-day
 * limit (答复率 100%); the last few of each quarter are decided only after the quarter ends, so each
 * quarter's 办结率 stays just over 90%. One in five letters is addressed to the head and annotated first.
 */
public final class SeedYear {

    /** The demo bureau's key in the core's demo city. */
    public static final String BUREAU = "rs";

    /** Letters and visits per quarter, and how many of each quarter are decided after it ends. */
    static final int[] LETTERS = {24, 26, 23, 26};
    static final int[] VISITS = {4, 5, 4, 5};
    static final int[] LATE = {2, 3, 2, 2};

    /** One matter of the year. */
    public record Matter(int index, Channel channel, int headCount, BusinessCategory category, boolean toHead, LocalDate receivedOn,
                         int daysToDecision, Outcome outcome, String subject, String petitioner, String phone) {

        public LocalDate decidedOn() {
            return receivedOn.plusDays(daysToDecision);
        }
    }

    private static final String[][] SUBJECTS = {
        {"反映乡镇事业单位绩效工资未按时足额发放", "咨询艰苦边远地区津贴执行标准", "反映遗属生活困难补助未按规定调整"},
        {"要求重新核定退休前视同缴费年限", "反映退休费调整后未补发差额", "咨询提前退休的工种认定条件"},
        {"咨询中级职称评审业绩条件", "反映职称聘任后工资未兑现", "要求查询职称评审量化赋分明细"},
        {"咨询公务员招录政审标准", "反映事业单位招聘加分政策执行不一", "咨询选调生服务期满后的岗位安排"},
        {"要求补建遗失的人事档案", "反映档案转递后工龄认定前后不一", "要求查阅本人档案中的处分材料"},
        {"要求落实原下放人员回城安置政策", "反映原企业干部身份认定问题", "要求解决原民办教师教龄补贴"}};

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final String GIVEN = "建国秀英志强丽华文明桂兰国庆玉梅春生凤霞海涛红梅永福淑珍德胜";

    private SeedYear() {
    }

    /** The year's matters, received in {@code year}, the earliest first. */
    public static List<Matter> of(int year) {
        List<Matter> matters = new ArrayList<>();
        BusinessCategory[] categories = BusinessCategory.values();
        Outcome[] outcomes = {Outcome.SUPPORT, Outcome.EXPLAIN, Outcome.EXPLAIN, Outcome.REJECT};
        for (int q = 0; q < 4; q++) {
            Quarter quarter = new Quarter(year, q + 1);
            int count = LETTERS[q] + VISITS[q];
            int onTime = count - LATE[q];
            for (int i = 0; i < count; i++) {
                int n = matters.size();
                boolean visit = i % 6 == 5 && countVisits(matters, quarter) < VISITS[q] || count - i <= VISITS[q] - countVisits(matters, quarter);
                LocalDate received;
                int toDecision;
                if (i < onTime) {
                    // Spread over the quarter, leaving five weeks at its end: decided before it ends.
                    received = quarter.first().plusDays((long) i * (quarter.last().toEpochDay() - quarter.first().toEpochDay() - 35) / onTime);
                    toDecision = (int) Math.min(8 + (n % 5) * 5L, quarter.last().toEpochDay() - received.toEpochDay());
                } else {
                    // The quarter's last days: decided in the next one, well within the 60-day limit.
                    received = quarter.last().minusDays(2L * (count - i));
                    toDecision = 30;
                }
                BusinessCategory category = categories[n % categories.length];
                String subject = SUBJECTS[n % categories.length][(n / categories.length) % 3];
                String name = "" + SURNAMES.charAt(n % SURNAMES.length()) + GIVEN.substring((n * 2) % GIVEN.length(), (n * 2) % GIVEN.length() + 2);
                matters.add(new Matter(n, visit ? Channel.VISIT : (n % 3 == 0 ? Channel.MAILBOX : Channel.LETTER),
                        visit ? 1 + n % 4 : 1, category, !visit && n % 5 == 0, received, toDecision, outcomes[n % outcomes.length],
                        subject, name, String.format("1375367%04d", n)));
            }
        }
        return matters;
    }

    private static long countVisits(List<Matter> matters, Quarter quarter) {
        return matters.stream().filter(m -> m.channel() == Channel.VISIT && Quarter.of(m.receivedOn()).equals(quarter)).count();
    }
}
