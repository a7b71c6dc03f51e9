package org.xinfang.core.domain.model.cases;

import java.util.Map;
import java.util.Set;

/**
 * A set of states per agency type, as a query needs them: a case runs its agency's procedure, so a
 * state name counts only for the agencies whose procedure names it. {@code byAgency} holds the
 * agencies with a procedure of their own; {@code otherwise} the states for every other agency type
 * (the general procedure's).
 */
public record AgencyStates(Map<String, Set<String>> byAgency, Set<String> otherwise) {

    public AgencyStates {
        byAgency = Map.copyOf(byAgency);
        otherwise = Set.copyOf(otherwise);
    }

    /** Whether no case can be in one of these states. */
    public boolean isEmpty() {
        return otherwise.isEmpty() && byAgency.values().stream().allMatch(Set::isEmpty);
    }
}
