package org.xinfang.plugins.discipline.joint;

/**
 * The eight categories of reports a joint investigation takes (联查范围), as the committee's rules
 * list them; a candidate needs at least one to be proposed. Labels {@code discipline.joint.eligibility.<NAME>}.
 */
public enum Eligibility {
    /** 情况紧急，不及时处理易造成集体访或产生不良影响. */
    URGENT,
    /** 越级访、集体访、上访老户. */
    ESCALATED_COLLECTIVE_OR_LONGSTANDING,
    /** 侵害群众利益的群体性事件及部门和乡村干部严重违纪违法. */
    SERIOUS_VIOLATION,
    /** 基层已作处理信访人仍不服或出现重信重访. */
    CONTESTED_OR_REPEATED,
    /** 转（交）办件逾期未报结果又不能说明正当理由. */
    TRANSFERRED_OVERDUE,
    /** 基层应回避或难以核实. */
    RECUSAL_OR_HARD_TO_VERIFY,
    /** 基层要求并经领导认定需要联查. */
    REQUESTED_BY_BASIC_LEVEL,
    /** 领导交办需要快查快结. */
    LEADER_ASSIGNED_QUICK
}
