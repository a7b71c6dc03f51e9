package org.xinfang.core.application.kernel;

import org.xinfang.api.port.AuditAction;

/** The core's audited changes; their labels are the web bundle's {@code audit.action.<code>}. */
public enum CoreAuditAction implements AuditAction {
    ATTACHMENT_ADDED,
    CALENDAR_DAY_REMOVED,
    CALENDAR_DAY_SET,
    CALENDAR_YEAR_IMPORTED,
    CASE_CORRECTED,
    CASE_OWNED,
    CASE_OWNERSHIP_CLOSED,
    CASE_OWNERSHIP_DUTY,
    CASE_OWNERSHIP_PLANNED,
    CASE_REGISTERED,
    CASE_STEP,
    IDENTITY_REVEALED,
    NOTICE_ISSUED,
    RECEPTION_APPLIED,
    RECEPTION_BOOKED,
    RECEPTION_CANCELLED,
    RECEPTION_CLASSIFIED,
    RECEPTION_HELD,
    RECEPTION_REMINDED,
    RECEPTION_RULE_CHANGED,
    RECEPTION_RULE_CREATED,
    RECEPTION_RULE_WITHDRAWN,
    RECEPTION_SCHEDULED,
    REFERRAL_FILED,
    REFERRAL_REPORTED,
    REFERRAL_RETURNED,
    SETTING_CHANGED,
    SUPERVISION_ANSWERED,
    SUPERVISION_CLOSED,
    SUPERVISION_ORDERED,
    UNIT_CREATED,
    USER_CREATED,
    VISIT_RECORDED;

    @Override
    public String code() {
        return name();
    }
}
