package org.xinfang.core.application.procedure;

/**
 * A step the procedure does not allow now: the case is in another state, a time limit has passed or
 * not yet passed, an extension was already granted. Nothing was changed.
 */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
