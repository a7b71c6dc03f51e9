package org.xinfang.core.infrastructure.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.xinfang.core.domain.model.audit.AuditCheckpoint;
import org.xinfang.core.domain.model.audit.AuditCheckpointRepository;
import org.xinfang.core.domain.model.audit.AuditVerification;

@ApplicationScoped
public class JpaAuditCheckpointRepository implements AuditCheckpointRepository {

    private static final String LATEST = "SELECT c FROM AuditCheckpoint c WHERE c.id = (SELECT MAX(d.id) FROM AuditCheckpoint d)";

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public AuditCheckpoint latestLocked() {
        // The migration stores a first checkpoint, so there is always a row to lock.
        return em.createQuery(LATEST, AuditCheckpoint.class).setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
    }

    @Override
    public AuditCheckpoint add(AuditCheckpoint checkpoint) {
        em.persist(checkpoint);
        return checkpoint;
    }

    @Override
    public List<AuditCheckpoint> after(long afterId, int limit) {
        List<AuditCheckpoint> page = em.createQuery("SELECT c FROM AuditCheckpoint c WHERE c.id > :after ORDER BY c.id", AuditCheckpoint.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
        page.forEach(em::detach);
        return page;
    }

    @Override
    public AuditCheckpoint latest() {
        return em.createQuery(LATEST, AuditCheckpoint.class).getSingleResult();
    }

    @Override
    public AuditVerification add(AuditVerification verification) {
        em.persist(verification);
        return verification;
    }

    @Override
    public Optional<LocalDateTime> lastVerifiedBy(String requestedBy) {
        return Optional.ofNullable(em.createQuery("SELECT MAX(v.startedAt) FROM AuditVerification v WHERE v.requestedBy = :by", LocalDateTime.class)
                .setParameter("by", requestedBy).getSingleResult());
    }

    @Override
    public List<AuditVerification> verifications(int limit) {
        return em.createQuery("SELECT v FROM AuditVerification v ORDER BY v.id DESC", AuditVerification.class).setMaxResults(limit)
                .getResultList();
    }
}
