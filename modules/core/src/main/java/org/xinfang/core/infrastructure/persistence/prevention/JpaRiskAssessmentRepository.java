package org.xinfang.core.infrastructure.persistence.prevention;

import org.xinfang.core.infrastructure.persistence.Like;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.xinfang.core.domain.model.prevention.RiskAssessment;
import org.xinfang.core.domain.model.prevention.RiskAssessmentRepository;

@ApplicationScoped
public class JpaRiskAssessmentRepository implements RiskAssessmentRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public RiskAssessment add(RiskAssessment assessment) {
        em.persist(assessment);
        return assessment;
    }

    @Override
    public Optional<RiskAssessment> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(RiskAssessment.class, id));
    }

    @Override
    public Optional<RiskAssessment> findLocked(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(RiskAssessment.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<RiskAssessment> within(Collection<String> unitPaths, LocalDate from, LocalDate to, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<RiskAssessment> q = cb.createQuery(RiskAssessment.class);
        Root<RiskAssessment> a = q.from(RiskAssessment.class);
        List<Predicate> where = new ArrayList<>();
        where.add(Like.underAny(cb, a.get("unit").get("path"), unitPaths));
        if (from != null) {
            where.add(cb.greaterThanOrEqualTo(a.get("assessedOn"), from));
        }
        if (to != null) {
            where.add(cb.lessThanOrEqualTo(a.get("assessedOn"), to));
        }
        q.select(a).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(a.get("assessedOn")), cb.desc(a.get("id")));
        return em.createQuery(q).setMaxResults(limit).getResultList();
    }
}
