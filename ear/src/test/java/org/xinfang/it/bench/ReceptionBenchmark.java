package org.xinfang.it.bench;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.application.reception.PetitionerInput;
import org.xinfang.core.application.reception.Reception;
import org.xinfang.core.application.reception.RotaRuleInput;
import org.xinfang.core.domain.model.reception.Recurrence;
import org.xinfang.core.domain.model.reception.RotaPattern;
import org.xinfang.core.domain.model.reception.RotaRule;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;
import org.xinfang.it.Deployments;
import org.xinfang.it.deploy.InServer;
import org.xinfang.it.TestUnits;

/**
 * How many desk bookings the server takes per second, each the real use case: application number,
 * the rule's and the session's rows locked, the booking rules, the appointment, the written
 * 接访通知书 rendered to PDF and stored, the audit event — on whatever database the server runs.
 * Two shapes: bookings spread over a rule's coming sessions, and every booking on one session (all
 * queue on its lock, the worst case of a popular leader's day).
 *
 * <p>Not part of the suite (its name does not end in IT); run it as docs/benchmarks.md says. It prints
 * its figures and appends them to {@code ear/target/benchmark-results.txt}; it asserts nothing about time.
 */
@ExtendWith(ArquillianExtension.class)
@InServer({BenchmarkReport.class, Rounds.class, TestUnits.class})
class ReceptionBenchmark {

    private static final int WARM_UP = 30;
    /** Bookings per round: 150, or a handful for the smoke run of .ci/run (-Dbench.bookings=4). */
    private static final int PER_ROUND = Integer.getInteger("bench.bookings", 150);
    private static final int[] THREADS = {1, 2, 4};

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    Reception reception;

    @Inject
    TestUnits testUnits;

    @Resource(lookup = "java:jboss/datasources/XinfangDS")
    DataSource dataSource;

    private final AtomicInteger serial = new AtomicInteger();

    @Test
    void bookingsPerSecond() throws Exception {
        OrgUnit unit = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, unit);
        String database = BenchmarkReport.database(dataSource);
        run(clerk, sessions(clerk, unit), WARM_UP, 2);
        List<String> lines = new ArrayList<>();
        for (int threads : THREADS) {
            List<Long> spread = sessions(clerk, unit);
            lines.add(round(database, "spread over " + spread.size() + " sessions", clerk, spread, threads));
            List<Long> one = sessions(clerk, unit).subList(0, 1);
            lines.add(round(database, "all on one session", clerk, one, threads));
        }
        BenchmarkReport.publish(lines);
    }

    private String round(String database, String shape, Caller clerk, List<Long> sessions, int threads) throws Exception {
        Rounds.Round round = run(clerk, sessions, PER_ROUND, threads);
        return String.format("%s | bookings %s | %d thread(s) | %d in %.1f s | %.1f bookings/s | p50 %.0f ms, p95 %.0f ms",
                database, shape, threads, PER_ROUND, round.seconds(), round.perSecond(),
                round.percentileMillis(0.5), round.percentileMillis(0.95));
    }

    /** A new weekly rule with room for every booking of a round, and its coming sessions. */
    private List<Long> sessions(Caller clerk, OrgUnit unit) {
        LocalDate from = LocalDate.now(Clocks.statutoryClock()).plusDays(1);
        RotaRule rule = new RotaRule("基准" + serial.incrementAndGet(), "副区长", null, null, "区信访接待中心", null, 200,
                LocalTime.of(9, 0), LocalTime.of(11, 30));
        // The use case saves a rule of its own from the input: its sessions are found by that rule's id.
        Long saved = reception.createRule(clerk, unit.getId(),
                RotaRuleInput.of(rule, new RotaPattern(Recurrence.WEEKLY, DayOfWeek.WEDNESDAY, from, from.plusWeeks(12)))).rule().getId();
        return reception.slots(clerk, unit.getId(), from, from.plusWeeks(12)).stream()
                .filter(v -> v.slot().getRule().getId().equals(saved)).map(v -> v.slot().getId()).toList();
    }

    /** {@code count} bookings on {@code threads} threads, round-robin over {@code sessions}; every one must succeed. */
    private Rounds.Round run(Caller clerk, List<Long> sessions, int count, int threads) throws Exception {
        Rounds.Round round = Rounds.run(count, threads, i -> {
            int n = serial.incrementAndGet();
            reception.book(clerk, sessions.get(i % sessions.size()),
                    new PetitionerInput("测试" + n, "反映物业服务问题 " + n, String.format("139%08d", n), null, 1));
        });
        if (round.failed() > 0) {
            throw new IllegalStateException(round.failed() + " bookings failed, first: " + round.firstFailure());
        }
        return round;
    }
}
