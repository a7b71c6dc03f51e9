package org.xinfang.core.infrastructure.plugin;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import org.xinfang.api.plugin.AgencyPlugin;

/**
 * Finds the agency plugins packed with the application. Plugins are stateless descriptors, so the
 * persistence unit's bootstrap (entities, migrations) and the CDI registry may each load them.
 */
public final class PluginCatalog {

    private PluginCatalog() {
    }

    /** The plugins visible to {@code loader}, in id order so that migrations run in a stable order. */
    public static List<AgencyPlugin> load(ClassLoader loader) {
        return ServiceLoader.load(AgencyPlugin.class, loader).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(AgencyPlugin::id))
                .toList();
    }

    public static List<AgencyPlugin> load() {
        return load(PluginCatalog.class.getClassLoader());
    }
}
