package org.xinfang.core.domain.model.audit;

import java.util.List;
import java.util.function.Function;

/** The hash-chained audit events, append-only, on {@link AuditEvent#CHAINS} chains. */
public interface AuditEventRepository {

    /**
     * Appends the event {@code linked} makes of chain {@code chainNo}'s last hash: that chain's head
     * row is locked first, so concurrent writers to one chain form one sequence, and moves to the new
     * event. Writers to other chains do not wait.
     */
    AuditEvent append(int chainNo, Function<String, AuditEvent> linked);

    /** Events about one record, oldest first. */
    List<AuditEvent> about(String entityType, String entityId);

    /** Up to {@code limit} events after id {@code afterId}, by id, detached: a page of a scan in bounded memory. */
    List<AuditEvent> after(long afterId, int limit);

    /** The events of one chain after id {@code afterId} (and before {@code beforeId}, when not null), by id, detached. */
    List<AuditEvent> onChain(int chainNo, long afterId, Long beforeId);

    /** Every chain's head row, by chain. */
    List<ChainHead> heads();
}
