package org.xinfang.api.port;

import java.util.List;
import org.xinfang.api.caller.Caller;

/** The procedure engine as a plugin may drive it: the steps open to the caller, and taking one. */
public interface CaseSteps {

    /** A step the caller could take now, or why not ({@code blockedBecause} null when open). */
    record Option(String transition, String label, String blockedBecause) {
    }

    List<Option> options(Caller caller, long caseId);

    /**
     * Takes {@code transition} on the case as the caller, with its reason; refused (with the engine's
     * own message) when not allowed, when its clocks block it, or when the case changed since
     * {@code expectedVersion}. Steps that need more input (a target unit, an outcome) are taken on the
     * case page.
     */
    void take(Caller caller, long caseId, long expectedVersion, String transition, String reason);
}
