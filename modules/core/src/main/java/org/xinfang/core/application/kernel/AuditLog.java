package org.xinfang.core.application.kernel;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.AuditAction;
import org.xinfang.api.port.AuditTrail;
import org.xinfang.core.domain.model.audit.AuditEvent;
import org.xinfang.core.domain.model.audit.AuditEventRepository;

/**
 * The append-only, hash-chained audit log. Every change a use case makes records one event in the
 * same transaction, so the change and its record commit or roll back together. The log has several
 * chains; a transaction appends all its events to one, picked by its first event's record, so it
 * locks one chain head (no lock-order deadlock between two) and writers about other records do not
 * wait for it. {@code AuditVerifier} proves the chains; {@code AuditCheckpoints} seals them.
 */
@ApplicationScoped
public class AuditLog implements AuditTrail {

    /** The transaction's chain, kept with the transaction. */
    private static final String CHAIN = AuditLog.class.getName() + ".chain";

    @Inject
    private AuditEventRepository events;

    @Inject
    private Clock clock;

    // The server-wide name, not java:comp/…: that one resolves only on a thread of a component, and this
    // bean may first be made on any thread that writes (a batch, a benchmark's own pool).
    @Resource(lookup = "java:jboss/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transaction;

    /** Appends an event to the transaction's chain, its head row locked until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent record(String actor, AuditAction action, String entityType, Object entityId, Long unitId, String detail) {
        LocalDateTime now = LocalDateTime.now(clock);
        String id = String.valueOf(entityId);
        Integer chain = (Integer) transaction.getResource(CHAIN);
        if (chain == null) {
            chain = AuditEvent.chainOf(entityType, id);
            transaction.putResource(CHAIN, chain);
        }
        int chainNo = chain;
        return events.append(chainNo, previous -> new AuditEvent(chainNo, now, actor, action.code(), entityType, id, unitId, detail,
                previous));
    }

    /**
     * A plugin's change, through the port: the same log as the core's, in the plugin's transaction
     * when it has one (so the record and the change commit together), else in one of its own.
     */
    @Override
    @Transactional
    public void record(Caller caller, AuditAction action, String entityType, Object entityId, Long unitId, String detail) {
        record(caller.username(), action, entityType, entityId, unitId, detail);
    }

    /** Events about one record, oldest first. */
    @Transactional
    public List<AuditEvent> history(String entityType, Object entityId) {
        return events.about(entityType, String.valueOf(entityId));
    }
}
