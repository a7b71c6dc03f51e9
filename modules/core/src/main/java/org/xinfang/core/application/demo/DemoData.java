package org.xinfang.core.application.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.xinfang.api.event.DemoSeeded;
import org.xinfang.api.model.UnitLevel;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.RoleDeclaration;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;
import org.xinfang.core.domain.model.user.AppUser;
import org.xinfang.core.domain.model.user.AppUserRepository;
import org.xinfang.core.domain.model.user.CoreRoles;
import org.xinfang.core.infrastructure.security.Passwords;
import org.xinfang.core.application.kernel.CoreAuditAction;

/**
 * Seeds an empty database with the demo city ({@code demo/units.json}): its units, one user per
 * role per unit named {@code <unit key>.<role>} (e.g. {@code cy.clerk}, {@code zy.court_reception})
 * plus {@code admin}, all with the demo password, and the sample cases of {@link DemoCases}. Units
 * whose agency plugin is not installed are left out, with their users and cases.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** The actor recorded in the audit log for what the seeding creates. */
    private static final String SEEDER = "system:demo-data";

    @Inject
    private DemoFiles files;

    @Inject
    private OrgUnitRepository units;

    @Inject
    private AppUserRepository users;

    @Inject
    private PluginRegistry plugins;

    @Inject
    private DemoCases demoCases;

    @Inject
    private DemoRota demoRota;

    @Inject
    private DemoVisits demoVisits;

    @Inject
    private DemoMeetings demoMeetings;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private Event<DemoSeeded> demoSeeded;

    /**
     * After the plugin registry has validated (default priority), before users arrive. An observer
     * call is a business method call, so the transaction applies here (a self-call would bypass it).
     */
    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) @Initialized(ApplicationScoped.class) Object event) {
        if (Boolean.getBoolean("xinfang.demo-data")) {
            seedIfEmpty();
        }
    }

    @Transactional
    public void seedIfEmpty() {
        if (units.count() > 0) {
            return;
        }
        String password = files.core("units").getString("password");
        Map<String, OrgUnit> byKey = new LinkedHashMap<>();
        for (JsonObject u : files.items("units", "units")) {
            String agency = u.getString("agency");
            if (!OrgUnit.GENERAL_AGENCY.equals(agency) && plugins.find(agency).isEmpty()) {
                continue;
            }
            OrgUnit parent = u.containsKey("parent") ? byKey.get(u.getString("parent")) : null;
            OrgUnit seeded = new OrgUnit(u.getString("code"), u.getString("name"), u.getString("shortName"),
                    UnitLevel.valueOf(u.getString("level")), agency, parent);
            // Set up today, as the installation is: no periodic report was due from it before.
            seeded.establishedOn(LocalDate.now(clock));
            OrgUnit unit = units.add(seeded);
            audit.record(SEEDER, CoreAuditAction.UNIT_CREATED, "OrgUnit", unit.getId(), unit.getId(), unit.getCode() + " " + unit.getName());
            byKey.put(u.getString("key"), unit);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        OrgUnit root = byKey.values().iterator().next();
        AppUser admin = new AppUser("admin", "系统管理员", Passwords.hash(password), "admin@xinfang.local", now);
        admin.grant(CoreRoles.ADMIN, root);
        addUser(admin, root);
        Map<String, Integer> perUnit = new HashMap<>();
        byKey.forEach((key, unit) -> {
            for (RoleDeclaration role : rolesOf(unit)) {
                String username = key + "." + role.name().toLowerCase(Locale.ROOT);
                AppUser user = new AppUser(username, unit.getShortName() + role.label().zh(), Passwords.hash(password),
                        username + "@xinfang.local", now);
                user.grant(role.name(), unit);
                addUser(user, unit);
                perUnit.merge(key, 1, Integer::sum);
            }
        });
        // Named people beside the one account per role: a court's two vice-presidents are both its leaders.
        for (JsonObject u : files.items("units", "users")) {
            OrgUnit unit = byKey.get(u.getString("unit"));
            String role = u.getString("role");
            if (unit == null || rolesOf(unit).stream().noneMatch(r -> r.name().equals(role))) {
                throw new IllegalStateException("Demo user " + u.getString("username") + ": no unit " + u.getString("unit")
                        + " with role " + role);
            }
            AppUser user = new AppUser(u.getString("username"), u.getString("displayName"), Passwords.hash(password),
                    u.getString("username") + "@xinfang.local", now);
            user.grant(role, unit);
            addUser(user, unit);
            perUnit.merge(u.getString("unit"), 1, Integer::sum);
        }
        int seededCases = demoCases.seed(byKey);
        int receptionSlots = demoRota.seed(byKey);
        int meetings = demoVisits.seed(byKey);
        int petitionMeetings = demoMeetings.seed(byKey);
        Map<String, Long> ids = new LinkedHashMap<>();
        byKey.forEach((key, unit) -> ids.put(key, unit.getId()));
        demoSeeded.fire(new DemoSeeded(ids));
        LOG.info(() -> "Demo data: " + byKey.size() + " units, " + (1 + perUnit.values().stream().mapToInt(Integer::intValue).sum())
                + " users (password " + password + "), " + seededCases + " cases, " + receptionSlots + " reception sessions, "
                + meetings + " leaders' meetings, " + petitionMeetings + " petition meetings");
    }

    private void addUser(AppUser user, OrgUnit unit) {
        users.add(user);
        audit.record(SEEDER, CoreAuditAction.USER_CREATED, "AppUser", user.getUsername(), unit.getId(),
                String.join(",", user.getRoles().stream().map(r -> r.getRoleName()).toList()));
    }

    private java.util.List<RoleDeclaration> rolesOf(OrgUnit unit) {
        java.util.List<RoleDeclaration> roles = new java.util.ArrayList<>(CoreRoles.ALL.stream()
                .filter(r -> !r.name().equals(CoreRoles.ADMIN)).toList());
        plugins.find(unit.getAgencyType()).map(AgencyPlugin::agencyType).ifPresent(t -> roles.addAll(t.roles()));
        return roles;
    }
}
