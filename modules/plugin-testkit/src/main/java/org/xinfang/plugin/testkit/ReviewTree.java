package org.xinfang.plugin.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xinfang.api.model.UnitLevel;
import org.xinfang.api.procedure.ReviewLine;

/**
 * An organisation tree held in memory, for a plugin's tests of its review rule
 * ({@code AgencyPlugin.reviewLine()}): build the units, then ask where a unit's decision is reviewed.
 * The same walk the core makes over the stored tree, without a server.
 */
public final class ReviewTree implements ReviewLine.Tree {

    private final List<ReviewLine.Body> units = new ArrayList<>();
    private final Map<Long, Long> parents = new HashMap<>();

    /** Adds a unit under {@code parent} (a root when null) and returns it. */
    public ReviewLine.Body add(String name, String agencyType, UnitLevel level, ReviewLine.Body parent) {
        ReviewLine.Body unit = new ReviewLine.Body(units.size() + 1L, name, agencyType, level);
        units.add(unit);
        if (parent != null) {
            parents.put(unit.id(), parent.id());
        }
        return unit;
    }

    /** The name of the body {@code line} names above {@code deciding}, or empty when none lies above. */
    public Optional<String> reviewerOf(ReviewLine.Body deciding, ReviewLine line) {
        return line.above(deciding, this).map(ReviewLine.Body::name);
    }

    @Override
    public Optional<ReviewLine.Body> parent(ReviewLine.Body unit) {
        Long parent = parents.get(unit.id());
        return parent == null ? Optional.empty() : Optional.of(units.get((int) (parent - 1)));
    }

    @Override
    public List<ReviewLine.Body> children(ReviewLine.Body unit) {
        return units.stream().filter(u -> Long.valueOf(unit.id()).equals(parents.get(u.id()))).toList();
    }
}
