package org.xinfang.core.application.ledgers;

import org.xinfang.core.application.kernel.InvalidInputException;

/**
 * A second report for the same unit and period, or a round recorded twice: refused, naming the field
 * that says which period, and nothing saved. It is invalid input to a page (shown on that field) and a
 * conflict to the API (409), since the first one stands.
 */
public class AlreadyRecordedException extends InvalidInputException {

    public AlreadyRecordedException(String field, String message) {
        super(java.util.List.of(new FieldProblem(field, message)));
    }
}
