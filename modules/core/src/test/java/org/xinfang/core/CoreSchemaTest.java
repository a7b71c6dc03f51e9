package org.xinfang.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xinfang.core.domain.model.audit.AuditEvent;
import org.xinfang.core.domain.model.document.CaseDocument;
import org.xinfang.core.domain.model.document.DocumentText;
import org.xinfang.core.domain.model.identity.IdentityReveal;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.Party;
import org.xinfang.core.domain.model.report.ReportSchedule;
import org.xinfang.core.domain.model.report.ZeroReport;
import org.xinfang.core.domain.model.screening.Dispute;
import org.xinfang.core.domain.model.screening.ScreeningRound;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.AppUser;
import org.xinfang.core.domain.model.user.UnitRole;
import org.xinfang.core.infrastructure.migration.SchemaMigrator;

/**
 * The core migrations run on H2 in MySQL mode, as the server's embedded database is configured, and
 * Hibernate then validates every core entity against the result, as the persistence unit does at
 * start. Constraints the entities rely on are in the schema, not only in Java.
 */
class CoreSchemaTest {

    private static final String URL = "jdbc:h2:mem:core_schema;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";

    private static Connection keepAlive;
    private static SessionFactory sessionFactory;

    @BeforeAll
    static void migrateAndValidate() throws SQLException {
        keepAlive = DriverManager.getConnection(URL, "sa", "");
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(URL);
        dataSource.setUser("sa");
        new SchemaMigrator(dataSource, CoreSchemaTest.class.getClassLoader()).migrate(List.of());

        Configuration configuration = new Configuration()
                .setProperty(AvailableSettings.JAKARTA_JDBC_URL, URL)
                .setProperty(AvailableSettings.JAKARTA_JDBC_USER, "sa")
                .setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, "")
                .setProperty(AvailableSettings.HBM2DDL_AUTO, "validate")
                .setProperty(AvailableSettings.JAKARTA_VALIDATION_MODE, "none")
                // The schema alone: Hibernate Search (on the classpath for the server) would look for its index.
                .setProperty("hibernate.search.enabled", "false");
        List.of(OrgUnit.class, AppUser.class, UnitRole.class, Case.class, Party.class, AuditEvent.class, CaseDocument.class, DocumentText.class,
                        IdentityReveal.class, ReportSchedule.class, ZeroReport.class, ScreeningRound.class, Dispute.class)
                .forEach(configuration::addAnnotatedClass);
        sessionFactory = configuration.buildSessionFactory();
    }

    @AfterAll
    static void close() throws SQLException {
        sessionFactory.close();
        keepAlive.close();
    }

    @Test
    void migratingTwiceChangesNothing() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(URL);
        dataSource.setUser("sa");
        SchemaMigrator migrator = new SchemaMigrator(dataSource, getClass().getClassLoader());
        migrator.migrate(List.of());
        assertTrue(migrator.isUpToDate(SchemaMigrator.CORE));
        try (Statement sql = keepAlive.createStatement();
             ResultSet rs = sql.executeQuery("SELECT COUNT(*) FROM flyway_history_core WHERE success = TRUE")) {
            rs.next();
            assertTrue(rs.getInt(1) >= 1);
        }
    }

    @Test
    void caseNumberIsUniqueInTheSeriesOfTheUnitThatGaveIt() throws SQLException {
        try (Statement sql = keepAlive.createStatement()) {
            sql.execute("INSERT INTO org_unit (id, code, name, short_name, unit_level, agency_type, path) VALUES (900, 'U900', '测试', '测', 'COUNTY', 'general', '/900/')");
            String insert = "INSERT INTO xf_case (case_number, unit_id, number_unit_id, case_year, case_seq, agency_type, channel, subject, content, category, status, received_on, created_at, created_by, updated_at, updated_by) "
                    + "VALUES ('测〔2026〕第00001号', 900, 900, 2026, %d, 'general', 'VISIT', '事由', '内容', '其他', 'registered', DATE '2026-11-01', TIMESTAMP '2026-11-01 09:00:00', 'a', TIMESTAMP '2026-11-01 09:00:00', 'a')";
            sql.execute(String.format(insert, 1));
            SQLException duplicate = assertThrows(SQLException.class, () -> sql.execute(String.format(insert, 2)));
            assertTrue(duplicate.getMessage().toLowerCase().contains("uk_case_number_unit_number"), duplicate.getMessage());
        }
    }

    @Test
    void twoUnitsCannotShareAShortNameForTheirNumbersStartWithIt() throws SQLException {
        try (Statement sql = keepAlive.createStatement()) {
            String insert = "INSERT INTO org_unit (id, code, name, short_name, unit_level, agency_type, path) VALUES (%d, 'U%d', '东关街道', '东关', 'TOWNSHIP', 'general', '/%d/')";
            sql.execute(String.format(insert, 902, 902, 902));
            SQLException duplicate = assertThrows(SQLException.class, () -> sql.execute(String.format(insert, 903, 903, 903)));
            assertTrue(duplicate.getMessage().toLowerCase().contains("uq_org_unit_short_name"), duplicate.getMessage());
        }
    }

    @Test
    void aUnitReportsOncePerPeriodAndARuleIsForALevelOrAUnitNeverBoth() throws SQLException {
        try (Statement sql = keepAlive.createStatement()) {
            sql.execute("INSERT INTO org_unit (id, code, name, short_name, unit_level, agency_type, path) VALUES (901, 'U901', '测试镇', '测镇', 'TOWNSHIP', 'general', '/901/')");
            String report = "INSERT INTO zero_report (unit_id, cadence, period_start, period_end, nothing_to_report, due_at, late, reported_by, reported_at) "
                    + "VALUES (901, 'DAILY', DATE '2026-03-02', DATE '2026-03-02', TRUE, TIMESTAMP '2026-03-02 15:30:00', %s, 'a', TIMESTAMP '2026-03-02 10:00:00')";
            sql.execute(String.format(report, "FALSE"));
            SQLException second = assertThrows(SQLException.class, () -> sql.execute(String.format(report, "TRUE")));
            assertTrue(second.getMessage().toLowerCase().contains("uk_zero_report_period"), second.getMessage());

            String rule = "INSERT INTO report_schedule (unit_level, unit_id, cadence, cut_off, updated_by, updated_at) "
                    + "VALUES (%s, %s, 'DAILY', TIME '15:30:00', 'admin', TIMESTAMP '2026-03-01 09:00:00')";
            sql.execute(String.format(rule, "'VILLAGE'", "NULL"));
            sql.execute(String.format(rule, "NULL", "901"));
            assertThrows(SQLException.class, () -> sql.execute(String.format(rule, "'VILLAGE'", "NULL")), "one rule per level");
            assertThrows(SQLException.class, () -> sql.execute(String.format(rule, "NULL", "901")), "one rule per unit");
            assertThrows(SQLException.class, () -> sql.execute(String.format(rule, "'CITY'", "901")), "a level's or a unit's, not both");
            assertThrows(SQLException.class, () -> sql.execute(String.format(rule, "NULL", "NULL")), "one of them");
        }
    }

    @Test
    void auditChainStartsAtTheZeroHash() throws SQLException {
        try (Statement sql = keepAlive.createStatement();
             ResultSet rs = sql.executeQuery("SELECT last_hash FROM audit_chain_head WHERE id = 1")) {
            rs.next();
            assertEquals("0".repeat(64), rs.getString(1));
        }
    }
}
