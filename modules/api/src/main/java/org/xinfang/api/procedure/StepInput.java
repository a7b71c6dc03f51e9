package org.xinfang.api.procedure;

import org.xinfang.api.procedure.StepInput;

/** What the person firing a transition must give; the engine names each one missing. */
public enum StepInput {
    /** Free text: the reason, opinion or instruction written into the history and the notice. */
    REASON,
    /** The unit the case is forwarded or assigned to. */
    TARGET_UNIT,
    /** A due date set by the step (the report-back date of a 交办). */
    DUE_DATE,
    /** {@link org.xinfang.api.model.Outcome}: 支持/解释说明/不予支持. */
    OUTCOME,
    /** {@link org.xinfang.api.model.LegalRoute}: the route a litigation matter is steered to. */
    LEGAL_ROUTE,
    /** Days of an extension. */
    EXTENSION_DAYS,
    /** {@link org.xinfang.api.model.Rating}: the petitioner's rating. */
    RATING
}
