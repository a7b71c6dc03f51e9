package org.xinfang.api.procedure;

import org.xinfang.api.procedure.ClockEffect;
import java.util.Objects;

/** What a transition does to one of the procedure's clocks. */
public record ClockEffect(String clock, Action action) {

    public enum Action {
        /** Starts (or restarts) the clock on the day of the step. */
        START,
        /** Stops it: the duty it timed is done. */
        STOP,
        /** Pauses it (a hearing, an expert appraisal); the days paused are added back on resume. */
        PAUSE,
        RESUME,
        /** Pushes its due date by the step's extension days, once, at most the clock's maximum. */
        EXTEND
    }

    public ClockEffect {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(action, "action");
    }
}
