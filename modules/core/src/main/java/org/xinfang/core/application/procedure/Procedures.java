package org.xinfang.core.application.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.procedure.EffectiveProcedure;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.api.plugin.RoleDeclaration;
import org.xinfang.api.procedure.StateDeclaration;
import org.xinfang.api.procedure.TransitionDeclaration;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.domain.model.procedure.CaseStep;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;

/**
 * The procedure each case runs: the general one, extended by the plugin of the agency that registered
 * it. Also what a caller's roles count for in it — a plugin role takes the general steps of the core
 * role it acts as.
 */
@ApplicationScoped
public class Procedures {

    @Inject
    private PluginRegistry plugins;

    private final Map<String, EffectiveProcedure> byAgency = new ConcurrentHashMap<>();

    /** The procedure of cases registered by units of {@code agencyType}. */
    public EffectiveProcedure of(String agencyType) {
        return byAgency.computeIfAbsent(agencyType, type -> plugins.find(type)
                .flatMap(p -> p.procedures().stream().filter(d -> GeneralProcedure.ID.equals(d.extendsProcedure())).findFirst())
                .map(EffectiveProcedure::extending)
                .orElseGet(EffectiveProcedure::general));
    }

    /** The label of a case's state in its procedure; an unknown state shows as its name. */
    public LocalizedText stateLabel(String agencyType, String state) {
        return of(agencyType).state(state).map(StateDeclaration::label).orElse(LocalizedText.of(state, state));
    }

    /** How a step of a case's history reads: its transition's label, or the registration's. */
    public LocalizedText stepLabel(String agencyType, String transition) {
        if (CaseStep.REGISTER.equals(transition)) {
            return CaseStep.REGISTER_LABEL;
        }
        return of(agencyType).transition(transition).map(TransitionDeclaration::label).orElse(LocalizedText.of(transition, transition));
    }

    /** Every state any installed procedure knows, the general ones first, each once (for list filters). */
    public List<StateDeclaration> allStates() {
        Map<String, StateDeclaration> states = new LinkedHashMap<>();
        EffectiveProcedure.general().states().forEach(s -> states.put(s.name(), s));
        plugins.plugins().forEach(p -> of(p.id()).states().forEach(s -> states.putIfAbsent(s.name(), s)));
        return List.copyOf(states.values());
    }

    /** The roles the caller holds over {@code unit}, with the core roles their plugin roles act as. */
    public Set<String> effectiveRoles(Caller caller, OrgUnit unit) {
        Set<String> roles = new HashSet<>(caller.rolesOver(unit.getPath()));
        for (String held : List.copyOf(roles)) {
            roles.add(actsAs(held));
        }
        return roles;
    }

    /**
     * Whether the caller works on the matters of {@code unit}: holds, at or above it, a staff role or a
     * plugin role acting as one. Seeing a matter is not enough to change it (the keeper of sealed
     * identities sees, and acts as no core role).
     */
    public boolean worksOn(Caller caller, OrgUnit unit) {
        return effectiveRoles(caller, unit).stream().anyMatch(CoreRoles.STAFF::contains);
    }

    /** The core role a role acts as: a plugin's role its declared core role, any other role itself. */
    public String actsAs(String role) {
        for (AgencyPlugin plugin : plugins.plugins()) {
            for (RoleDeclaration declared : plugin.agencyType().roles()) {
                if (declared.name().equals(role) && declared.actsAs() != null) {
                    return declared.actsAs();
                }
            }
        }
        return role;
    }

    /**
     * Whether the caller holds, in {@code unit} itself (not above it, not below), a role acting as one of
     * {@code coreRoles}: the staff of the unit an order or an assignment went to, or that gave it.
     */
    public boolean holdsIn(Caller caller, OrgUnit unit, Set<String> coreRoles) {
        return caller.grants().stream().anyMatch(g -> unit.getId().equals(g.unitId()) && coreRoles.contains(actsAs(g.role())));
    }
}
