package org.xinfang.core.application.kernel;

import org.xinfang.api.caller.Caller;
import org.xinfang.core.domain.model.user.CoreRoles;

/** The caller may not do this here; the message says what was refused. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }

    /** Refuses everyone but an administrator, in the caller's language. */
    public static void unlessAdmin(Caller caller) {
        if (!caller.hasRole(CoreRoles.ADMIN)) {
            throw new NotPermittedException(Messages.get(caller.locale(), "settings.adminOnly"));
        }
    }
}
