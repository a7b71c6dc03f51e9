package org.xinfang.api.event;

import java.util.Map;

/**
 * The core has seeded the demo city into an empty database (units, users, sample cases), in the
 * transaction still open: a plugin observes this to seed its own demo data through its use cases,
 * which then commits or rolls back with the city. Fired only when demo data is switched on.
 *
 * @param unitIds the demo units' ids by their key in the demo files ({@code jw}, {@code jw-cg}, …)
 */
public record DemoSeeded(Map<String, Long> unitIds) {

    public DemoSeeded {
        unitIds = Map.copyOf(unitIds);
    }
}
