package org.xinfang.plugins.court;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.MigrationSet;

/**
 * The migration runs on H2 in MySQL mode, as the server's embedded database does, with the plugin's
 * own history table; then Hibernate validates the form entity against the result, as the
 * persistence unit does at start, and a form survives a round trip.
 */
class CourtSchemaTest {

    private static final String URL = "jdbc:h2:mem:court_schema;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

    private static Connection keepAlive;
    private static SessionFactory sessionFactory;

    @BeforeAll
    static void migrateAndValidate() throws SQLException {
        keepAlive = DriverManager.getConnection(URL, "sa", "");
        try (Statement sql = keepAlive.createStatement()) {
            // The core's migrations create xf_case before any plugin's; only its key matters here.
            sql.execute("CREATE TABLE xf_case (id BIGINT NOT NULL PRIMARY KEY)");
            sql.execute("INSERT INTO xf_case (id) VALUES (1)");
        }
        AgencyPlugin plugin = new CourtPlugin();
        MigrationSet migrations = plugin.migrations();
        Flyway.configure()
                .dataSource(URL, "sa", "")
                .locations("classpath:" + migrations.location())
                .table(migrations.historyTable())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();

        Configuration configuration = new Configuration()
                .setProperty(AvailableSettings.JAKARTA_JDBC_URL, URL)
                .setProperty(AvailableSettings.JAKARTA_JDBC_USER, "sa")
                .setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, "")
                .setProperty(AvailableSettings.HBM2DDL_AUTO, "validate")
                .setProperty(AvailableSettings.JAKARTA_VALIDATION_MODE, "none");
        plugin.entities().forEach(configuration::addAnnotatedClass);
        sessionFactory = configuration.buildSessionFactory();
    }

    @AfterAll
    static void close() throws SQLException {
        if (sessionFactory != null) {
            sessionFactory.close();
        }
        keepAlive.close();
    }

    @Test
    void formSurvivesARoundTrip() {
        CourtCaseForm form = new CourtCaseForm();
        form.setCaseId(1L);
        form.setOriginalCaseNumber("（2024）京0105民初1234号");
        form.setTribunal("民事审判第一庭");
        form.setStage(CourtStage.ENFORCEMENT);
        form.setLitigationRelated(false);
        sessionFactory.inTransaction(session -> session.persist(form));

        CourtCaseForm read = sessionFactory.fromTransaction(session -> session.find(CourtCaseForm.class, 1L));
        assertEquals("（2024）京0105民初1234号", read.getOriginalCaseNumber());
        assertEquals(CourtStage.ENFORCEMENT, read.getStage());
        assertEquals(Boolean.FALSE, read.getLitigationRelated());
    }

    @Test
    void enumIsStoredByName() throws SQLException {
        try (Statement sql = keepAlive.createStatement()) {
            sql.execute("INSERT INTO xf_case (id) VALUES (2)");
            sql.execute("INSERT INTO court_case_form (case_id, original_case_number, tribunal, trial_stage) "
                    + "VALUES (2, '(2023)京民终56号', '民事审判第二庭', 'SECOND_INSTANCE')");
        }
        CourtCaseForm read = sessionFactory.fromTransaction(session -> session.find(CourtCaseForm.class, 2L));
        assertEquals(CourtStage.SECOND_INSTANCE, read.getStage());
        // The column default agrees with the entity's: a court matter is about litigation unless cleared.
        assertEquals(Boolean.TRUE, read.getLitigationRelated());
    }

    @Test
    void formCannotExistWithoutItsCase() {
        assertThrows(SQLException.class, () -> {
            try (Statement sql = keepAlive.createStatement()) {
                sql.execute("INSERT INTO court_case_form (case_id, original_case_number, tribunal, trial_stage, "
                        + "litigation_related) VALUES (99, '(2023)京民终56号', '民事审判第二庭', 'RETRIAL', TRUE)");
            }
        });
    }
}
