package org.xinfang.core.application.plugins;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.PluginLabels;
import org.xinfang.api.plugin.RoleDeclaration;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;
import org.xinfang.core.infrastructure.migration.SchemaMigrator;
import org.xinfang.core.infrastructure.plugin.PluginCatalog;

/**
 * The installed agency plugins. Loaded once; validated when the application starts, and a broken
 * plugin stops the deployment with a message naming it and what is wrong.
 */
@ApplicationScoped
public class PluginRegistry {

    /** The built-in agency type of petition bureaus (信访局), which needs no plugin. */
    public static final LocalizedText GENERAL_LABEL = LocalizedText.of("信访部门", "Petition bureau");

    private static final Logger LOG = Logger.getLogger(PluginRegistry.class.getName());

    @PersistenceUnit(unitName = "xinfang")
    private EntityManagerFactory emf;

    @Resource(lookup = "java:jboss/datasources/XinfangDS")
    private DataSource dataSource;

    private List<AgencyPlugin> plugins;

    @PostConstruct
    void load() {
        plugins = PluginCatalog.load();
    }

    /**
     * Validates at start, before any other start-up work (demo data); throwing here fails the
     * deployment, which is the point.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class) Object event) {
        ClassLoader loader = PluginRegistry.class.getClassLoader();
        SchemaMigrator migrator = new SchemaMigrator(dataSource, loader);
        PluginValidator validator = new PluginValidator(
                page -> loader.getResource("META-INF/resources" + page) != null,
                this::isMapped,
                migrator::isUpToDate);
        List<String> problems = validator.problems(plugins);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("xinfang cannot start, a plugin is broken:\n  " + String.join("\n  ", problems));
        }
        LOG.info(() -> "Agency plugins installed: " + (plugins.isEmpty() ? "none"
                : String.join(", ", plugins.stream().map(p -> p.id() + " " + p.version()).toList())));
    }

    private boolean isMapped(Class<?> entity) {
        try {
            emf.getMetamodel().entity(entity);
            return true;
        } catch (IllegalArgumentException notAnEntity) {
            return false;
        }
    }

    public List<AgencyPlugin> plugins() {
        return plugins;
    }

    public Optional<AgencyPlugin> find(String agencyType) {
        return plugins.stream().filter(p -> p.id().equals(agencyType)).findFirst();
    }

    /** The label of an agency type, the built-in general one included. */
    public String agencyLabel(String agencyType, Locale locale) {
        if (OrgUnit.GENERAL_AGENCY.equals(agencyType)) {
            return GENERAL_LABEL.in(locale);
        }
        return find(agencyType).map(p -> p.agencyType().label().in(locale)).orElse(agencyType);
    }

    /** The text of {@code key} in the message bundle of the installed plugin that has it (a plugin's audit action's label). */
    public Optional<String> pluginText(String key, Locale locale) {
        return plugins.stream().map(p -> PluginLabels.bundle(p.messageBundle(), locale, p.getClass().getClassLoader()))
                .filter(bundle -> bundle.containsKey(key)).map(bundle -> bundle.getString(key)).findFirst();
    }

    /** The label of a role, core or plugin. */
    public String roleLabel(String role, Locale locale) {
        return CoreRoles.ALL.stream().filter(r -> r.name().equals(role)).findFirst()
                .or(() -> plugins.stream().flatMap(p -> p.agencyType().roles().stream()).filter(r -> r.name().equals(role)).findFirst())
                .map(RoleDeclaration::label).map(l -> l.in(locale)).orElse(role);
    }
}
