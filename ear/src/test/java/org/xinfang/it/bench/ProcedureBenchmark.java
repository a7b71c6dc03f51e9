package org.xinfang.it.bench;

import jakarta.annotation.Resource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
import org.xinfang.core.domain.model.cases.ResidentIdNumbers;
import org.xinfang.core.domain.model.procedure.StepFacts;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;
import org.xinfang.it.Deployments;
import org.xinfang.it.deploy.InServer;
import org.xinfang.it.TestClocks;
import org.xinfang.it.TestUnits;
import org.xinfang.it.bench.reference.ReferenceProcedure;

/**
 * How many full procedures — register → accept (受理告知书) → decide (处理意见书) → conclude once the
 * review window has lapsed — the engine completes per second inside the server, on whatever database
 * the server runs (H2 by default, MySQL/MariaDB with -Pmysql), printed beside Flowable running the same
 * procedure on the same database and threads ({@link ReferenceProcedure}). Every step is the real use
 * case: its checks, clocks, history, PDF notice and audit event, each in its own transaction. The lapse
 * of the 30-day window is simulated by moving that clock's due date back, one UPDATE.
 *
 * <p>Flowable runs first, in the test JVM ({@code @RunAsClient}), and leaves its rates in
 * {@code ear/target/procedure-reference.txt}; xinfang runs second, in the server, and prints both.
 * Not part of the suite (its name does not end in IT); run it as docs/benchmarks.md says, or with
 * {@code -Dbench.procedures=4} as the smoke run of .ci/run. It prints its figures and appends them to
 * {@code ear/target/benchmark-results.txt}; it asserts nothing about time, only that every xinfang
 * procedure completed.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@InServer({BenchmarkReport.class, Rounds.class, TestUnits.class, TestClocks.class})
class ProcedureBenchmark {

    private static final int[] THREADS = {1, 2, 4};
    private static final String REFERENCE_FILE = "procedure-reference.txt";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
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

    /** Procedures per round, and a quarter of that to warm up (at least one). */
    private static int perRound() {
        return Integer.getInteger("bench.procedures", 120);
    }

    @Test
    @Order(1)
    @RunAsClient
    void flowableRunsTheSameProcedure() throws Exception {
        Path target = Path.of(System.getProperty("jboss.home"), "..");
        Files.write(target.resolve(REFERENCE_FILE), ReferenceProcedure.measure(target, perRound(), THREADS));
    }

    @Test
    @Order(2)
    void fullProceduresPerSecond() throws Exception {
        OrgUnit unit = testUnits.districtWithTwoTownships().get(1);
        Caller leader = TestUnits.holding(CoreRoles.LEADER, unit);
        String database = BenchmarkReport.database(dataSource);
        Map<Integer, String[]> reference = reference();
        Rounds.run(Math.max(1, perRound() / 4), 2, i -> oneProcedure(leader, unit));
        List<String> lines = new ArrayList<>();
        for (int threads : THREADS) {
            Rounds.Round round = Rounds.run(perRound(), threads, i -> oneProcedure(leader, unit));
            assertEquals(0, round.failed(), () -> "xinfang procedures failed: " + round.firstFailure());
            lines.add(String.format(Locale.ROOT, "xinfang on %s | %d thread(s) | %d procedures in %.1f s | %.1f procedures/s | %.1f steps/s | %s",
                    database, threads, perRound(), round.seconds(), round.perSecond(), round.perSecond() * 4, round.latency("procedure")));
            String[] flowable = reference.get(threads);
            if (flowable != null) {
                lines.add(flowable[2]);
                lines.add(String.format(Locale.ROOT, "xinfang / Flowable on %d thread(s): %.1f×", threads,
                        round.perSecond() / Double.parseDouble(flowable[1])));
            }
        }
        BenchmarkReport.publish(lines);
    }

    /** Flowable's rates of this run by threads: {threads, rate, line}; none when its run did not complete. */
    private static Map<Integer, String[]> reference() throws IOException {
        Path file = Path.of(System.getProperty("jboss.home.dir"), "..", REFERENCE_FILE);
        Map<Integer, String[]> byThreads = new HashMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                String[] fields = line.split("\t", 3);
                byThreads.put(Integer.parseInt(fields[0]), fields);
            }
            Files.delete(file);
        }
        return byThreads;
    }

    private void oneProcedure(Caller leader, OrgUnit unit) {
        int n = serial.incrementAndGet();
        Case draft = new Case();
        draft.setChannel(Channel.LETTER);
        draft.setSubject("基准测试事项 " + n);
        draft.setContent("第 " + n + " 件：反映物业公司未按合同提供保洁服务，要求整改。");
        draft.setCategory("城乡建设");
        draft.setReceivedOn(LocalDate.now(Clocks.statutoryClock()));
        // A distinct petitioner each time, so the repeat check compares nothing it should not.
        String first17 = "370781" + LocalDate.of(1990, 1, 1).plusDays(n / 1000).format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", n % 1000);
        draft.addParty(new Party(PartyRole.PETITIONER, "测试" + n, first17 + ResidentIdNumbers.checkCharacter(first17), null, null));
        Case c = cases.register(leader, unit.getId(), draft, null).caseFile();
        long version = engine.take(leader, c.getId(), c.getVersion(), "accept", StepFacts.NONE).caseFile().getVersion();
        version = engine.take(leader, c.getId(), version, "decide",
                new StepFacts("经调查，物业公司已整改到位。", null, null, Outcome.SUPPORT, null, null, null)).caseFile().getVersion();
        testClocks.dueDaysAgo(c.getId(), GeneralProcedure.CLOCK_REVIEW_WINDOW, 1);
        engine.take(leader, c.getId(), version, "concludeLapsedReview", StepFacts.NONE);
    }
}
