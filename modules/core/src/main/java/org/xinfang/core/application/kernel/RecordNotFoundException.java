package org.xinfang.core.application.kernel;

/**
 * No record with that id in the caller's view (an assessment, a meeting, an API token). One outside
 * the caller's reach is answered exactly like one that does not exist, so that ids reveal nothing.
 */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String message) {
        super(message);
    }
}
