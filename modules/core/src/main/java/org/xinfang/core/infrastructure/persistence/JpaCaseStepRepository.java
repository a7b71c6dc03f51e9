package org.xinfang.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.xinfang.core.domain.model.procedure.CaseStep;
import org.xinfang.core.domain.model.procedure.CaseStepRepository;

@ApplicationScoped
public class JpaCaseStepRepository implements CaseStepRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public CaseStep add(CaseStep step) {
        em.persist(step);
        return step;
    }

    @Override
    public List<CaseStep> ofCases(java.util.Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s FROM CaseStep s WHERE s.caseId IN :ids ORDER BY s.id", CaseStep.class)
                .setParameter("ids", caseIds).getResultList();
    }

    @Override
    public List<CaseStep> ofCase(Long caseId) {
        return em.createQuery("SELECT s FROM CaseStep s WHERE s.caseId = :c ORDER BY s.id", CaseStep.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public Optional<CaseStep> lastArrival(Long caseId, Long unitId) {
        return em.createQuery(
                        "SELECT s FROM CaseStep s WHERE s.caseId = :c AND s.toUnitId = :u AND s.fromUnitId <> :u ORDER BY s.id DESC", CaseStep.class)
                .setParameter("c", caseId).setParameter("u", unitId).setMaxResults(1).getResultStream().findFirst();
    }
}
