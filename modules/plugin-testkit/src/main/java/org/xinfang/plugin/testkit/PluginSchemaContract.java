package org.xinfang.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.boot.spi.AdditionalMappingContributor;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.CaseFormData;
import org.xinfang.api.plugin.MigrationSet;

/**
 * The plugin's migration runs on H2 in MySQL mode, as the server's embedded database does, with the
 * plugin's own history table; then Hibernate validates the plugin's entities against the result, as
 * the persistence unit does at start (a mismatch fails {@link #migrateAndValidate()}), and a form
 * survives a round trip. A plugin's test extends this with a sample form, what must survive of it, and
 * its own column checks (enums stored by name, defaults), using {@link #execute} and {@link #find}.
 *
 * @param <F> the plugin's case form entity
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PluginSchemaContract<F extends CaseFormData> {

    /** The case the sample form belongs to; created with xf_case, before any test. */
    protected static final long SAMPLE_CASE_ID = 1L;
    /** A case id no xf_case row has. */
    private static final long MISSING_CASE_ID = 99L;
    /** H2's SQL state for "referential integrity violated: parent missing". */
    private static final String PARENT_MISSING = "23506";

    private final AgencyPlugin plugin;
    private final Class<F> formClass;
    private final String url;
    private Connection keepAlive;
    private SessionFactory sessionFactory;

    protected PluginSchemaContract(AgencyPlugin plugin, Class<F> formClass) {
        this.plugin = plugin;
        this.formClass = formClass;
        // One in-memory database per plugin, kept open by keepAlive until the class is done.
        this.url = "jdbc:h2:mem:" + plugin.id() + "_schema;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    }

    /** A filled-in form, caseId not yet set, to store and read back. */
    protected abstract F sampleForm();

    /** What must survive of {@link #sampleForm()} after it was stored and read back. */
    protected abstract void assertSurvivedRoundTrip(F read);

    private static final String CORE_CONTRIBUTOR = "org.xinfang.core.infrastructure.plugin.PluginEntityContributor";

    @BeforeAll
    protected void migrateAndValidate() throws SQLException {
        assertEquals(formClass, plugin.caseForm().entity(), "the form class the test names is the plugin's");
        keepAlive = DriverManager.getConnection(url, "sa", "");
        // The core's migrations create xf_case before any plugin's; only its key matters here.
        execute("CREATE TABLE xf_case (id BIGINT NOT NULL PRIMARY KEY)",
                "INSERT INTO xf_case (id) VALUES (" + SAMPLE_CASE_ID + ")");
        for (String script : coreMigrationsTouched()) {
            execute(coreScript(script));
        }
        MigrationSet migrations = plugin.migrations();
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:" + migrations.location())
                .table(migrations.historyTable())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();

        Configuration configuration = new Configuration()
                .setProperty(AvailableSettings.JAKARTA_JDBC_URL, url)
                .setProperty(AvailableSettings.JAKARTA_JDBC_USER, "sa")
                .setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, "")
                .setProperty(AvailableSettings.HBM2DDL_AUTO, "validate")
                .setProperty(AvailableSettings.JAKARTA_VALIDATION_MODE, "none");
        // With the core on the test class path (the plugin's integration tests compile against it), the
        // core's contributor adds every plugin's entities itself, as in the server; adding them here
        // as well would map each twice.
        boolean contributedByCore = ServiceLoader.load(AdditionalMappingContributor.class).stream()
                .anyMatch(p -> p.type().getName().equals(CORE_CONTRIBUTOR));
        if (!contributedByCore) {
            plugin.entities().forEach(configuration::addAnnotatedClass);
        }
        sessionFactory = configuration.buildSessionFactory();
    }

    /**
     * The core's migration scripts (class path locations, e.g. {@code db/migration/core/V28__receipts.sql})
     * whose tables the plugin's own migrations write to — data a plugin hands over to the core when a
     * capability moves there. Run before the plugin's migrations, after the stand-in {@code xf_case}.
     */
    protected List<String> coreMigrationsTouched() {
        return List.of();
    }

    /** The statements of one core script: comment lines dropped, split at each semicolon that ends a line. */
    private static String[] coreScript(String location) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("No core migration " + location + " on the test class path");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n"));
            return Arrays.stream(text.split(";\\s*(\\n|$)")).map(String::strip).filter(sql -> !sql.isEmpty()).toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    protected void close() throws SQLException {
        if (sessionFactory != null) {
            sessionFactory.close();
        }
        if (keepAlive != null) {
            keepAlive.close();
        }
    }

    /** Runs SQL statements in order, outside Hibernate: rows as another writer (the core, a script) leaves them. */
    protected void execute(String... statements) throws SQLException {
        try (Statement sql = keepAlive.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    /** Stores a form through Hibernate in its own transaction. */
    protected void persist(F form) {
        sessionFactory.inTransaction(session -> session.persist(form));
    }

    /** Reads the form of a case through Hibernate in a fresh session. */
    protected F find(long caseId) {
        return sessionFactory.fromTransaction(session -> session.find(formClass, caseId));
    }

    @Test
    protected void formSurvivesARoundTrip() {
        F form = sampleForm();
        form.setCaseId(SAMPLE_CASE_ID);
        persist(form);
        assertSurvivedRoundTrip(find(SAMPLE_CASE_ID));
    }

    @Test
    protected void formCannotExistWithoutItsCase() {
        F orphan = sampleForm();
        orphan.setCaseId(MISSING_CASE_ID);
        ConstraintViolationException refused = assertThrows(ConstraintViolationException.class, () -> persist(orphan));
        assertEquals(PARENT_MISSING, refused.getSQLState(), refused.getMessage());
    }
}
