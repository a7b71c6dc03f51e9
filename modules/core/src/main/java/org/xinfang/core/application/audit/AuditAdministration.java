package org.xinfang.core.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.domain.model.audit.AuditCheckpoint;
import org.xinfang.core.domain.model.audit.AuditCheckpointRepository;
import org.xinfang.core.domain.model.audit.AuditVerification;

/** The administrator's hold on the audit log's proof: verify now, seal now, read the recent results. */
@ApplicationScoped
public class AuditAdministration {

    /** How many past verifications the page and the API show. */
    static final int RECENT = 20;

    @Inject
    private AuditVerifier verifier;

    @Inject
    private AuditCheckpoints checkpoints;

    @Inject
    private AuditCheckpointRepository results;

    /** @throws NotPermittedException unless the caller is an administrator */
    public AuditVerification verify(Caller caller) {
        NotPermittedException.unlessAdmin(caller, "audit.adminOnly");
        return verifier.verify(caller.username());
    }

    /** @throws NotPermittedException unless the caller is an administrator */
    public AuditCheckpoint seal(Caller caller) {
        NotPermittedException.unlessAdmin(caller, "audit.adminOnly");
        return checkpoints.seal();
    }

    /** The latest verifications, newest first. @throws NotPermittedException unless the caller is an administrator */
    @Transactional
    public List<AuditVerification> recent(Caller caller) {
        NotPermittedException.unlessAdmin(caller, "audit.adminOnly");
        return results.verifications(RECENT);
    }

    /** The latest checkpoint. @throws NotPermittedException unless the caller is an administrator */
    public AuditCheckpoint latestCheckpoint(Caller caller) {
        NotPermittedException.unlessAdmin(caller, "audit.adminOnly");
        return checkpoints.latest();
    }

}
