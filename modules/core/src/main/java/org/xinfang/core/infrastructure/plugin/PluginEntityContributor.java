package org.xinfang.core.infrastructure.plugin;

import org.hibernate.boot.ResourceStreamLocator;
import org.hibernate.boot.spi.AdditionalMappingContributions;
import org.hibernate.boot.spi.AdditionalMappingContributor;
import org.hibernate.boot.spi.InFlightMetadataCollector;
import org.hibernate.boot.spi.MetadataBuildingContext;
import org.xinfang.api.plugin.AgencyPlugin;

/**
 * Adds every plugin's entities to the one persistence unit. The unit is declared in the core jar and
 * the server scans only that jar, so without this a plugin would have to be named in
 * persistence.xml and could not be left out of a build (docs/adr/0003).
 */
public class PluginEntityContributor implements AdditionalMappingContributor {

    @Override
    public String getContributorName() {
        return "xinfang-plugins";
    }

    @Override
    public void contribute(AdditionalMappingContributions contributions, InFlightMetadataCollector metadata,
                           ResourceStreamLocator resourceStreamLocator, MetadataBuildingContext buildingContext) {
        for (AgencyPlugin plugin : PluginCatalog.load()) {
            plugin.entities().forEach(contributions::contributeEntity);
        }
    }
}
