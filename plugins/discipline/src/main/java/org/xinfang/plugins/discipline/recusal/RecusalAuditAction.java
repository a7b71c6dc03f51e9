package org.xinfang.plugins.discipline.recusal;

import org.xinfang.api.port.AuditAction;

/** What recusal records in the audit trail (labels {@code audit.action.<code>} in the plugin's bundle). */
public enum RecusalAuditAction implements AuditAction {
    DISCIPLINE_ACCUSED_UNIT_SET,
    DISCIPLINE_REPORT_ASSIGNED,
    DISCIPLINE_CONFLICT_DECLARED,
    DISCIPLINE_ASSIGNMENT_WITHDRAWN;

    @Override
    public String code() {
        return name();
    }
}
