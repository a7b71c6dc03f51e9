package org.xinfang.plugins.personnel;

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
class PersonnelSchemaTest {

    private static final String URL = "jdbc:h2:mem:personnel_schema;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

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
        AgencyPlugin plugin = new PersonnelPlugin();
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
        PersonnelCaseForm form = new PersonnelCaseForm();
        form.setCaseId(1L);
        form.setBusinessCategory(BusinessCategory.WAGES_WELFARE);
        form.setAddressedToHead(true);
        sessionFactory.inTransaction(session -> session.persist(form));

        PersonnelCaseForm read = sessionFactory.fromTransaction(session -> session.find(PersonnelCaseForm.class, 1L));
        assertEquals(BusinessCategory.WAGES_WELFARE, read.getBusinessCategory());
        assertEquals(Boolean.TRUE, read.getAddressedToHead());
    }

    @Test
    void enumIsStoredByName() throws SQLException {
        try (Statement sql = keepAlive.createStatement()) {
            sql.execute("INSERT INTO xf_case (id) VALUES (2)");
            sql.execute("INSERT INTO personnel_case_form (case_id, business_category, addressed_to_head) "
                    + "VALUES (2, 'LEGACY', FALSE)");
        }
        PersonnelCaseForm read = sessionFactory.fromTransaction(session -> session.find(PersonnelCaseForm.class, 2L));
        assertEquals(BusinessCategory.LEGACY, read.getBusinessCategory());
        assertEquals(Boolean.FALSE, read.getAddressedToHead());
    }

    @Test
    void formCannotExistWithoutItsCase() {
        assertThrows(SQLException.class, () -> {
            try (Statement sql = keepAlive.createStatement()) {
                sql.execute("INSERT INTO personnel_case_form (case_id, business_category, addressed_to_head) "
                        + "VALUES (99, 'TITLE', TRUE)");
            }
        });
    }
}
