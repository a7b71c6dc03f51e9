package org.xinfang.core.application.kernel;

/** The caller may not do this here; the message says what was refused. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
