package org.xinfang.core.application.prevention;

/**
 * No assessment, meeting or decision with that id in the caller's view. One outside the caller's
 * units is answered exactly like one that does not exist, so that ids reveal nothing across units.
 */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String message) {
        super(message);
    }
}
