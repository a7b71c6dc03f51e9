package org.xinfang.api.port;

import org.xinfang.api.caller.Caller;

/** The core's hash-chained audit trail, for a plugin's own changes. */
public interface AuditTrail {

    /** Records that the caller did {@code action} to the entity, in the unit it belongs to. */
    void record(Caller caller, AuditAction action, String entityType, Object entityId, Long unitId, String detail);
}
