package org.xinfang.it.bench;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.application.supervision.DeadlineWatch;
import org.xinfang.core.domain.model.supervision.SchedulerLeases;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.it.Deployments;
import org.xinfang.it.deploy.InServer;
import org.xinfang.it.TestUnits;

/**
 * One scan of the deadline watch over a million open statutory clocks, generated in one unit: 98% due
 * in the coming two months, 1% due within the reminder window and 1% overdue — the shape of a
 * province's open matters. It measures the first scan (every reminder, urging and proposal owed is
 * sent), then a second scan (nothing owed: the steady state of every five minutes), each with its
 * time and the heap it used, side by side with the reference: the one indexed COUNT any scan must at
 * least make. The generated rows are removed at the end.
 *
 * <p>Not part of the suite (its name does not end in IT); run it as docs/benchmarks.md says, with
 * {@code -Dbench.clocks=N} for another size. It asserts nothing about time.
 */
@ExtendWith(ArquillianExtension.class)
@InServer({BenchmarkReport.class, BulkLoad.class, TestUnits.class})
class DeadlineScanBenchmark {

    private static final int BATCH = 2_000;
    private static final String LEASE = "deadline-watch";
    private static final String HOLDER = "deadline-scan-benchmark";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    DeadlineWatch watch;

    @Inject
    TestUnits testUnits;

    @Inject
    SchedulerLeases leases;

    @Resource(lookup = "java:jboss/datasources/XinfangDS")
    DataSource dataSource;

