package org.xinfang.core.infrastructure.persistence;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.Collection;

/** LIKE patterns with the user's text taken literally (escape character {@code \}), and the unit-scoping predicate built on them. */
public final class Like {

    private Like() {
    }

    /** {@code s} with LIKE's wildcards and the escape character escaped. */
    public static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** {@code path} lies under one of {@code unitPaths} (a materialised path prefix), in the query itself; no path matches nothing. */
    public static Predicate underAny(CriteriaBuilder cb, Expression<String> path, Collection<String> unitPaths) {
        if (unitPaths.isEmpty()) {
            return cb.disjunction();
        }
        return cb.or(unitPaths.stream().map(p -> cb.like(path, escape(p) + "%", '\\')).toArray(Predicate[]::new));
    }
}
