package org.xinfang.core.domain.model.unit;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Each agency keeps its own line above a unit: discipline commissions under the higher commission,
 * courts under the higher court. In the one organisation tree a commission often hangs under its
 * level's government or petition bureau, so the line is not simply the parent: it is the nearest
 * ancestor of the agency type, or else a unit of that type directly under a higher ancestor — the
 * commission that stands beside the government of the level above. A unit beside the starting one
 * (under its own parent) is a peer, not above it, and never counts.
 */
public final class AgencyLine {

    private AgencyLine() {
    }

    /**
     * The next unit of {@code agencyType} above {@code unit}, or empty at the top of the line.
     *
     * @param childrenOf the units directly under a unit (the repository's query)
     */
    public static Optional<OrgUnit> above(OrgUnit unit, String agencyType, Function<OrgUnit, List<OrgUnit>> childrenOf) {
        OrgUnit below = unit;
        for (OrgUnit ancestor = unit.getParent(); ancestor != null; below = ancestor, ancestor = ancestor.getParent()) {
            if (agencyType.equals(ancestor.getAgencyType())) {
                return Optional.of(ancestor);
            }
            if (below != unit) {
                OrgUnit passed = below;
                Optional<OrgUnit> beside = childrenOf.apply(ancestor).stream()
                        .filter(child -> agencyType.equals(child.getAgencyType()) && !child.contains(passed))
                        .findFirst();
                if (beside.isPresent()) {
                    return beside;
                }
            }
        }
        return Optional.empty();
    }
}
