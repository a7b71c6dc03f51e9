package org.xinfang.plugins.discipline.joint;

/** The result of a joint case (labels {@code discipline.joint.outcome.<NAME>}). */
public enum JointOutcome {
    /** 立案: a party-discipline case was opened against the accused. */
    FILED,
    /** 信访结案: the report was concluded without a case. */
    CONCLUDED,
    /** 正在核实: still in verification. */
    VERIFYING
}
