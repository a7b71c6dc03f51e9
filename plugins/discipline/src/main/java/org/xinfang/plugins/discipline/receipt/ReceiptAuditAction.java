package org.xinfang.plugins.discipline.receipt;

import org.xinfang.api.port.AuditAction;

/** What the receipts put in the audit trail (labels under {@code audit.action.<code>} in the plugin's bundle). */
public enum ReceiptAuditAction implements AuditAction {
    DISCIPLINE_RECEIPT_ISSUED,
    DISCIPLINE_REPORTER_ANSWERED,
    DISCIPLINE_REPORTER_EVIDENCE;

    @Override
    public String code() {
        return name();
    }
}
