package org.xinfang.core.domain.model.procedure;

/** Where a statutory clock stands. */
public enum ClockStatus {
    RUNNING,
    /** Suspended (a hearing, an appraisal); the days paused are given back on resume. */
    PAUSED,
    /** Its duty was done (or the step that owned it is over). */
    STOPPED
}
