package org.xinfang.plugins.discipline.kernel;

import java.util.Arrays;
import org.xinfang.api.caller.Caller;

/** Who may do what, asked the same way by every use case: a role held in the unit or above it. */
public final class Roles {

    private Roles() {
    }

    /** True when the caller holds one of {@code roles} in the unit at {@code unitPath} or above. */
    public static boolean holdsOver(Caller caller, String unitPath, String... roles) {
        return Arrays.stream(roles).anyMatch(role -> caller.hasRoleOver(role, unitPath));
    }

    /** Refuses (403) with the message of {@code key} unless the caller holds one of {@code roles} over the unit. */
    public static void require(Caller caller, String unitPath, String key, String... roles) {
        if (!holdsOver(caller, unitPath, roles)) {
            throw Refusal.forbidden(Texts.get(caller.locale(), key));
        }
    }
}
