package org.xinfang.core.infrastructure.persistence.ledgers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.xinfang.api.model.UnitLevel;
import org.xinfang.core.domain.model.report.ReportSchedule;
import org.xinfang.core.domain.model.report.ReportScheduleRepository;

@ApplicationScoped
public class JpaReportScheduleRepository implements ReportScheduleRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public Optional<ReportSchedule> ofLevel(UnitLevel level) {
        return em.createQuery("SELECT s FROM ReportSchedule s WHERE s.unitLevel = :l", ReportSchedule.class)
                .setParameter("l", level).getResultStream().findFirst();
    }

    @Override
    public Optional<ReportSchedule> ofUnit(Long unitId) {
        return em.createQuery("SELECT s FROM ReportSchedule s WHERE s.unitId = :u", ReportSchedule.class)
                .setParameter("u", unitId).getResultStream().findFirst();
    }

    @Override
    public List<ReportSchedule> all() {
        return em.createQuery("SELECT s FROM ReportSchedule s ORDER BY CASE WHEN s.unitId IS NULL THEN 0 ELSE 1 END, s.id",
                ReportSchedule.class).getResultList();
    }

    @Override
    public ReportSchedule add(ReportSchedule schedule) {
        em.persist(schedule);
        return schedule;
    }

    @Override
    public void remove(ReportSchedule schedule) {
        em.remove(schedule);
    }
}
