package org.xinfang.api.plugin;

/** Whether a transition moves the case to another unit; each move is recorded in the history. */
public enum UnitMove {
    /** The case stays where it is. */
    NONE,
    /** To the unit named by the step (转送, 交办). */
    TO_TARGET,
    /** Back to the unit it came from (an objection returns a matter sent to the wrong body). */
    BACK,
    /** To the next-higher unit (复查, 复核 go to the body above); stays put at the top of the tree. */
    UP
}
