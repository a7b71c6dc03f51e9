package org.xinfang.core.domain.model.cases;

/**
 * Counts of the cases a caller sees: not yet finished, received in a month, finished in that month
 * (by the step that ended each, from the history, not from an editable field).
 */
public record CaseFigures(long open, long received, long concluded) {
}
