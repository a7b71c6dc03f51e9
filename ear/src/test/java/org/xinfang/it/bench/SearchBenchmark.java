package org.xinfang.it.bench;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.Channel;
import org.xinfang.core.application.cases.CaseService;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.domain.model.cases.CaseQuery;
import org.xinfang.core.domain.model.cases.MatterIndex;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;
import org.xinfang.it.Deployments;
import org.xinfang.it.TestUnits;
import org.xinfang.it.deploy.InServer;

/**
 * The case list's full-text search over many matters (ADR 0041): a city, a district and a township of their
 * own with {@code bench.matters} matters (default a million) whose subjects, contents and petitioners are
 * made of a petition office's vocabulary; the index rebuilt from the database (the mass indexing an
 * administrator starts), then a city leader's searches — a common phrase, a rare name, two fragments, a
 * fragment that is no word — each as the list page asks it (the first twenty, newest first, with the
 * total), timed over rounds with p50 and p95 side by side with their reference: the substring match the
 * list made before, {@code LIKE '%…%'} on subject, content and the petitioner's name, on the same rows; and
 * the first page without words beside the SQL of the newest twenty ids. The rows are removed at the end and
 * the index rebuilt. Prints; asserts only that each search found what the
 * substring match finds (up to the index's cap), not how fast.
 */
@ExtendWith(ArquillianExtension.class)
@InServer({BenchmarkReport.class, BulkLoad.class, Rounds.class, TestUnits.class})
class SearchBenchmark {

    private static final int BATCH = 2_000;
    private static final int ROUNDS = 20;
    private static final String[] WHAT = {"拖欠工资", "征地补偿", "房屋拆迁", "物业纠纷", "噪声扰民", "医疗纠纷", "社保缴纳", "土地承包", "环境污染",
            "违章建筑", "教师待遇", "退役安置", "低保申请", "交通事故赔偿", "山林权属", "企业改制", "供暖收费", "养老保险"};
    private static final String[] WHERE = {"小区", "村委会", "工地", "街道", "工业园", "学校", "医院", "镇政府", "开发公司", "建筑公司"};
    private static final String[] ASK = {"请求依法处理", "要求给予答复", "多次反映未果", "希望尽快解决", "请求协调", "要求追究责任"};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉兰春梅海燕";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    CaseService cases;

    @Inject
    MatterIndex index;

    @Inject
    TestUnits testUnits;

    @Resource(lookup = "java:jboss/datasources/XinfangDS")
    DataSource dataSource;

    @Test
    void searchesOverAMillionMatters() throws Exception {
        int n = Integer.getInteger("bench.matters", 1_000_000);
        List<OrgUnit> tree = testUnits.cityDistrictTownship();
        LocalDate today = LocalDate.now(Clocks.statutoryClock());
        String database = BenchmarkReport.database(dataSource);
        Caller leader = TestUnits.holding(CoreRoles.LEADER, tree.get(0));
        String rareName = "欧阳" + "检索测试";
        List<String> lines = new ArrayList<>();
        try {
            long t0 = System.nanoTime();
            BulkLoad.run(dataSource, c -> generate(c, tree, n, today, rareName));
            lines.add(String.format("%s | search | generated %,d matters with their petitioners in a city, a district and a township, in %.1f s",
                    database, n, (System.nanoTime() - t0) / 1e9));
            t0 = System.nanoTime();
            long[] progress = new long[2];
            index.rebuild(new MatterIndex.Progress() {
                @Override
                public void toDo(long more) {
                    progress[0] += more;
                }

                @Override
                public void done(long more) {
                    progress[1] += more;
                }
            });
            double seconds = (System.nanoTime() - t0) / 1e9;
            lines.add(String.format("%s | search | the index rebuilt: %,d of %,d matters in %.1f s (%,.0f a second), %,.0f MB on disk",
                    database, progress[1], progress[0], seconds, progress[1] / seconds, megabytes(Path.of(System.getProperty("jboss.server.data.dir"),
                            "search"))));

            long[] listed = new long[1];
            Rounds.Round firstPage = measured(i -> listed[0] = cases.list(leader, CaseQuery.firstPage()).total());
            Rounds.Round newest = measured(i -> newestTwenty(tree));
            lines.add(String.format("%s | search | the list's first page without words (%,d matters): %s | reference: the newest twenty ids"
                    + " in SQL %s", database, listed[0], firstPage.latency("page"), newest.latency("query")));
            for (String words : List.of("拖欠工资", rareName, "工业园 噪声扰民", "补偿问")) {
                long[] found = new long[1];
                Rounds.Round search = measured(i -> found[0] = cases.list(leader, query(words)).total());
                long[] like = new long[1];
                Rounds.Round reference = measured(i -> like[0] = likeCount(tree, words));
                // The index finds what the substring match finds (up to its cap), no more, no fewer.
                if (found[0] == 0 || found[0] != Math.min(like[0], MatterIndex.MOST_MATCHES)) {
                    throw new AssertionError("\"" + words + "\" found " + found[0] + " by the index and " + like[0] + " by LIKE");
                }
                lines.add(String.format("%s | search | \"%s\": the list's first page %s (%,d found, at most %,d) | reference LIKE on subject"
                                + " and content %s (%,d rows)", database, words, search.latency("search"), found[0], MatterIndex.MOST_MATCHES,
                        reference.latency("count"), like[0]));
            }
        } finally {
            long t0 = System.nanoTime();
            remove(tree);
            index.rebuild(new MatterIndex.Progress() {
                @Override
                public void toDo(long more) {
                }

                @Override
                public void done(long more) {
                }
            });
            lines.add(String.format("%s | search | removed the generated rows and rebuilt the index in %.1f s", database, (System.nanoTime() - t0) / 1e9));
            BenchmarkReport.publish(lines);
        }
    }

