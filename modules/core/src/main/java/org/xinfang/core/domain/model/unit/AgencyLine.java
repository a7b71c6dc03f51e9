package org.xinfang.core.domain.model.unit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.xinfang.api.procedure.ReviewLine;

/**
 * Each agency keeps its own line above a unit: discipline commissions under the higher commission,
 * courts under the higher court. In the one organisation tree a commission often hangs under its
 * level's government or petition bureau, so the line is not simply the parent: it is the nearest
 * ancestor of the agency type, or else a unit of that type directly under a higher ancestor — the
 * commission that stands beside the government of the level above. A unit beside the starting one
 * (under its own parent) is a peer, not above it, and never counts. The walk itself is
 * {@link ReviewLine#next}, the one the agencies' review rules use; this is the tree of
 * {@link OrgUnit}s it walks.
 */
public final class AgencyLine implements ReviewLine.Tree {

    private final Function<OrgUnit, List<OrgUnit>> childrenOf;
    private final Map<Long, OrgUnit> seen = new HashMap<>();

    /** @param childrenOf the units directly under a unit (the repository's query) */
    public AgencyLine(Function<OrgUnit, List<OrgUnit>> childrenOf) {
        this.childrenOf = childrenOf;
    }

    /**
     * The next unit of {@code agencyType} above {@code unit}, or empty at the top of the line.
     *
     * @param childrenOf the units directly under a unit (the repository's query)
     */
    public static Optional<OrgUnit> above(OrgUnit unit, String agencyType, Function<OrgUnit, List<OrgUnit>> childrenOf) {
        AgencyLine tree = new AgencyLine(childrenOf);
        return ReviewLine.next(tree.body(unit), b -> agencyType.equals(b.agencyType()), tree).map(tree::unit);
    }

    /** The body {@code line} names above {@code unit}, or empty when none lies above. */
    public Optional<OrgUnit> reviewBody(OrgUnit unit, ReviewLine line) {
        return line.above(body(unit), this).map(this::unit);
    }

    /** The unit as a rule sees it. */
    public ReviewLine.Body body(OrgUnit unit) {
        seen.put(unit.getId(), unit);
        return new ReviewLine.Body(unit.getId(), unit.getName(), unit.getAgencyType(), unit.getLevel());
    }

    /** The unit a rule answered with (one this tree handed out). */
    public OrgUnit unit(ReviewLine.Body body) {
        OrgUnit unit = seen.get(body.id());
        if (unit == null) {
            throw new IllegalArgumentException("不是本树给出的机构 / not a unit of this tree: " + body);
        }
        return unit;
    }

    @Override
    public Optional<ReviewLine.Body> parent(ReviewLine.Body unit) {
        return Optional.ofNullable(unit(unit).getParent()).map(this::body);
    }

    @Override
    public List<ReviewLine.Body> children(ReviewLine.Body unit) {
        return childrenOf.apply(unit(unit)).stream().map(this::body).toList();
    }
}
