package org.xinfang.core.domain.model.audit;

import java.util.List;
import java.util.function.Function;

/** The hash-chained audit events, append-only. */
public interface AuditEventRepository {

    /**
     * Appends the event {@code linked} makes of the chain's last hash: the chain head is locked
     * first, so concurrent writers form one chain, and moves to the new event's hash.
     */
    AuditEvent append(Function<String, AuditEvent> linked);

    /** Events about one record, oldest first. */
    List<AuditEvent> about(String entityType, String entityId);

    /** Every event, oldest first. */
    List<AuditEvent> all();
}
