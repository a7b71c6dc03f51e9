package org.xinfang.core.infrastructure.persistence.prevention;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.Collection;
import org.xinfang.core.infrastructure.persistence.Like;

/** The scoping of prevention's queries: a unit's path under one of the subtrees asked for, inside the query. */
final class WithinUnits {

    private WithinUnits() {
    }

    /** {@code path} starts with one of {@code unitPaths}; no path matches nothing. */
    static Predicate any(CriteriaBuilder cb, Expression<String> path, Collection<String> unitPaths) {
        if (unitPaths.isEmpty()) {
            return cb.disjunction();
        }
        return cb.or(unitPaths.stream().map(p -> cb.like(path, Like.escape(p) + "%", '\\')).toArray(Predicate[]::new));
    }
}
