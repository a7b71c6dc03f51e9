package org.xinfang.core.application.kernel;

import org.xinfang.api.caller.Caller;
import org.xinfang.core.domain.model.user.CoreRoles;

/** The caller may not do this here; the message says what was refused. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }

    /**
     * Refuses everyone but an administrator, in the caller's language, with the message of
     * {@code refusal}: a key that names what only an administrator may do here.
     */
    public static void unlessAdmin(Caller caller, String refusal) {
        if (!caller.hasRole(CoreRoles.ADMIN)) {
            throw new NotPermittedException(Messages.get(caller.locale(), refusal));
        }
    }
}
