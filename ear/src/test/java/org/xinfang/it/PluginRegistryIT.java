package org.xinfang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.xinfang.it.deploy.InServer;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.core.application.plugins.PluginRegistry;

/**
 * The plugins installed are exactly those packed into the EAR, each valid and versioned. Run on an
 * EAR built without a plugin (-Dwithout.discipline), the same test proves the core starts without it.
 */
@ExtendWith(ArquillianExtension.class)
@InServer
class PluginRegistryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    PluginRegistry registry;

    @Test
    void installsExactlyThePluginsPackedIntoTheEar() {
        Set<String> installed = new TreeSet<>(registry.plugins().stream().map(AgencyPlugin::id).toList());
        assertEquals(Set.copyOf(expectedPlugins()), installed);
    }

    @Test
    void everyInstalledPluginHasAVersionRolesAndAForm() {
        for (AgencyPlugin plugin : registry.plugins()) {
            assertFalse(plugin.version().isBlank(), plugin.id());
            assertFalse(plugin.agencyType().roles().isEmpty(), plugin.id());
            assertTrue(plugin.caseForm().newForm() != null, plugin.id());
            assertEquals(plugin.agencyType().label().zh(), registry.agencyLabel(plugin.id(), java.util.Locale.SIMPLIFIED_CHINESE));
        }
    }

    /**
     * The set the build packed: all four, less the one named by -Dxinfang.without (handed to the
     * server's JVM through arquillian.xml), so what was built and what runs are compared.
     */
    static Set<String> expectedPlugins() {
        Set<String> all = new TreeSet<>(Set.of("company", "court", "discipline", "personnel"));
        all.remove(System.getProperty("xinfang.without", "none"));
        return all;
    }
}
