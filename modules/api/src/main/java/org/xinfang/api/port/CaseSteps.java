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
     * case page, or the ones with an outcome by {@link #takeWithOutcome}. Returns the case's version
     * after the step.
     */
    long take(Caller caller, long caseId, long expectedVersion, String transition, String reason);

    /**
     * As {@link #take}, for a step that records an outcome with its reason — 出具处理意见书: supported,
     * explained or not supported. Returns the case's version after the step.
     */
    long takeWithOutcome(Caller caller, long caseId, long expectedVersion, String transition, String reason,
                         org.xinfang.api.model.Outcome outcome);

    /**
     * Takes {@code transition} on the case in the system's name (the history's actor is
     * {@code system}), with {@code reason}: what a plugin does by itself when a clock lapses (a
     * workshop's unresolved complaint goes up to the company). No caller's roles are asked; the step
     * must still be one of the case's procedure, from the state the case is in, to a unit the
     * procedure and the plugin allow. Returns false, writing nothing and refusing nothing, when the
     * step does not apply now (the case moved on meanwhile, the line has no unit above) — so that the
     * watch that announced the clock runs on; true when the step was taken. Runs in the caller's
     * transaction.
     */
    boolean takeBySystem(long caseId, String transition, String reason);
}
