package org.xinfang.core.application.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.AuditAction;
import org.xinfang.api.port.AuditTrail;
import org.xinfang.core.domain.model.audit.AuditEvent;
import org.xinfang.core.domain.model.audit.AuditEventRepository;

/**
 * The append-only, hash-chained audit log. Every change a use case makes records one event in the
 * same transaction, so the change and its record commit or roll back together.
 */
@ApplicationScoped
public class AuditLog implements AuditTrail {

    @Inject
    private AuditEventRepository events;

    @Inject
    private Clock clock;

    /** Appends an event; the chain head row is locked so concurrent writers form one chain. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent record(String actor, AuditAction action, String entityType, Object entityId, Long unitId, String detail) {
        LocalDateTime now = LocalDateTime.now(clock);
        return events.append(previous -> new AuditEvent(now, actor, action.code(), entityType, String.valueOf(entityId), unitId, detail,
                previous));
    }

    /**
     * A plugin's change, through the port: the same chain as the core's, in the plugin's transaction
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

    /** The id of the first event whose hash or link does not match, or empty when the chain is intact. */
    @Transactional
    public Optional<Long> verify() {
        String expectedPrevious = null;
        for (AuditEvent e : events.all()) {
            boolean linked = expectedPrevious == null || expectedPrevious.equals(e.getPreviousHash());
            if (!linked || !e.computeHash().equals(e.getHash())) {
                return Optional.of(e.getId());
            }
            expectedPrevious = e.getHash();
        }
        return Optional.empty();
    }
}
