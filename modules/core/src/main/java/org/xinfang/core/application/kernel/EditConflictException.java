package org.xinfang.core.application.kernel;

/** Someone else changed the record since the caller read it; nothing of the caller's change was saved. */
public class EditConflictException extends RuntimeException {

    public EditConflictException(String message) {
        super(message);
    }
}
