package org.xinfang.it.bench;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
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
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.Channel;
import org.xinfang.core.application.figures.Figures;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.domain.model.figures.MatterFactsRepository.Part;
import org.xinfang.core.domain.model.figures.Rate;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;
import org.xinfang.it.Deployments;
import org.xinfang.it.TestUnits;
import org.xinfang.it.deploy.InServer;

/**
 * A leader's figures over many matters: a city, a district and a township of their own with {@code
 * bench.matters} matters (default a million) received over the past year, each with its facts row in the
 * shape of a busy year — most answered, some late, most accepted ones decided, some rated, reviewed or
 * repeated — then the year's report for the city (every rate, by unit, agency, channel, category and
 * month) and a figure's matters, each timed over rounds with p50 and p95, side by side with their
 * reference: the indexed COUNT of the year's rows that any report must at least make. The rows are removed
 * at the end.
 *
 * <p>It generates cases and their facts only — not the steps, notices and clocks the facts are derived from
 * (issue 13 asks that of the million-matter generator still to come); the report reads the facts alone. Not
 * part of the suite's timing: {@code .ci/run} runs it with a tiny count; it asserts nothing about time.
 */
@ExtendWith(ArquillianExtension.class)
@InServer({BenchmarkReport.class, BulkLoad.class, Rounds.class, TestUnits.class})
class FiguresBenchmark {

    private static final int BATCH = 2_000;
    private static final int ROUNDS = 10;
    private static final Channel[] CHANNELS = Channel.values();
    private static final String[] CATEGORIES = {"城乡建设", "劳动社保", "征地拆迁", "环境保护", "涉法涉诉", "农村农业", "教育文体", "卫生健康", "交通运输", "党风廉政"};

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    Figures figures;

    @Inject
    TestUnits testUnits;

    @Resource(lookup = "java:jboss/datasources/XinfangDS")
    DataSource dataSource;

    @Test
    void aYearsFiguresOverAMillionMatters() throws Exception {
        int n = Integer.getInteger("bench.matters", 1_000_000);
        List<OrgUnit> tree = testUnits.cityDistrictTownship();
        LocalDate today = LocalDate.now(Clocks.statutoryClock());
        LocalDate from = today.minusDays(364);
        String database = BenchmarkReport.database(dataSource);
        Caller leader = TestUnits.holding(CoreRoles.LEADER, tree.get(0));
        List<String> lines = new ArrayList<>();
        try {
            long t0 = System.nanoTime();
            BulkLoad.run(dataSource, c -> generate(c, tree, n, today));
            lines.add(String.format("%s | figures | generated %,d matters with their facts over a year, in a city, a district and a township, in %.1f s",
                    database, n, (System.nanoTime() - t0) / 1e9));

            long[] counted = new long[1];
            Rounds.Round reference = measured(n2 -> counted[0] = countYear(tree, from, today));
            lines.add(String.format("%s | figures | reference: indexed COUNT of the year's facts rows (%,d): %s",
                    database, counted[0], reference.latency("count")));
            long[] received = new long[1];
            Rounds.Round report = measured(n2 -> received[0] = figures.report(leader, tree.get(0).getId(), from, today).total().received());
            lines.add(String.format("%s | figures | the year's report for the city (%,d matters; 11 rates in total and by unit, agency, channel,"
                    + " category, month): %s", database, received[0], report.latency("report")));
            long[] listed = new long[1];
            Rounds.Round behind = measured(n2 -> listed[0] = figures.behind(leader, tree.get(0).getId(), from, today, Rate.CONCLUDED, Part.MISSED,
                    Figures.Narrowing.NONE).total());
            lines.add(String.format("%s | figures | the matters behind 办结率's missed (%,d; at most %d read): %s",
                    database, listed[0], Figures.MOST_LISTED, behind.latency("list")));
        } finally {
            long t0 = System.nanoTime();
            remove(tree);
            lines.add(String.format("%s | figures | removed the generated rows in %.1f s", database, (System.nanoTime() - t0) / 1e9));
            BenchmarkReport.publish(lines);
        }
    }

    /** One call to warm up, then {@link #ROUNDS} timed one after another. */
    private static Rounds.Round measured(Rounds.Work work) throws Exception {
        work.run(0);
        return Rounds.run(ROUNDS, 1, work);
    }

