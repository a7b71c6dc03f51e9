package org.xinfang.core.infrastructure.persistence.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Optional;
import org.xinfang.api.caller.Visibility;
import org.xinfang.core.infrastructure.persistence.Like;
import org.xinfang.core.domain.model.supervision.CaseReferral;
import org.xinfang.core.domain.model.supervision.CaseReferralRepository;
import org.xinfang.core.domain.model.supervision.ReferralStatus;

@ApplicationScoped
public class JpaCaseReferralRepository implements CaseReferralRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public CaseReferral add(CaseReferral referral) {
        em.persist(referral);
        return referral;
    }

    @Override
    public Optional<CaseReferral> findLocked(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(CaseReferral.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<CaseReferral> ofCase(Long caseId) {
        return em.createQuery("SELECT r FROM CaseReferral r WHERE r.caseId = :c ORDER BY r.id", CaseReferral.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public Optional<CaseReferral> awaitingInto(Long caseId, Long unitId) {
        return em.createQuery("SELECT r FROM CaseReferral r WHERE r.caseId = :c AND r.toUnit.id = :u AND r.status = :s ORDER BY r.id DESC",
                        CaseReferral.class)
                .setParameter("c", caseId).setParameter("u", unitId).setParameter("s", ReferralStatus.AWAITING_REPORT)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<CaseReferral> fromUnits(Visibility visibility, int limit) {
        if (visibility.unitPaths().isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<CaseReferral> q = cb.createQuery(CaseReferral.class);
        Root<CaseReferral> r = q.from(CaseReferral.class);
        Expression<String> path = r.get("fromUnit").get("path");
        q.where(Like.underAny(cb, path, visibility.unitPaths()),
                cb.notEqual(r.get("status"), ReferralStatus.WITHDRAWN))
                .orderBy(cb.desc(r.get("id")));
        return em.createQuery(q).setMaxResults(limit).getResultList();
    }
}
