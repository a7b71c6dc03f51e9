package org.xinfang.api.procedure;

import org.xinfang.api.procedure.Condition;
import java.util.Objects;

/** A precondition of a transition beyond its state and roles; the engine refuses it with a message when unmet. */
public record Condition(Kind kind, String clock) {

    public enum Kind {
        /** The clock is running and not yet past its due date (an objection within 5 working days). */
        WITHIN_CLOCK,
        /** The clock's due date has passed (a review window lapsed: the matter may be concluded). */
        CLOCK_LAPSED,
        /** The case was flagged at registration as the same matter as a concluded case. */
        REPEAT_OF_CONCLUDED
    }

    public Condition {
        Objects.requireNonNull(kind, "kind");
    }

    public static Condition within(String clock) {
        return new Condition(Kind.WITHIN_CLOCK, clock);
    }

    public static Condition lapsed(String clock) {
        return new Condition(Kind.CLOCK_LAPSED, clock);
    }

    public static Condition repeatOfConcluded() {
        return new Condition(Kind.REPEAT_OF_CONCLUDED, null);
    }
}
