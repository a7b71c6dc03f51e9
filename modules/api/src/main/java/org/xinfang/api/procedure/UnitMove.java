package org.xinfang.api.procedure;

import org.xinfang.api.procedure.UnitMove;

/** Whether a transition moves the case to another unit; each move is recorded in the history. */
public enum UnitMove {
    /** The case stays where it is. */
    NONE,
    /** To the unit named by the step (转送, 交办). */
    TO_TARGET,
    /** Back to the unit it came from (an objection returns a matter sent to the wrong body). */
    BACK,
    /**
     * To the body that reviews the deciding unit's decisions (复查, 复核), as the case's agency declares
     * it ({@link ReviewLine}); refused, never silently kept in place, when no body lies above. The unit
     * it leaves keeps read-only sight of the case.
     */
    REVIEW_BODY,
    /**
     * Up the agency line: to the next unit above of the case's own agency type — the nearest ancestor
     * of that type, or else a unit of that type directly under a higher ancestor (a commission that
     * stands beside the government or bureau of the level above). A report about a body's own head
     * goes there, never to a unit of another agency; refused when the line has no unit above.
     */
    UP_LINE
}
