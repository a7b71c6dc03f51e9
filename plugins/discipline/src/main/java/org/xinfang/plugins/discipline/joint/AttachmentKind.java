package org.xinfang.plugins.discipline.joint;

/** What a joint case's attachment is (labels {@code discipline.joint.attachment.<NAME>}). */
public enum AttachmentKind {
    /** 初查方案. */
    PLAN,
    /** 核查情况（findings）. */
    FINDINGS,
    /** 谈话笔录: identifying (docs/adr/0015), opened by the identity keeper only. */
    INTERVIEW
}
