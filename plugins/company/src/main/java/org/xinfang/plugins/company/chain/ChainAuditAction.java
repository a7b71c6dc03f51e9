package org.xinfang.plugins.company.chain;

import org.xinfang.api.port.AuditAction;

/** What changing the chain puts in the audit trail (label under {@code audit.action.<code>} in the plugin's bundle). */
public enum ChainAuditAction implements AuditAction {
    COMPANY_CHAIN_CHANGED;

    @Override
    public String code() {
        return name();
    }
}