    @Test
    void oneScanOverAMillionOpenClocks() throws Exception {
        int clocks = Integer.getInteger("bench.clocks", 1_000_000);
        OrgUnit unit = testUnits.districtWithTwoTownships().get(1);
        LocalDate today = LocalDate.now(Clocks.statutoryClock());
        String database = BenchmarkReport.database(dataSource);
        List<String> lines = new ArrayList<>();
        // The server's own five-minute scan would take part of the work: the benchmark holds the lease.
        try (Connection c = dataSource.getConnection();
             PreparedStatement take = c.prepareStatement("UPDATE scheduler_lease SET holder = ?, expires_at = ? WHERE lease_name = ?")) {
            take.setString(1, HOLDER);
            take.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now(Clocks.statutoryClock()).plusHours(3)));
            take.setString(3, LEASE);
            take.executeUpdate();
        }
        try {
            long t0 = System.nanoTime();
            generate(unit.getId(), clocks, today);
            lines.add(String.format("%s | deadline watch | generated %,d open matters with a running clock in %.1f s", database, clocks,
                    (System.nanoTime() - t0) / 1e9));

            long[] reference = timed(() -> countDue(today.plusDays(7)));
            lines.add(String.format("%s | deadline watch | reference: indexed COUNT of running clocks due within a week: %,d rows in %d ms",
                    database, reference[1], reference[0]));

            Measured first = measure(() -> watch.sweep(today));
            lines.add(String.format("%s | deadline watch | first scan over %,d clocks: %s in %.1f s, heap peak +%d MiB over the heap before",
                    database, clocks, first.report(), first.seconds(), first.peakMiB()));
            Measured steady = measure(() -> watch.sweep(today));
            lines.add(String.format("%s | deadline watch | steady scan (nothing owed) over %,d clocks: %.2f s, heap peak +%d MiB over the heap before",
                    database, clocks, steady.seconds(), steady.peakMiB()));
        } finally {
            leases.release(LEASE, HOLDER);
            long t0 = System.nanoTime();
            remove(unit.getId());
            lines.add(String.format("%s | deadline watch | removed the generated rows in %.1f s", database, (System.nanoTime() - t0) / 1e9));
            BenchmarkReport.publish(lines);
        }
    }

    private record Measured(DeadlineWatch.ScanReport report, double seconds, long peakMiB) {
    }

    private Measured measure(java.util.function.Supplier<DeadlineWatch.ScanReport> scan) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        DeadlineWatch.ScanReport report = scan.get();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Measured(report, seconds, Math.max(0, peak - before) >> 20);
    }

    private interface Counted {
        long get() throws Exception;
    }

    /** {elapsed ms, value}. */
    private static long[] timed(Counted counted) throws Exception {
        long t0 = System.nanoTime();
        long value = counted.get();
        return new long[] {(System.nanoTime() - t0) / 1_000_000, value};
    }

    /** The matters and their handling clocks: 1% overdue (1–10 days), 1% due within three days, the rest in the coming two months. */
    private void generate(long unitId, int n, LocalDate today) throws Exception {
        BulkLoad.run(dataSource, c -> insert(c, unitId, n, today));
    }

    private void insert(Connection c, long unitId, int n, LocalDate today) throws Exception {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        try (PreparedStatement cases = c.prepareStatement("INSERT INTO xf_case (case_number, unit_id, number_unit_id, case_year, case_seq,"
                + " agency_type, channel, subject, content, category, status, received_on, head_count, created_at, created_by, updated_at,"
                + " updated_by, version) VALUES (?, ?, ?, ?, ?, 'general', 'LETTER', ?, '批量生成的信访事项', '城乡建设', 'handling', ?, 1, ?, 'bench', ?, 'bench', 0)")) {
            for (int i = 1; i <= n; i++) {
                cases.setString(1, "BENCH-" + unitId + "-" + i);
                cases.setLong(2, unitId);
                cases.setLong(3, unitId);
                cases.setInt(4, 2000);
                cases.setInt(5, i);
                cases.setString(6, "批量事项 " + i);
                cases.setDate(7, Date.valueOf(today.minusDays(30)));
                cases.setTimestamp(8, now);
                cases.setTimestamp(9, now);
                cases.addBatch();
                if (i % BATCH == 0) {
                    cases.executeBatch();
                    c.commit();
                }
            }
            cases.executeBatch();
            c.commit();
        }
        try (PreparedStatement ids = c.prepareStatement("SELECT id, case_seq FROM xf_case WHERE unit_id = ? ORDER BY id");
             PreparedStatement clocks = c.prepareStatement("INSERT INTO case_clock (case_id, clock_name, day_count, days, started_on, due_on,"
                     + " extension_days, extended, paused_days, clock_status, version, due_announced, lapsed_announced)"
                     + " VALUES (?, 'handling', 'CALENDAR', 60, ?, ?, 0, FALSE, 0, 'RUNNING', 0, FALSE, FALSE)")) {
            ids.setLong(1, unitId);
            ids.setFetchSize(5_000);
            List<long[]> rows = new ArrayList<>(n);
            try (ResultSet rs = ids.executeQuery()) {
                while (rs.next()) {
                    rows.add(new long[] {rs.getLong(1), rs.getInt(2)});
                }
            }
            int k = 0;
            for (long[] row : rows) {
                int seq = (int) row[1];
                LocalDate due = seq % 100 == 0 ? today.minusDays(1 + (seq / 100) % 10)
                        : seq % 100 == 1 ? today.plusDays(seq % 3) : today.plusDays(4 + seq % 56);
                clocks.setLong(1, row[0]);
                clocks.setDate(2, Date.valueOf(due.minusDays(60)));
                clocks.setDate(3, Date.valueOf(due));
                clocks.addBatch();
                if (++k % BATCH == 0) {
                    clocks.executeBatch();
                    c.commit();
                }
            }
            clocks.executeBatch();
            c.commit();
        }
    }

    private long countDue(LocalDate horizon) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM case_clock WHERE clock_status = 'RUNNING' AND due_on <= ?")) {
            count.setDate(1, Date.valueOf(horizon));
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void remove(long unitId) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String mine = "(SELECT id FROM xf_case WHERE unit_id = " + unitId + ")";
            for (String table : List.of("inbox_message", "sent_reminder", "supervision_order", "case_clock", "matter_facts")) {
                s.executeUpdate("DELETE FROM " + table + " WHERE case_id IN " + mine);
            }
            // Their urgings' audit events stay: the audit log is append-only.
            s.executeUpdate("DELETE FROM xf_case WHERE unit_id = " + unitId);
        }
    }
}
