package org.xinfang.core.infrastructure.persistence.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import org.xinfang.core.domain.model.figures.ClosedAssessment;
import org.xinfang.core.domain.model.figures.ClosedAssessmentRepository;

/** Closed assessments in JPA. */
@ApplicationScoped
public class JpaClosedAssessmentRepository implements ClosedAssessmentRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public Optional<ClosedAssessment> find(long unitId, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT a FROM ClosedAssessment a WHERE a.unitId = :u AND a.from = :f AND a.to = :t", ClosedAssessment.class)
                .setParameter("u", unitId).setParameter("f", from).setParameter("t", to).getResultList().stream().findFirst();
    }

    @Override
    public void add(ClosedAssessment closed) {
        em.persist(closed);
        em.flush();
    }
}