    private static void generate(Connection c, List<OrgUnit> tree, int n, LocalDate today) throws Exception {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        try (PreparedStatement cases = c.prepareStatement("INSERT INTO xf_case (case_number, unit_id, number_unit_id, case_year, case_seq,"
                + " agency_type, channel, subject, content, category, status, received_on, head_count, created_at, created_by, updated_at,"
                + " updated_by, version) VALUES (?, ?, ?, ?, ?, 'general', ?, ?, '批量生成的信访事项', ?, 'handling', ?, 1, ?, 'bench', ?, 'bench', 0)")) {
            for (int i = 1; i <= n; i++) {
                OrgUnit unit = tree.get(i % tree.size());
                cases.setString(1, "FIG-" + unit.getId() + "-" + i);
                cases.setLong(2, unit.getId());
                cases.setLong(3, unit.getId());
                cases.setInt(4, 2000);
                cases.setInt(5, i);
                cases.setString(6, CHANNELS[i % CHANNELS.length].name());
                cases.setString(7, "批量事项 " + i);
                cases.setString(8, CATEGORIES[i % CATEGORIES.length]);
                cases.setDate(9, Date.valueOf(today.minusDays(i % 365)));
                cases.setTimestamp(10, now);
                cases.setTimestamp(11, now);
                cases.addBatch();
                if (i % BATCH == 0) {
                    cases.executeBatch();
                    c.commit();
                }
            }
            cases.executeBatch();
            c.commit();
        }
        String units = tree.stream().map(u -> String.valueOf(u.getId())).collect(Collectors.joining(","));
        try (Statement ids = c.createStatement();
             PreparedStatement facts = c.prepareStatement("INSERT INTO matter_facts (case_id, unit_id, agency_type, channel, category, received_on,"
                     + " repeat_matter, above_level, answer_due_on, answered_on, accepted_on, declined_on, litigation, handling_due_on, decided_on,"
                     + " rated_on, rating, review_asked_on, repeated_on) VALUES (?, ?, 'general', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ids.setFetchSize(5_000);
            List<long[]> rows = new ArrayList<>(n);
            try (ResultSet rs = ids.executeQuery("SELECT id, case_seq, unit_id FROM xf_case WHERE unit_id IN (" + units + ") ORDER BY id")) {
                while (rs.next()) {
                    rows.add(new long[] {rs.getLong(1), rs.getInt(2), rs.getLong(3)});
                }
            }
            int k = 0;
            for (long[] row : rows) {
                facts(facts, row[0], (int) row[1], row[2], today);
                facts.addBatch();
                if (++k % BATCH == 0) {
                    facts.executeBatch();
                    c.commit();
                }
            }
            facts.executeBatch();
            c.commit();
        }
    }

    /** Matter {@code i}'s facts in the shape of a busy year; a day after today is one that has not come. */
    private static void facts(PreparedStatement f, long caseId, int i, long unitId, LocalDate today) throws Exception {
        LocalDate received = today.minusDays(i % 365);
        LocalDate answerDue = received.plusDays(15);
        LocalDate answered = i % 100 < 90 ? received.plusDays(i % 19) : null;       // a tenth never answered; some after day 15
        boolean accepted = answered != null && i % 10 != 0;
        LocalDate handlingDue = accepted ? answered.plusDays(60) : null;
        LocalDate decided = accepted && i % 100 < 75 ? answered.plusDays(i % 70) : null; // some after day 60
        LocalDate rated = decided != null && i % 5 < 3 ? decided.plusDays(3) : null;
        f.setLong(1, caseId);
        f.setLong(2, unitId);
        f.setString(3, CHANNELS[i % CHANNELS.length].name());
        f.setString(4, CATEGORIES[i % CATEGORIES.length]);
        f.setDate(5, Date.valueOf(received));
        f.setBoolean(6, i % 20 == 0);
        f.setBoolean(7, i % 50 == 0);
        f.setDate(8, Date.valueOf(answerDue));
        f.setDate(9, day(answered, today));
        f.setDate(10, accepted ? day(answered, today) : null);
        f.setDate(11, answered != null && !accepted ? day(answered, today) : null);
        f.setBoolean(12, answered != null && !accepted && i % 3 == 0);
        f.setDate(13, handlingDue == null ? null : Date.valueOf(handlingDue));
        f.setDate(14, day(decided, today));
        f.setDate(15, day(rated, today));
        f.setString(16, day(rated, today) == null ? null : i % 10 < 7 ? "SATISFIED" : i % 10 < 9 ? "BASICALLY_SATISFIED" : "UNSATISFIED");
        f.setDate(17, decided != null && i % 10 == 1 ? day(decided.plusDays(10), today) : null);
        f.setDate(18, decided != null && i % 33 == 0 ? day(decided.plusDays(20), today) : null);
    }

    private static Date day(LocalDate d, LocalDate today) {
        return d == null || d.isAfter(today) ? null : Date.valueOf(d);
    }

    private long countYear(List<OrgUnit> tree, LocalDate from, LocalDate to) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM matter_facts WHERE received_on BETWEEN ? AND ? AND unit_id IN ("
                     + tree.stream().map(u -> "?").collect(Collectors.joining(",")) + ")")) {
            count.setDate(1, Date.valueOf(from));
            count.setDate(2, Date.valueOf(to));
            for (int i = 0; i < tree.size(); i++) {
                count.setLong(3 + i, tree.get(i).getId());
            }
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void remove(List<OrgUnit> tree) throws Exception {
        String units = tree.stream().map(u -> String.valueOf(u.getId())).collect(Collectors.joining(","));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM matter_facts WHERE unit_id IN (" + units + ")");
            s.executeUpdate("DELETE FROM xf_case WHERE unit_id IN (" + units + ")");
        }
    }
}
