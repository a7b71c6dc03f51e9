package org.xinfang.core.infrastructure.persistence.prevention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.xinfang.core.domain.model.prevention.Mediation;
import org.xinfang.core.domain.model.prevention.MediationRepository;

@ApplicationScoped
public class JpaMediationRepository implements MediationRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public Mediation add(Mediation mediation) {
        em.persist(mediation);
        return mediation;
    }

    @Override
    public Optional<Mediation> openOfLocked(Long caseId) {
        // The case row first, as 包案 does: the lock order case → mediation keeps two referrals in one queue.
        em.createNativeQuery("SELECT id FROM xf_case WHERE id = ? FOR UPDATE").setParameter(1, caseId).getResultList();
        // A locking read too: a plain one would see this transaction's first snapshot on InnoDB, from
        // before the other referral committed.
        return em.createQuery("SELECT m FROM Mediation m WHERE m.caseId = :c AND m.result IS NULL", Mediation.class)
                .setParameter("c", caseId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public List<Mediation> ofCase(Long caseId) {
        return em.createQuery("SELECT m FROM Mediation m WHERE m.caseId = :c ORDER BY m.referredAt DESC, m.id DESC", Mediation.class)
                .setParameter("c", caseId).getResultList();
    }
}
