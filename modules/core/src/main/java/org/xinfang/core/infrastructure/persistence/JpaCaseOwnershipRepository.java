package org.xinfang.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.xinfang.api.caller.Visibility;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.ownership.CaseOwnership;
import org.xinfang.core.domain.model.ownership.CaseOwnershipRepository;
import org.xinfang.core.domain.model.ownership.OwnershipStatus;

@ApplicationScoped
public class JpaCaseOwnershipRepository implements CaseOwnershipRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public CaseOwnership add(CaseOwnership ownership) {
        em.persist(ownership);
        return ownership;
    }

    @Override
    public Optional<CaseOwnership> openOfLocked(Long caseId) {
        em.createNativeQuery("SELECT id FROM xf_case WHERE id = ? FOR UPDATE").setParameter(1, caseId).getResultList();
        // A locking read too: a plain one would see this transaction's first snapshot on InnoDB, from
        // before the other leader's ownership committed.
        return em.createQuery("SELECT o FROM CaseOwnership o WHERE o.caseId = :c AND o.status = :s", CaseOwnership.class)
                .setParameter("c", caseId).setParameter("s", OwnershipStatus.OPEN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public List<CaseOwnership> ofCase(Long caseId) {
        return em.createQuery("SELECT o FROM CaseOwnership o WHERE o.caseId = :c ORDER BY o.createdAt DESC, o.id DESC", CaseOwnership.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public List<Owned> openOfLeader(String leaderUsername) {
        return em.createQuery("SELECT o, c FROM CaseOwnership o, Case c WHERE c.id = o.caseId AND o.leaderUsername = :l AND o.status = :s"
                        + " ORDER BY o.dueOn, o.id", Object[].class)
                .setParameter("l", leaderUsername).setParameter("s", OwnershipStatus.OPEN).getResultStream()
                .map(r -> new Owned((CaseOwnership) r[0], (Case) r[1])).toList();
    }

    @Override
    public List<Owned> ofUnits(Visibility visibility, int limit) {
        if (visibility.unitPaths().isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<CaseOwnership> o = q.from(CaseOwnership.class);
        Root<Case> c = q.from(Case.class);
        Expression<String> path = c.get("unit").get("path");
        q.multiselect(o, c).where(cb.equal(c.get("id"), o.get("caseId")), Like.underAny(cb, path, visibility.unitPaths()))
                .orderBy(cb.desc(o.get("id")));
        return em.createQuery(q).setMaxResults(limit).getResultStream().map(r -> new Owned((CaseOwnership) r[0], (Case) r[1])).toList();
    }
}
