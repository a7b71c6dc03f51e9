package org.xinfang.web.interfaces.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.RoleDeclaration;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.web.interfaces.web.Labels;
import org.xinfang.web.interfaces.web.LocaleSwitch;

/** The agency plugins this server runs, for the administrator: what each one adds and where its schema is. */
@Named
@RequestScoped
public class InstalledPlugins {

    /** One plugin as the admin page lists it. */
    public record Row(String id, String version, String agency, List<String> roles, List<String> pages,
                      String migrationLocation, String historyTable, String formEntity) {
    }

    @Inject
    private PluginRegistry registry;

    @Inject
    private Labels labels;

    @Inject
    private LocaleSwitch localeSwitch;

    private List<Row> rows;

    public List<Row> getPlugins() {
        if (rows == null) {
            rows = registry.plugins().stream().map(this::row).toList();
        }
        return rows;
    }

    private Row row(AgencyPlugin plugin) {
        List<String> roles = plugin.agencyType().roles().stream().map(RoleDeclaration::name).map(labels::role).toList();
        List<String> pages = plugin.menu().stream()
                .map(entry -> entry.label().in(localeSwitch.getLocale()) + " (" + entry.path() + ")").toList();
        return new Row(plugin.id(), plugin.version(), labels.agency(plugin.id()), roles, pages,
                plugin.migrations().location(), plugin.migrations().historyTable(), plugin.caseForm().entity().getName());
    }
}
