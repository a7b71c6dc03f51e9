package org.xinfang.plugins.discipline.joint.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.Organisation;
import org.xinfang.plugins.discipline.DisciplinePlugin;

/**
 * The committee a page works for: the first discipline unit the caller holds a role in that has
 * lower committees, or, for a lower committee's staff, the committee above them.
 */
final class CommitteeChoice {

    private CommitteeChoice() {
    }

    static Optional<Organisation.Unit> of(Caller caller, Organisation organisation) {
        Map<Long, Organisation.Unit> candidates = new LinkedHashMap<>();
        for (Caller.Grant grant : caller.grants()) {
            if (!DisciplinePlugin.ID.equals(grant.agencyType()) || grant.unitId() == null) {
                continue;
            }
            Optional<Organisation.Unit> unit = organisation.unit(grant.unitId());
            boolean hasLower = organisation.children(grant.unitId()).stream().anyMatch(u -> DisciplinePlugin.ID.equals(u.agencyType()));
            if (unit.isPresent() && hasLower) {
                candidates.putIfAbsent(unit.get().id(), unit.get());
            } else {
                unit.map(Organisation.Unit::parentId).flatMap(organisation::unit)
                        .filter(parent -> DisciplinePlugin.ID.equals(parent.agencyType()))
                        .ifPresent(parent -> candidates.putIfAbsent(parent.id(), parent));
            }
        }
        return candidates.values().stream().findFirst();
    }
}
