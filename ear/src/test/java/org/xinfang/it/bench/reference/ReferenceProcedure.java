package org.xinfang.it.bench.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.flowable.common.engine.impl.AbstractEngineConfiguration;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.task.api.Task;
import org.xinfang.it.bench.Rounds;

/**
 * The general procedure run by Flowable, the engine peers build such systems on: the same four steps
 * (register, accept with its notice, decide with its notice, conclude), each its own transaction, each
 * under a timer (src/test/resources/bench/procedure.bpmn20.xml). It runs in the test JVM, never in the
 * EAR, on the database the server under test uses: an H2 2.2 file of its own (H2's default mode: the
 * Flowable schema script fails under MODE=MySQL) or the MySQL/MariaDB database of MYSQL_URL.
 */
public final class ReferenceProcedure implements AutoCloseable {

    private final ProcessEngine engine;
    private final String databaseName;

    private ReferenceProcedure(ProcessEngineConfiguration configuration) throws SQLException {
        this.engine = configuration.buildProcessEngine();
        try (Connection connection = configuration.getDataSource().getConnection()) {
            this.databaseName = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        }
        engine.getRepositoryService().createDeployment().addClasspathResource("bench/procedure.bpmn20.xml").deploy();
    }

    /**
     * On H2, in a fresh file under {@code directory}, writing each commit before it returns as xinfang's
     * datasource does (WRITE_DELAY=0): both engines give the same durability.
     */
    public static ReferenceProcedure onH2(Path directory) throws IOException, SQLException {
        if (Files.exists(directory)) {
            try (Stream<Path> old = Files.walk(directory)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return new ReferenceProcedure(configuration()
                .setJdbcUrl("jdbc:h2:file:" + directory.resolve("flowable").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0")
                .setJdbcDriver("org.h2.Driver").setJdbcUsername("sa").setJdbcPassword("sa"));
    }

    /** On MySQL/MariaDB, its tables (ACT_…) beside xinfang's in the same database, created afresh. */
    public static ReferenceProcedure onMysql(String url, String user, String password) throws SQLException {
        // Without nullCatalogMeansCurrent Connector/J reports tables of every database, and Flowable would
        // take another database's ACT_ tables for its own.
        String separator = url.contains("?") ? "&" : "?";
        return new ReferenceProcedure(configuration().setJdbcUrl(url + separator + "nullCatalogMeansCurrent=true")
                .setJdbcDriver("com.mysql.cj.jdbc.Driver").setJdbcUsername(user).setJdbcPassword(password));
    }

    private static ProcessEngineConfiguration configuration() {
        return ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setDatabaseSchemaUpdate(AbstractEngineConfiguration.DB_SCHEMA_UPDATE_DROP_CREATE)
                // Timers are created and cancelled with their tasks; none falls due during a run.
                .setAsyncExecutorActivate(false)
                .setJdbcMaxActiveConnections(10);
    }

    /**
     * Flowable's rounds, as ProcedureBenchmark runs xinfang's: a quarter round on two threads to warm up,
     * then {@code perRound} procedures on each of {@code threads}; a line per round, "threads TAB rate TAB
     * figures". On MySQL/MariaDB when the system property {@code bench.database} says so (the database of
     * MYSQL_URL, as the server's datasource defaults it), else on H2 under {@code target}.
     */
    public static List<String> measure(Path target, int perRound, int[] threads) throws Exception {
        List<String> lines = new ArrayList<>();
        Map<String, String> env = System.getenv();
        try (ReferenceProcedure flowable = "mysql".equals(System.getProperty("bench.database"))
                ? onMysql(env.getOrDefault("MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/xinfang"),
                        env.getOrDefault("MYSQL_USER", "xinfang"), env.getOrDefault("MYSQL_PASSWORD", "xinfang"))
                : onH2(target.resolve("flowable-bench"))) {
            AtomicInteger serial = new AtomicInteger();
            Rounds.run(Math.max(1, perRound / 4), 2, n -> flowable.runOne(serial.incrementAndGet()));
            for (int t : threads) {
                Rounds.Round round = Rounds.run(perRound, t, n -> flowable.runOne(serial.incrementAndGet()));
                lines.add(String.format(Locale.ROOT, "%d\t%.2f\tFlowable 8.0.0 on %s | %d thread(s) | %d procedures in %.1f s | %.1f procedures/s | %s",
                        t, round.perSecond(), flowable.database(), t, perRound, round.seconds(), round.perSecond(),
                        round.latency("procedure")));
            }
        }
        return lines;
    }

    /** The database as Flowable names it. */
    public String database() {
        return databaseName;
    }

    /** One procedure, start to end: four transactions, two notices rendered and stored. */
    public void runOne(int serial) {
        String petitioner = "测试" + serial;
        String processId = engine.getRuntimeService().startProcessInstanceByKey("generalProcedure", "XF-BENCH-" + serial,
                Map.of("serial", serial, "caseNumber", "XF-BENCH-" + serial, "petitioner", petitioner,
                        "subject", "基准测试事项 " + serial,
                        "content", "第 " + serial + " 件：反映物业公司未按合同提供保洁服务，要求整改。")).getId();
        complete(processId, "accept", Map.of());
        complete(processId, "decide", Map.of("reason", "经调查，物业公司已整改到位。"));
        complete(processId, "conclude", Map.of());
    }

    private void complete(String processId, String step, Map<String, Object> variables) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(processId).taskDefinitionKey(step)
                .singleResult();
        engine.getTaskService().complete(task.getId(), variables);
    }

    @Override
    public void close() {
        engine.close();
    }
}
