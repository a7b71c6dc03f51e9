package org.xinfang.plugins.discipline.joint.application;

import org.xinfang.api.port.AuditAction;

/** What the joint investigation records in the audit trail (labels {@code audit.action.<code>} in the plugin's bundle). */
public enum JointAuditAction implements AuditAction {
    DISCIPLINE_JOINT_REGISTERED,
    DISCIPLINE_JOINT_MONTH_RETURNED,
    DISCIPLINE_JOINT_SETTINGS_CHANGED,
    DISCIPLINE_JOINT_PROPOSED,
    DISCIPLINE_JOINT_APPROVED,
    DISCIPLINE_JOINT_REJECTED,
    DISCIPLINE_JOINT_POOL_ADDED,
    DISCIPLINE_JOINT_POOL_APPROVED,
    DISCIPLINE_JOINT_TEAM_FORMED,
    DISCIPLINE_JOINT_TEAM_JOINED,
    DISCIPLINE_JOINT_CASE_TAKEN,
    DISCIPLINE_JOINT_WORK_RECORDED,
    DISCIPLINE_JOINT_ATTACHED,
    DISCIPLINE_JOINT_OUTCOME_RECORDED;

    @Override
    public String code() {
        return name();
    }
}
