package org.xinfang.plugins.company.protection;

import org.xinfang.api.port.AuditAction;

/** What the protection use cases put in the audit trail (label under {@code audit.action.<code>} in the plugin's bundle). */
public enum ProtectionAuditAction implements AuditAction {
    COMPANY_PROTECTION_FLAGGED,
    COMPANY_PROTECTION_CLEARED,
    COMPANY_PROTECTION_CHECKED;

    @Override
    public String code() {
        return name();
    }
}