    /** The size of the Lucene index's files (0 on another backend). */
    private static double megabytes(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum() / 1e6;
        }
    }

    private static CaseQuery query(String words) {
        return new CaseQuery(null, null, null, null, words, null, CaseQuery.SortField.receivedOn, false, 0, 20);
    }

    /** One call to warm up, then {@link #ROUNDS} timed one after another. */
    private static Rounds.Round measured(Rounds.Work work) throws Exception {
        work.run(0);
        return Rounds.run(ROUNDS, 1, work);
    }

    private static void generate(Connection c, List<OrgUnit> tree, int n, LocalDate today, String rareName) throws Exception {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        SplittableRandom random = new SplittableRandom(13);
        Channel[] channels = Channel.values();
        try (PreparedStatement matters = c.prepareStatement("INSERT INTO xf_case (case_number, unit_id, number_unit_id, case_year, case_seq,"
                + " agency_type, channel, subject, content, category, status, received_on, head_count, created_at, created_by, updated_at,"
                + " updated_by, version) VALUES (?, ?, ?, ?, ?, 'general', ?, ?, ?, '综合', 'handling', ?, 1, ?, 'bench', ?, 'bench', 0)")) {
            for (int i = 1; i <= n; i++) {
                OrgUnit unit = tree.get(i % tree.size());
                String what = WHAT[random.nextInt(WHAT.length)];
                String where = WHERE[random.nextInt(WHERE.length)];
                matters.setString(1, "SRCH-" + unit.getId() + "-" + i);
                matters.setLong(2, unit.getId());
                matters.setLong(3, unit.getId());
                matters.setInt(4, 2000);
                matters.setInt(5, i);
                matters.setString(6, channels[i % channels.length].name());
                matters.setString(7, "反映" + where + what + "问题");
                matters.setString(8, "信访人反映：" + where + "第" + (i % 97 + 1) + "号" + what + "，"
                        + WHAT[random.nextInt(WHAT.length)] + "一事" + ASK[random.nextInt(ASK.length)] + "。");
                matters.setDate(9, Date.valueOf(today.minusDays(i % 365)));
                matters.setTimestamp(10, now);
                matters.setTimestamp(11, now);
                matters.addBatch();
                if (i % BATCH == 0) {
                    matters.executeBatch();
                    c.commit();
                }
            }
            matters.executeBatch();
            c.commit();
        }
        String units = tree.stream().map(u -> String.valueOf(u.getId())).collect(Collectors.joining(","));
        try (Statement ids = c.createStatement();
             PreparedStatement parties = c.prepareStatement("INSERT INTO party (case_id, party_role, name, ordinal) VALUES (?, 'PETITIONER', ?, 0)")) {
            ids.setFetchSize(5_000);
            List<Long> rows = new ArrayList<>(n);
            try (ResultSet rs = ids.executeQuery("SELECT id FROM xf_case WHERE unit_id IN (" + units + ") ORDER BY id")) {
                while (rs.next()) {
                    rows.add(rs.getLong(1));
                }
            }
            int k = 0;
            for (long id : rows) {
                parties.setLong(1, id);
                // One matter in ten thousand (and at least one) is brought by the rare name the benchmark looks for.
                parties.setString(2, k % 10_000 == 0 ? rareName
                        : "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                        + GIVEN.charAt(random.nextInt(GIVEN.length())));
                parties.addBatch();
                if (++k % BATCH == 0) {
                    parties.executeBatch();
                    c.commit();
                }
            }
            parties.executeBatch();
            c.commit();
        }
    }

    /** The list's substring match before the index: how many of the tree's matters hold every fragment in subject or content. */
    private long likeCount(List<OrgUnit> tree, String words) throws Exception {
        String[] fragments = words.split(" ");
        String holds = " AND (subject LIKE ? OR content LIKE ? OR EXISTS (SELECT 1 FROM party p WHERE p.case_id = xf_case.id AND p.name LIKE ?))";
        try (Connection c = dataSource.getConnection();
             PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM xf_case WHERE unit_id IN ("
                     + tree.stream().map(u -> "?").collect(Collectors.joining(",")) + ")" + holds.repeat(fragments.length))) {
            int p = 1;
            for (OrgUnit unit : tree) {
                count.setLong(p++, unit.getId());
            }
            for (String fragment : fragments) {
                for (int j = 0; j < 3; j++) {
                    count.setString(p++, "%" + fragment + "%");
                }
            }
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The least a first page reads: the ids of the tree's twenty newest matters. */
    private void newestTwenty(List<OrgUnit> tree) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement newest = c.prepareStatement("SELECT id FROM xf_case WHERE unit_id IN ("
                     + tree.stream().map(u -> "?").collect(Collectors.joining(",")) + ") ORDER BY received_on DESC, id DESC LIMIT 20")) {
            for (int i = 0; i < tree.size(); i++) {
                newest.setLong(i + 1, tree.get(i).getId());
            }
            try (ResultSet rs = newest.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(1);
                }
            }
        }
    }

    private void remove(List<OrgUnit> tree) throws Exception {
        String units = tree.stream().map(u -> String.valueOf(u.getId())).collect(Collectors.joining(","));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM party WHERE case_id IN (SELECT id FROM xf_case WHERE unit_id IN (" + units + "))");
            s.executeUpdate("DELETE FROM xf_case WHERE unit_id IN (" + units + ")");
        }
    }
}
