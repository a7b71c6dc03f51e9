package org.xinfang.core.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;
import org.xinfang.core.domain.model.audit.AuditCheckpoint;
import org.xinfang.core.domain.model.audit.AuditCheckpointRepository;
import org.xinfang.core.domain.model.audit.AuditEventRepository;

/**
 * Seals every chain's head in a checkpoint linked to the one before (whose row it locks, so two
 * sealers queue), and writes the checkpoint's hash to the server log: a copy outside the database
 * against which a rewritten database can be checked.
 */
@ApplicationScoped
public class AuditCheckpoints {

    private static final Logger LOG = Logger.getLogger(AuditCheckpoints.class.getName());

    @Inject
    private AuditEventRepository events;

    @Inject
    private AuditCheckpointRepository checkpoints;

    @Inject
    private Clock clock;

    @Transactional
    public AuditCheckpoint seal() {
        AuditCheckpoint previous = checkpoints.latestLocked();
        List<AuditCheckpoint.Head> heads = events.heads().stream()
                .map(h -> new AuditCheckpoint.Head(h.chainNo(), h.lastEventId(), h.lastHash())).toList();
        AuditCheckpoint sealed = checkpoints.add(new AuditCheckpoint(LocalDateTime.now(clock), heads, previous.getHash()));
        LOG.info(() -> "Audit checkpoint " + sealed.getId() + " sealed: " + sealed.getHash());
        return sealed;
    }

    /** The latest checkpoint. */
    @Transactional
    public AuditCheckpoint latest() {
        return checkpoints.latest();
    }
}
