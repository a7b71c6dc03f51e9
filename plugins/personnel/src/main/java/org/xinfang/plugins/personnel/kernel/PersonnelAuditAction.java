package org.xinfang.plugins.personnel.kernel;

import org.xinfang.api.port.AuditAction;

/** What the bureau's own work puts in the audit trail (labels under {@code audit.action.<code>} in the plugin's bundle). */
public enum PersonnelAuditAction implements AuditAction {
    /** The first receiver of a matter was recorded at registration, or named instead of the registering clerk. */
    PERSONNEL_FIRST_RECEIVER,
    /** The bureau's notes on a quarter were saved. */
    PERSONNEL_QUARTER_NOTES,
    /** A quarter's analysis was issued under its number. */
    PERSONNEL_QUARTER_ISSUED;

    @Override
    public String code() {
        return name();
    }
}
