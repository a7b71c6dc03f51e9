package org.xinfang.core.infrastructure.persistence.ledgers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.xinfang.core.domain.model.procedure.CaseStep;
import org.xinfang.core.domain.model.report.ReportPeriod;
import org.xinfang.core.domain.model.report.ZeroReport;
import org.xinfang.core.domain.model.report.ZeroReportRepository;

@ApplicationScoped
public class JpaZeroReportRepository implements ZeroReportRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public Optional<ZeroReport> ofPeriodLocked(Long unitId, ReportPeriod period) {
        UnitRowLock.lock(em, unitId);
        // A locking read too: a plain one would see this transaction's first snapshot on InnoDB, from
        // before the other clerk's report committed.
        return em.createQuery("SELECT r FROM ZeroReport r WHERE r.unit.id = :u AND r.cadence = :c AND r.periodStart = :s", ZeroReport.class)
                .setParameter("u", unitId).setParameter("c", period.cadence()).setParameter("s", period.startsOn())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public ZeroReport add(ZeroReport report) {
        em.persist(report);
        em.flush();
        return report;
    }

    @Override
    public List<ZeroReport> ofUnit(Long unitId, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT r FROM ZeroReport r WHERE r.unit.id = :u AND r.periodStart BETWEEN :f AND :t"
                        + " ORDER BY r.periodStart DESC, r.id DESC", ZeroReport.class)
                .setParameter("u", unitId).setParameter("f", from).setParameter("t", to).getResultList();
    }

    @Override
    public List<ZeroReport> ofChildrenCovering(Long parentId, LocalDate day) {
        return em.createQuery("SELECT r FROM ZeroReport r WHERE r.unit.parent.id = :p AND r.periodStart <= :d AND r.periodEnd >= :d"
                        + " ORDER BY r.id", ZeroReport.class)
                .setParameter("p", parentId).setParameter("d", day).getResultList();
    }

    @Override
    public List<ZeroReport> ofUnitOverlapping(Long unitId, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT r FROM ZeroReport r WHERE r.unit.id = :u AND r.periodStart <= :t AND r.periodEnd >= :f"
                        + " ORDER BY r.periodStart, r.id", ZeroReport.class)
                .setParameter("u", unitId).setParameter("f", from).setParameter("t", to).getResultList();
    }

    @Override
    public int casesReceived(Long unitId, LocalDate from, LocalDate to) {
        // Registered here: the registration step's unit, wherever the case went since.
        return em.createQuery("SELECT COUNT(c) FROM Case c WHERE c.receivedOn BETWEEN :f AND :t AND EXISTS (SELECT s.id FROM CaseStep s"
                        + " WHERE s.caseId = c.id AND s.transition = :register AND s.toUnitId = :u)", Long.class)
                .setParameter("u", unitId).setParameter("f", from).setParameter("t", to).setParameter("register", CaseStep.REGISTER)
                .getSingleResult().intValue();
    }
}
