package org.xinfang.api.caller;

import java.util.Set;

/**
 * The unit subtrees a user may see, as materialised paths ({@code /1/4/}). A case is visible when
 * its unit's path starts with one of them. An empty set sees nothing.
 */
public record Visibility(Set<String> unitPaths) {

    public Visibility {
        unitPaths = Set.copyOf(unitPaths);
    }

    public boolean sees(String unitPath) {
        return unitPath != null && unitPaths.stream().anyMatch(unitPath::startsWith);
    }
}
