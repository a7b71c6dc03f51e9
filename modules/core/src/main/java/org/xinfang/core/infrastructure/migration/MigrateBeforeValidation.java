package org.xinfang.core.infrastructure.migration;

import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;
import org.xinfang.core.domain.model.encryption.IdentityProtection;
import org.xinfang.core.infrastructure.plugin.PluginCatalog;

/**
 * Runs the migrations while the persistence unit boots, before Hibernate validates the schema
 * against the entities. A CDI start-up observer would come too late: the unit validates at
 * deployment, before any bean is served (docs/adr/0003).
 */
public class MigrateBeforeValidation implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        ConnectionProvider connections = sessionFactory.getServiceRegistry().requireService(ConnectionProvider.class);
        if (!connections.isUnwrappableAs(DataSource.class)) {
            // Only a bare JDBC URL (plain Hibernate in a unit test, which migrates by itself) has no
            // DataSource; in the server the unit always runs on XinfangDS.
            return;
        }
        // No identity key, no start: what would be written could not be read back (docs/adr/0017).
        // Checked here, the first thing the deployment does, so the message is the first error.
        IdentityProtection.configured();
        new SchemaMigrator(connections.unwrap(DataSource.class), getClass().getClassLoader()).migrate(PluginCatalog.load());
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // Nothing to undo: migrations are permanent.
    }
}
