package org.xinfang.core.application.plugins;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.procedure.EffectiveProcedure;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.api.plugin.MeetingKind;
import org.xinfang.api.plugin.MenuEntry;
import org.xinfang.api.plugin.MigrationSet;
import org.xinfang.api.procedure.ProcedureDeclaration;
import org.xinfang.api.plugin.RoleDeclaration;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;

/**
 * The cross-checks run on the plugins once all are known (Keycloak's postInit): each problem found
 * is one sentence naming the plugin. The checks that need the server (a page on the class path, an
 * entity in the persistence unit, a migration applied) are passed in, so this runs in plain tests too.
 */
public final class PluginValidator {

    private static final String ID_FORMAT = "[a-z][a-z0-9-]{1,31}";

    private final Predicate<String> pagePresent;
    private final Predicate<Class<?>> entityMapped;
    private final Predicate<MigrationSet> migrationsApplied;

    public PluginValidator(Predicate<String> pagePresent, Predicate<Class<?>> entityMapped, Predicate<MigrationSet> migrationsApplied) {
        this.pagePresent = pagePresent;
        this.entityMapped = entityMapped;
        this.migrationsApplied = migrationsApplied;
    }

    /** Every problem found, empty when all plugins are sound. */
    public List<String> problems(List<AgencyPlugin> plugins) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> roleNames = new HashSet<>();
        CoreRoles.ALL.forEach(r -> roleNames.add(r.name()));
        for (AgencyPlugin plugin : plugins) {
            String id = plugin.id();
            String name = "Plugin '" + id + "' (" + plugin.getClass().getName() + ")";
            if (id == null || !id.matches(ID_FORMAT)) {
                problems.add(name + ": id must be lower case letters, digits or '-', 2 to 32 long");
                continue;
            }
            if (!ids.add(id) || OrgUnit.GENERAL_AGENCY.equals(id)) {
                problems.add(name + ": id '" + id + "' is already taken");
            }
            if (!id.equals(plugin.agencyType().id())) {
                problems.add(name + ": agency type id '" + plugin.agencyType().id() + "' differs from the plugin id");
            }
            for (RoleDeclaration role : plugin.agencyType().roles()) {
                if (!roleNames.add(role.name())) {
                    problems.add(name + ": role " + role.name() + " is declared twice");
                }
                if (role.keepsIdentities() && role.actsAs() != null) {
                    // Seeing who reported must not come with a say in what happens to the report.
                    problems.add(name + ": role " + role.name() + " keeps identities and so may not act as " + role.actsAs());
                }
            }
            List<String> pages = new ArrayList<>(List.of(plugin.caseForm().editor(), plugin.caseForm().view()));
            plugin.menu().stream().map(MenuEntry::path).forEach(pages::add);
            plugin.publicForm().ifPresent(form -> {
                pages.add(form.editor());
                // The portal refuses any other field by name: a misspelt one would refuse what the public must fill.
                form.fields().stream().filter(field -> !hasField(plugin.caseForm().entity(), field)).sorted()
                        .forEach(field -> problems.add(name + ": public form field '" + field + "' is not a field of "
                                + plugin.caseForm().entity().getSimpleName()));
            });
            pages.stream().filter(p -> !pagePresent.test(p))
                    .forEach(p -> problems.add(name + ": page " + p + " is missing from the plugin jar (META-INF/resources" + p + ")"));
            if (!plugin.entities().contains(plugin.caseForm().entity())) {
                problems.add(name + ": case form entity " + plugin.caseForm().entity().getName() + " is not among its entities()");
            }
            plugin.entities().stream().filter(e -> !entityMapped.test(e))
                    .forEach(e -> problems.add(name + ": entity " + e.getName() + " is not mapped in the persistence unit"));
            if (!migrationsApplied.test(plugin.migrations())) {
                problems.add(name + ": migrations in " + plugin.migrations().location() + " are not all applied");
            }
            Set<String> ownRoles = new HashSet<>();
            CoreRoles.ALL.forEach(r -> ownRoles.add(r.name()));
            plugin.agencyType().roles().forEach(r -> ownRoles.add(r.name()));
            problems.addAll(procedureProblems(name, plugin, ownRoles));
            Set<String> kinds = new HashSet<>();
            for (MeetingKind kind : plugin.meetingKinds()) {
                // The plugin's id as prefix keeps two plugins' kinds, and the core's own, apart in the stored column.
                if (!kind.code().matches(id + "\\.[a-z][a-z0-9-]{0,31}")) {
                    problems.add(name + ": meeting kind '" + kind.code() + "' must be named '" + id + ".<name>'");
                }
                if (!kinds.add(kind.code())) {
                    problems.add(name + ": meeting kind '" + kind.code() + "' is declared twice");
                }
            }
            if (plugin.messageBundle() == null || plugin.messageBundle().isBlank()) {
                problems.add(name + ": declares no message bundle");
            }
        }
        return problems;
    }

    private static boolean hasField(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (java.util.Arrays.stream(c.getDeclaredFields()).anyMatch(f -> f.getName().equals(name))) {
                return true;
            }
        }
        return false;
    }

    /** Each procedure must extend the general one and be sound once laid over it. */
    private static List<String> procedureProblems(String name, AgencyPlugin plugin, Set<String> roles) {
        List<String> problems = new ArrayList<>();
        for (ProcedureDeclaration procedure : plugin.procedures()) {
            if (!GeneralProcedure.ID.equals(procedure.extendsProcedure())) {
                problems.add(name + ": procedure " + procedure.id() + " must extend '" + GeneralProcedure.ID + "'");
                continue;
            }
            EffectiveProcedure.extending(procedure).problems(roles).forEach(p -> problems.add(name + ": " + p));
        }
        return problems;
    }
}
