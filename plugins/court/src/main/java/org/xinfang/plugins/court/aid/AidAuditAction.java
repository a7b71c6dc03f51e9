package org.xinfang.plugins.court.aid;

import org.xinfang.api.port.AuditAction;

/** What judicial aid puts in the audit trail (label under {@code audit.action.<code>} in the plugin's bundle). */
public enum AidAuditAction implements AuditAction {
    COURT_AID_APPLIED,
    COURT_AID_APPROVED,
    COURT_AID_REFUSED,
    COURT_AID_PAID,
    COURT_AID_RECEIVED;

    @Override
    public String code() {
        return name();
    }
}
