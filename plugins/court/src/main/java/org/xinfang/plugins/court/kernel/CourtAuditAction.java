package org.xinfang.plugins.court.kernel;

import org.xinfang.api.port.AuditAction;

/** The court's own changes in the audit trail (labels under {@code audit.action.<code>} in the plugin's bundle). */
public enum CourtAuditAction implements AuditAction {
    COURT_DIVISION_LEADER_SET,
    COURT_PRESIDENT_RECEPTION_RECORDED,
    COURT_JUDGMENT_ANSWER_RECORDED,
    COURT_REVIEW_HEARING_SCHEDULED,
    COURT_REVIEW_HEARING_RECORDED;

    @Override
    public String code() {
        return name();
    }
}
