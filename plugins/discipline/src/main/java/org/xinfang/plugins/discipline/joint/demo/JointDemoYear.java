package org.xinfang.plugins.discipline.joint.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.event.DemoSeeded;
import org.xinfang.api.port.CaseFacts;
import org.xinfang.api.port.CaseReader;
import org.xinfang.api.port.Organisation;
import org.xinfang.plugins.discipline.DisciplinePlugin;
import org.xinfang.plugins.discipline.joint.JointCase;
import org.xinfang.plugins.discipline.joint.PoolMember;
import org.xinfang.plugins.discipline.joint.Team;
import org.xinfang.plugins.discipline.joint.application.Investigations;
import org.xinfang.plugins.discipline.joint.application.Screening;
import org.xinfang.plugins.discipline.joint.application.Selection;
import org.xinfang.plugins.discipline.joint.application.Teams;

/**
 * Replays {@link SeedYear} once the core has seeded the demo city, as the demo committee's own staff
 * would, through the joint investigation's use cases: the pool and the three teams, the twelve
 * important reports registered by the office and the two townships, the monthly returns (桃源镇's
 * last one missing, so the page has a flag to show), the nine 拟办单 approved, the cases given to
 * the teams and their outcomes. One of the cases still in verification is past its due date.
 */
@ApplicationScoped
public class JointDemoYear {

    private static final Logger LOG = Logger.getLogger(JointDemoYear.class.getName());

    @Inject
    private Screening screening;

    @Inject
    private Selection selection;

    @Inject
    private Teams teams;

    @Inject
    private Investigations investigations;

    @Inject
    private CaseReader cases;

    @Inject
    private Organisation organisation;

    @Inject
    private Clock clock;

    void onDemoSeeded(@Observes DemoSeeded seeded) {
        Long city = seeded.unitIds().get(SeedYear.CITY);
        if (city == null || !seeded.unitIds().containsKey(SeedYear.CHENGGUAN) || !seeded.unitIds().containsKey(SeedYear.TAOYUAN)) {
            return;
        }
        Map<String, Organisation.Unit> units = new HashMap<>();
        for (String key : List.of(SeedYear.CITY, SeedYear.CHENGGUAN, SeedYear.TAOYUAN)) {
            units.put(key, organisation.unit(seeded.unitIds().get(key)).orElseThrow());
        }
        Caller office = staff(units.get(SeedYear.CITY), DisciplinePlugin.ROLE_CLERK);
        Caller leader = staff(units.get(SeedYear.CITY), DisciplinePlugin.ROLE_LEADER);
        Caller investigator = staff(units.get(SeedYear.CITY), DisciplinePlugin.ROLE_INVESTIGATOR);
        long committee = city;

        List<Team> formed = formTeams(office, leader, committee, units);
        Map<String, CaseFacts> bySubject = new HashMap<>();
        cases.ofAgency(leader, DisciplinePlugin.ID, 1000).forEach(c -> bySubject.putIfAbsent(c.subject(), c));
        LocalDate today = LocalDate.now(clock);
        int registered = 0;
        for (SeedYear.Report report : SeedYear.REPORTS) {
            CaseFacts facts = bySubject.get(report.subject());
            if (facts == null) {
                throw new IllegalStateException("The demo case '" + report.subject() + "' of demo/discipline/cases.json was not seeded");
            }
            Caller reporter = report.reporter().equals(SeedYear.CITY) ? office : staff(units.get(report.reporter()), DisciplinePlugin.ROLE_CLERK);
            JointCase c = screening.register(reporter, new Screening.Request(committee, units.get(report.reporter()).id(), facts.id(),
                    units.get(report.region()).id(), report.round(), month(report.monthsAgo()), report.repeat(), report.aboutHead(),
                    report.eligibility()));
            registered++;
            if (!report.selected()) {
                continue;
            }
            selection.propose(office, c.getId(), report.eligibility(), "拟列为联查件，由联查小组交叉调查。");
            selection.decide(leader, c.getId(), true, "同意。");
            teams.assign(leader, c.getId(), formed.get(report.team() - 1).getId(), today.plusDays(60));
            investigations.recordWork(investigator, c.getId(), "调取账目、走访知情群众、约谈被反映人，分两步开展初步核实。", null, null);
            if (report.outcome() == org.xinfang.plugins.discipline.joint.JointOutcome.VERIFYING && report.team() == 3) {
                // One open case already past its date: the overdue flag has something to show.
                investigations.recordWork(leader, c.getId(), null, "已完成账目核查，待约谈被反映人。", today.minusDays(5));
            }
            investigations.recordOutcome(investigator, c.getId(), new Investigations.Outcome(report.outcome(), today,
                    BigDecimal.valueOf(report.moneyCollected()), BigDecimal.valueOf(report.lossesRecovered()), report.contractsEnded(),
                    BigDecimal.valueOf(report.paymentsRestored()), report.results()));
        }
        returnMonths(units);
        LOG.info("Demo joint investigations: " + registered + " important reports, " + formed.size() + " teams");
    }

