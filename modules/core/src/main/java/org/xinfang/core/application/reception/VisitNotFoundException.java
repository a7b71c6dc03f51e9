package org.xinfang.core.application.reception;

/** No reception record with that id in the caller's view; answered like a record that does not exist. */
public class VisitNotFoundException extends RuntimeException {

    public VisitNotFoundException(String message) {
        super(message);
    }
}
