package org.xinfang.plugins.discipline.joint.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.Organisation;
import org.xinfang.plugins.discipline.DisciplinePlugin;
import org.xinfang.api.plugin.Refusal;
import org.xinfang.plugins.discipline.kernel.Roles;
import org.xinfang.plugins.discipline.kernel.Texts;

/**
 * The committees of a joint investigation, read from the organisation tree: the committee that runs
 * it (seen by its own staff only) and its lower committees (its discipline units directly below).
 */
@ApplicationScoped
public class Committees {

    @Inject
    private Organisation organisation;

    /** The committee, when the caller works in it or above it; otherwise not found, as for a missing id. */
    public Organisation.Unit committee(Caller caller, long committeeUnitId) {
        return organisation.unit(committeeUnitId)
                .filter(u -> DisciplinePlugin.ID.equals(u.agencyType()))
                .filter(u -> Roles.inCommissionOver(caller, u.path()))
                .orElseThrow(() -> Refusal.notFound(Texts.get(caller.locale(), "discipline.joint.committeeNotFound",
                        String.valueOf(committeeUnitId))));
    }

    /** The committee as a lower committee sees it: no visibility needed, only that it is a committee. */
    public Organisation.Unit anyCommittee(Locale locale, long committeeUnitId) {
        return organisation.unit(committeeUnitId)
                .filter(u -> DisciplinePlugin.ID.equals(u.agencyType()))
                .orElseThrow(() -> Texts.invalid(locale, "committeeUnitId", "discipline.joint.committeeNotFound",
                        String.valueOf(committeeUnitId)));
    }

    /** The discipline units directly below the committee. */
    public List<Organisation.Unit> lowerCommittees(long committeeUnitId) {
        return organisation.children(committeeUnitId).stream().filter(u -> DisciplinePlugin.ID.equals(u.agencyType())).toList();
    }

    /** A unit named in a request, or a refusal naming the field. */
    public Organisation.Unit unit(Locale locale, String field, long unitId) {
        return organisation.unit(unitId).orElseThrow(() -> Texts.invalid(locale, field, "discipline.unit.notFound", String.valueOf(unitId)));
    }

    public Map<Long, Organisation.Unit> units(Collection<Long> ids) {
        Map<Long, Organisation.Unit> units = new HashMap<>();
        ids.stream().distinct().forEach(id -> organisation.unit(id).ifPresent(u -> units.put(id, u)));
        return units;
    }
}
