package org.xinfang.core.application.cases;

/**
 * No case with that id in the caller's view. A case in another unit's subtree is reported exactly
 * like a case that does not exist, so that ids reveal nothing across units.
 */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(Long id) {
        super("Case " + id + " not found");
    }

    protected CaseNotFoundException(String message) {
        super(message);
    }
}
