package org.xinfang.plugins.discipline.joint;

/** Where an important report stands on its way to becoming a joint case. */
public enum JointStatus {
    /** 已登记: on the register, not yet proposed. */
    REGISTERED,
    /** 已拟办: the office proposed it on a 拟办单, awaiting a leader. */
    PROPOSED,
    /** 确定为联查件: a leader approved; the 拟办单 is issued. */
    SELECTED,
    /** 未列为联查件: a leader rejected the proposal. */
    REJECTED
}