    /** The pool (everyone approved) and the three standing teams. */
    private List<Team> formTeams(Caller office, Caller leader, long committee, Map<String, Organisation.Unit> units) {
        return SeedYear.TEAMS.stream().map(plan -> {
            PoolMember head = pooled(office, leader, committee, plan.leader(), units.get(SeedYear.CITY), "纪委常委", true);
            List<Long> members = plan.members().stream()
                    .map(m -> pooled(office, leader, committee, m[0], units.get(m[1]), m[2], false).getId()).toList();
            return teams.form(leader, committee, plan.name(), head.getId(), members);
        }).toList();
    }

    private PoolMember pooled(Caller office, Caller leader, long committee, String name, Organisation.Unit unit, String post,
                              boolean standing) {
        PoolMember member = teams.addToPool(office, committee, new Teams.Candidate(name, unit.id(), post, null, standing));
        return teams.approve(leader, committee, member.getId());
    }

    /** 城关镇 returned every month up to last month; 桃源镇 all but last month, which is flagged after the due day. */
    private void returnMonths(Map<String, Organisation.Unit> units) {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        Caller chengguan = staff(units.get(SeedYear.CHENGGUAN), DisciplinePlugin.ROLE_CLERK);
        Caller taoyuan = staff(units.get(SeedYear.TAOYUAN), DisciplinePlugin.ROLE_CLERK);
        long committee = units.get(SeedYear.CITY).id();
        for (YearMonth m = month(8); !m.isAfter(last); m = m.plusMonths(1)) {
            screening.returnMonth(chengguan, committee, units.get(SeedYear.CHENGGUAN).id(), m);
            if (m.isBefore(last)) {
                screening.returnMonth(taoyuan, committee, units.get(SeedYear.TAOYUAN).id(), m);
            }
        }
    }

    /** {@code monthsAgo} months back from this one, but never before January: the demo year is this year. */
    private YearMonth month(int monthsAgo) {
        YearMonth now = YearMonth.now(clock);
        YearMonth back = now.minusMonths(monthsAgo);
        return back.getYear() < now.getYear() ? YearMonth.of(now.getYear(), 1) : back;
    }

    /** The demo user holding {@code role} in the unit, as the seeded city names them ({@code jw.discipline_clerk}). */
    private Caller staff(Organisation.Unit unit, String role) {
        String name = organisation.members(unit.id(), role).stream().findFirst().map(Organisation.Member::displayName).orElse(unit.shortName());
        String username = organisation.members(unit.id(), role).stream().findFirst().map(Organisation.Member::username)
                .orElse("system:demo-data");
        return new Caller(username, name, List.of(new Caller.Grant(role, unit.id(), unit.path(), unit.agencyType())),
                Locale.SIMPLIFIED_CHINESE);
    }
}
