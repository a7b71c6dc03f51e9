package org.xinfang.plugins.discipline.joint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xinfang.plugins.discipline.joint.demo.SeedYear;

/** The year's figures follow from the joint cases: the seed's year, counted from its twelve reports. */
class FiguresTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 10, 0);

    /** The seed year's reports as rows, taken through their steps as the use cases take them. */
    static List<JointCase> seedYear() {
        List<JointCase> rows = new ArrayList<>();
        long caseId = 100;
        for (SeedYear.Report r : SeedYear.REPORTS) {
            JointCase row = new JointCase(new JointCase.Registration(6, "/1/6/", 7, r.reporter(), "/1/6/7/", caseId, "青纪" + caseId,
                    r.subject(), "某某", "某村", 7, r.region(), r.round(), YearMonth.of(2026, 11 - r.monthsAgo()), r.repeat(), r.aboutHead(),
                    EnumSet.noneOf(Eligibility.class)), "jw.clerk", NOW);
            caseId++;
            if (r.selected()) {
                row.propose(r.eligibility(), "拟列为联查件", "jw.discipline_clerk", NOW, Locale.SIMPLIFIED_CHINESE);
                row.decide(true, null, "jw.discipline_leader", NOW, Locale.SIMPLIFIED_CHINESE);
                row.takenBy(r.team(), LocalDate.of(2026, 12, 31));
                row.recordOutcome(r.outcome(), LocalDate.of(2026, 11, 1), BigDecimal.valueOf(r.moneyCollected()),
                        BigDecimal.valueOf(r.lossesRecovered()), r.contractsEnded(), BigDecimal.valueOf(r.paymentsRestored()), r.results());
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void theSeedsYearGivesTheSeedsFigures() {
        Figures.Row year = Figures.Row.count("青州市纪委监委", seedYear());
        assertEquals(12, year.found());
        assertEquals(5, year.repeats());
        assertEquals(9, year.aboutUnitHeads());
        assertEquals(9, year.selected());
        assertEquals(4, year.filed());
        assertEquals(3, year.concluded());
        assertEquals(2, year.verifying());
        assertEquals(0, new BigDecimal("83000").compareTo(year.moneyRecovered()), year.moneyRecovered().toPlainString());
        assertEquals(0, new BigDecimal("204108").compareTo(year.lossesRecovered()), "挽回经济损失20多万元");
    }

    @Test
    void eachTeamTookThreeOfTheNineSelected() {
        for (long team = 1; team <= 3; team++) {
            long id = team;
            Figures.Row row = Figures.Row.count("第" + team + "组", seedYear().stream().filter(c -> Long.valueOf(id).equals(c.getTeamId())).toList());
            assertEquals(3, row.selected(), "team " + team);
            assertEquals(row.selected(), row.filed() + row.concluded() + row.verifying(), "team " + team);
        }
    }

    @Test
    void aSelectedCaseWithoutOutcomeIsStillInVerification() {
        JointCase open = seedYear().get(9);
        open.propose(EnumSet.of(Eligibility.URGENT), "拟列为联查件", "jw.discipline_clerk", NOW, Locale.SIMPLIFIED_CHINESE);
        open.decide(true, null, "jw.discipline_leader", NOW, Locale.SIMPLIFIED_CHINESE);
        Figures.Row row = Figures.Row.count("x", List.of(open));
        assertEquals(1, row.verifying());
        assertEquals(0, BigDecimal.ZERO.compareTo(row.moneyRecovered()));
    }
}
