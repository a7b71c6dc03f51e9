package org.xinfang.core.infrastructure.migration;

import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.MigrationSet;
import org.xinfang.core.infrastructure.identity.EncryptIdentityColumns;
import org.xinfang.core.infrastructure.identity.EncryptReceptionIdentities;

/**
 * Brings the schema up to date: the core's migrations first, then each plugin's, each set with its
 * own history table. Plugin histories start on a schema the core already populated, so they
 * baseline at version 0 and apply their own V1 and later.
 */
public final class SchemaMigrator {

    public static final MigrationSet CORE = new MigrationSet("db/migration/core", "flyway_history_core");

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    private final DataSource dataSource;
    private final ClassLoader classLoader;

    public SchemaMigrator(DataSource dataSource, ClassLoader classLoader) {
        this.dataSource = dataSource;
        this.classLoader = classLoader;
    }

    public void migrate(List<AgencyPlugin> plugins) {
        run("core", CORE);
        for (AgencyPlugin plugin : plugins) {
            run(plugin.id(), plugin.migrations());
        }
    }

    /** True when the set has nothing left to apply (the registry checks this for each plugin). */
    public boolean isUpToDate(MigrationSet set) {
        return flyway(set).info().pending().length == 0;
    }

    private void run(String owner, MigrationSet set) {
        MigrateResult result = flyway(set).migrate();
        LOG.info(() -> "Schema of " + owner + ": " + result.migrationsExecuted + " migration(s) applied, now at version "
                + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion));
    }

    private Flyway flyway(MigrationSet set) {
        FluentConfiguration configuration = Flyway.configure(classLoader);
        if (set == CORE) {
            // Java migrations are handed over rather than scanned for: class scanning inside the
            // server's deployment is less certain than finding SQL files, and these are the only ones.
            configuration.javaMigrations(new EncryptIdentityColumns(), new EncryptReceptionIdentities());
        }
        return configuration
                .dataSource(dataSource)
                .locations("classpath:" + set.location())
                .table(set.historyTable())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .validateMigrationNaming(true)
                .load();
    }
}
