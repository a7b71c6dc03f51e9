package org.xinfang.core.domain.model.audit;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The audit log's checkpoints, and the results of its verification. */
public interface AuditCheckpointRepository {

    /** The latest checkpoint, its row locked, so that two sealers queue and each links to the other's. */
    AuditCheckpoint latestLocked();

    AuditCheckpoint add(AuditCheckpoint checkpoint);

    /** Up to {@code limit} checkpoints after id {@code afterId}, by id, detached. */
    List<AuditCheckpoint> after(long afterId, int limit);

    /** The latest checkpoint. */
    AuditCheckpoint latest();

    AuditVerification add(AuditVerification verification);

    /** When {@code requestedBy} last verified, if ever. */
    Optional<LocalDateTime> lastVerifiedBy(String requestedBy);

    /** The latest {@code limit} verifications, newest first. */
    List<AuditVerification> verifications(int limit);
}
