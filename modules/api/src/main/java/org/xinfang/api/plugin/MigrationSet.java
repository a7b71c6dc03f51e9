package org.xinfang.api.plugin;

import java.util.Objects;

/**
 * Where a plugin's SQL migrations are ({@code classpath} location) and the history table that records
 * them. Each plugin keeps its own history so that adding or removing a plugin never touches another's.
 */
public record MigrationSet(String location, String historyTable) {

    public MigrationSet {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(historyTable, "historyTable");
    }

    /** {@code db/migration/<id>} and {@code flyway_history_<id>}. */
    public static MigrationSet conventionFor(String pluginId) {
        return new MigrationSet("db/migration/" + pluginId, "flyway_history_" + pluginId);
    }
}
