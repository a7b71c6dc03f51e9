package org.xinfang.it.bench;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.Outcome;
import org.xinfang.api.model.PartyRole;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.core.application.cases.CaseService;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.application.procedure.ProcedureEngine;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.Party;
import org.xinfang.core.domain.model.procedure.StepFacts;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;
import org.xinfang.it.Deployments;
import org.xinfang.it.TestClocks;
import org.xinfang.it.TestUnits;

/**
 * How many full procedures — register → accept (受理告知书) → decide (处理意见书) → conclude once the
 * review window has lapsed — the engine completes per second inside the server, on whatever database
 * the server runs (H2 by default, MySQL/MariaDB with -Pmysql). Every step is the real use case: its
 * checks, clocks, history, PDF notice and audit event, each in its own transaction. The lapse of the
 * 30-day window is simulated by moving that clock's due date back, one UPDATE.
 *
 * <p>Not part of the suite (its name does not end in IT); run it as docs/benchmarks.md says. It prints
 * its figures and appends them to {@code ear/target/benchmark-results.txt}; it asserts nothing about
 * time.
 */
@ExtendWith(ArquillianExtension.class)
class ProcedureBenchmark {

    private static final int WARM_UP = 30;
    private static final int PER_ROUND = 120;
    private static final int[] THREADS = {1, 2, 4};

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(ProcedureBenchmark.class, BenchmarkReport.class, TestUnits.class, TestClocks.class);
    }

    @Inject
    CaseService cases;

    @Inject
    ProcedureEngine engine;

    @Inject
    TestUnits testUnits;

    @Inject
    TestClocks testClocks;

    @Resource(lookup = "java:jboss/datasources/XinfangDS")
    DataSource dataSource;

    private final AtomicInteger serial = new AtomicInteger();

    @Test
    void fullProceduresPerSecond() throws Exception {
        OrgUnit unit = testUnits.districtWithTwoTownships().get(1);
        Caller leader = TestUnits.holding(CoreRoles.LEADER, unit);
        String database = BenchmarkReport.database(dataSource);
        run(leader, unit, WARM_UP, 2);
        List<String> lines = new ArrayList<>();
        for (int threads : THREADS) {
            long started = System.nanoTime();
            long[] latencies = run(leader, unit, PER_ROUND, threads);
            double seconds = (System.nanoTime() - started) / 1e9;
            Arrays.sort(latencies);
            lines.add(String.format("%s | %d thread(s) | %d procedures in %.1f s | %.1f procedures/s | %.1f steps/s | p50 %.0f ms, p95 %.0f ms per procedure",
                    database, threads, PER_ROUND, seconds, PER_ROUND / seconds, PER_ROUND * 4 / seconds,
                    latencies[latencies.length / 2] / 1e6, latencies[(int) (latencies.length * 0.95)] / 1e6));
        }
        BenchmarkReport.publish(lines);
    }

    /** {@code count} procedures on {@code threads} threads; the time each took, in nanoseconds. */
    private long[] run(Caller leader, OrgUnit unit, int count, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            done.add(pool.submit(() -> oneProcedure(leader, unit)));
        }
        long[] latencies = new long[count];
        for (int i = 0; i < count; i++) {
            latencies[i] = done.get(i).get();
        }
        pool.shutdown();
        return latencies;
    }

    private long oneProcedure(Caller leader, OrgUnit unit) {
        long started = System.nanoTime();
        int n = serial.incrementAndGet();
        Case draft = new Case();
        draft.setChannel(Channel.LETTER);
        draft.setSubject("基准测试事项 " + n);
        draft.setContent("第 " + n + " 件：反映物业公司未按合同提供保洁服务，要求整改。");
        draft.setCategory("城乡建设");
        draft.setReceivedOn(LocalDate.now(Clocks.statutoryClock()));
        // A distinct petitioner each time, so the repeat check compares nothing it should not.
        draft.addParty(new Party(PartyRole.PETITIONER, "测试" + n, String.format("37078119900101%04d", n % 10000), null, null));
        Case c = cases.register(leader, unit.getId(), draft, null).caseFile();
        long version = engine.take(leader, c.getId(), c.getVersion(), "accept", StepFacts.NONE).caseFile().getVersion();
        version = engine.take(leader, c.getId(), version, "decide",
                new StepFacts("经调查，物业公司已整改到位。", null, null, Outcome.SUPPORT, null, null, null)).caseFile().getVersion();
        testClocks.dueDaysAgo(c.getId(), GeneralProcedure.CLOCK_REVIEW_WINDOW, 1);
        engine.take(leader, c.getId(), version, "concludeLapsedReview", StepFacts.NONE);
        return System.nanoTime() - started;
    }
}
