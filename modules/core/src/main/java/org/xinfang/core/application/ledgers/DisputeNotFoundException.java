package org.xinfang.core.application.ledgers;

/** No such dispute, or one in a unit the caller does not see: the same answer for both. */
public class DisputeNotFoundException extends RuntimeException {

    public DisputeNotFoundException(String message) {
        super(message);
    }
}
