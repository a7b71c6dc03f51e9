package org.xinfang.core.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;
import org.xinfang.core.domain.model.audit.AuditCheckpointRepository;
import org.xinfang.core.domain.model.audit.AuditVerification;
import org.xinfang.core.domain.model.supervision.SchedulerLeases;

/**
 * The audit log's routine, on one node at a time (the {@code audit-seal} lease), asked every few
 * minutes: a checkpoint when the latest is an hour old, a full verification when the schedule's last
 * one is a day old. Asking often and deciding from the stored times (rather than a timer an hour
 * long) survives restarts, and a stopped deployment leaves no hour-long timer holding it in memory.
 */
@ApplicationScoped
public class AuditSchedule {

    static final String LEASE = "audit-seal";

    /** Longer than the time between runs, so the holder keeps it; a dead holder's lapses within it. */
    static final long LEASE_MINUTES = 90;

    static final long SEAL_EVERY_MINUTES = 60;

    static final long VERIFY_EVERY_HOURS = 24;

    /** What a run did. */
    public record Run(boolean ran, Long checkpointId, AuditVerification verification) {
    }

    @Inject
    private SchedulerLeases leases;

    @Inject
    private AuditCheckpoints checkpoints;

    @Inject
    private AuditVerifier verifier;

    @Inject
    private AuditCheckpointRepository results;

    @Inject
    private Clock clock;

    private final String node = System.getProperty("jboss.node.name", "node") + ":" + UUID.randomUUID();

    public Run run() {
        LocalDateTime now = LocalDateTime.now(clock);
        if (!leases.acquire(LEASE, node, now, now.plusMinutes(LEASE_MINUTES))) {
            return new Run(false, null, null);
        }
        Long sealed = sealDue(now) ? checkpoints.seal().getId() : null;
        AuditVerification verified = verificationDue(now) ? verifier.verify(AuditVerification.SCHEDULE) : null;
        return new Run(true, sealed, verified);
    }

    /** Hands the lease over when this server stops. */
    public void release() {
        leases.release(LEASE, node);
    }

    // Called on this instance, so no interceptor: each repository read runs on its own.
    private boolean sealDue(LocalDateTime now) {
        return !results.latest().getSealedAt().plusMinutes(SEAL_EVERY_MINUTES).isAfter(now);
    }

    private boolean verificationDue(LocalDateTime now) {
        return results.lastVerifiedBy(AuditVerification.SCHEDULE).map(last -> !last.plusHours(VERIFY_EVERY_HOURS).isAfter(now)).orElse(true);
    }
}
