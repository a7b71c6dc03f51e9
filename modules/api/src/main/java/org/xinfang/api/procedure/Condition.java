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
        REPEAT_OF_CONCLUDED,
        /**
         * The case is not the same matter as a concluded case: an ordinary acceptance. A matter concluded
         * by re-review is not accepted again on the same facts (信访工作条例 第三十五条、第三十六条), so
         * every step that accepts a matter carries this condition or {@link #REPEAT_OF_CONCLUDED} (then
         * taken by a leader with a stated reason); the soundness check refuses an accepting step with neither.
         */
        NOT_REPEAT_OF_CONCLUDED,
        /**
         * No body lies above the unit holding the case to take a review or re-review of its decision (the
         * province's own decision, a company's 复查): the decision is final, and waiting out the window
         * for a request nobody could take would only delay the matter's end.
         */
        NO_REVIEW_BODY
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

    public static Condition notRepeatOfConcluded() {
        return new Condition(Kind.NOT_REPEAT_OF_CONCLUDED, null);
    }

    public static Condition noReviewBody() {
        return new Condition(Kind.NO_REVIEW_BODY, null);
    }

    /** Whether the condition decides on a repeat of a concluded matter, one way or the other. */
    public boolean aboutRepeats() {
        return kind == Kind.REPEAT_OF_CONCLUDED || kind == Kind.NOT_REPEAT_OF_CONCLUDED;
    }
}
