package org.xinfang.plugins.discipline.kernel;

import org.xinfang.api.plugin.Refusal;
import java.util.Arrays;
import java.util.List;
import org.xinfang.api.caller.Caller;
import org.xinfang.plugins.discipline.DisciplinePlugin;

/** Who may do what, asked the same way by every use case: a role held in the unit or above it. */
public final class Roles {

    private Roles() {
    }

    /** True when the caller holds one of {@code roles} in the unit at {@code unitPath} or above. */
    public static boolean holdsOver(Caller caller, String unitPath, String... roles) {
        return Arrays.stream(roles).anyMatch(role -> caller.hasRoleOver(role, unitPath));
    }

    /**
     * The units the caller works in as a member of a discipline commission: the commission's own work
     * (joint investigations, their figures) is seen from these and below, not from a petition bureau
     * the commission hangs under in the tree, nor by the administrator.
     */
    public static List<String> commissionPaths(Caller caller) {
        return caller.grants().stream().filter(g -> DisciplinePlugin.ID.equals(g.agencyType()))
                .map(Caller.Grant::unitPath).distinct().toList();
    }

    /** Whether the caller works in the commission at {@code unitPath} or in one above it. */
    public static boolean inCommissionOver(Caller caller, String unitPath) {
        return commissionPaths(caller).stream().anyMatch(unitPath::startsWith);
    }

    /** Refuses (403) with the message of {@code key} unless the caller holds one of {@code roles} over the unit. */
    public static void require(Caller caller, String unitPath, String key, String... roles) {
        if (!holdsOver(caller, unitPath, roles)) {
            throw Refusal.forbidden(Texts.get(caller.locale(), key));
        }
    }
}
