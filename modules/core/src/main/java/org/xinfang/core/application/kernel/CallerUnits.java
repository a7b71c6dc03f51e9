package org.xinfang.core.application.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.plugin.RoleDeclaration;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;
import org.xinfang.core.domain.model.user.CoreRoles;

/**
 * The units a caller works in: where they hold roles (for the top bar) and where they may register
 * a case (for the registration form). The registration rule lives here once; the case service asks
 * it too, so the form never offers a unit the service would refuse.
 */
@ApplicationScoped
public class CallerUnits {

    @Inject
    private OrgUnitRepository units;

    @Inject
    private PluginRegistry plugins;

    /** The units the caller holds a role in, each once, in the order of the grants. */
    @Transactional
    public List<OrgUnit> granted(Caller caller) {
        return caller.grants().stream().map(Caller.Grant::unitId).distinct()
                .map(id -> units.find(id).orElse(null)).filter(Objects::nonNull).toList();
    }

    /**
     * The unit {@code unitId} if the caller sees it.
     *
     * @throws InvalidInputException naming {@code field} when it is missing, unknown or outside the caller's units
     */
    @Transactional
    public OrgUnit seen(Caller caller, Long unitId, String field) {
        if (unitId == null) {
            throw InvalidInputException.of(field, Messages.get(caller.locale(), "unit.required"));
        }
        return units.find(unitId).filter(u -> caller.visibility().sees(u.getPath()))
                .orElseThrow(() -> InvalidInputException.of(field, Messages.get(caller.locale(), "unit.unknown", unitId)));
    }

    /** Every unit the caller sees, in tree order. */
    @Transactional
    public List<OrgUnit> seenBy(Caller caller) {
        return units.findAll().stream().filter(u -> caller.visibility().sees(u.getPath())).sorted(TREE_ORDER).toList();
    }

    /** The units directly under {@code parent}, in tree order. */
    @Transactional
    public List<OrgUnit> below(OrgUnit parent) {
        return units.childrenOf(parent).stream().sorted(TREE_ORDER).toList();
    }

    /** Every unit the caller may register a case in — their units and those below — in tree order. */
    @Transactional
    public List<OrgUnit> forRegistration(Caller caller) {
        if (caller.grants().isEmpty()) {
            return List.of();
        }
        return units.findAll().stream()
                .filter(u -> caller.visibility().sees(u.getPath()))
                .filter(u -> mayRegisterIn(caller, u))
                .sorted(TREE_ORDER)
                .toList();
    }

    /** Parents before children, siblings by id: the path read as numbers (as text, /1/10/ would sort before /1/2/). */
    public static final Comparator<OrgUnit> TREE_ORDER = (a, b) -> {
        long[] x = ids(a.getPath());
        long[] y = ids(b.getPath());
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (x[i] != y[i]) {
                return Long.compare(x[i], y[i]);
            }
        }
        return Integer.compare(x.length, y.length);
    };

    private static long[] ids(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).mapToLong(Long::parseLong).toArray();
    }

    /** Core registering roles, or any role of the unit's own agency plugin, held at or above the unit. */
    public boolean mayRegisterIn(Caller caller, OrgUnit unit) {
        Set<String> allowed = registeringRoles(unit.getAgencyType());
        return caller.rolesOver(unit.getPath()).stream().anyMatch(allowed::contains);
    }

    /** Whether the caller may register in at least their own unit (the menu asks, without loading units). */
    public boolean mayRegisterSomewhere(Caller caller) {
        return caller.grants().stream().anyMatch(g -> registeringRoles(g.agencyType()).contains(g.role()));
    }

    private Set<String> registeringRoles(String agencyType) {
        Set<String> allowed = new HashSet<>(Set.of(CoreRoles.CLERK, CoreRoles.LEADER, CoreRoles.ADMIN));
        plugins.find(agencyType).ifPresent(p -> p.agencyType().roles().stream().map(RoleDeclaration::name).forEach(allowed::add));
        return allowed;
    }
}
