package org.xinfang.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.procedure.CaseClock;
import org.xinfang.core.domain.model.procedure.CaseClockRepository;
import org.xinfang.core.domain.model.procedure.ClockStatus;

@ApplicationScoped
public class JpaCaseClockRepository implements CaseClockRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public CaseClock add(CaseClock clock) {
        em.persist(clock);
        return clock;
    }

    @Override
    public List<CaseClock> ofCase(Long caseId) {
        return em.createQuery("SELECT k FROM CaseClock k WHERE k.caseId = :c", CaseClock.class).setParameter("c", caseId).getResultList();
    }

    @Override
    public List<CaseClock> ofCases(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT k FROM CaseClock k WHERE k.caseId IN :ids ORDER BY k.id", CaseClock.class)
                .setParameter("ids", caseIds).getResultList();
    }

    @Override
    public List<CaseClock> runningOf(Collection<Long> caseIds) {
        return em.createQuery("SELECT k FROM CaseClock k WHERE k.caseId IN :ids AND k.status <> :stopped ORDER BY k.dueOn", CaseClock.class)
                .setParameter("ids", caseIds).setParameter("stopped", ClockStatus.STOPPED).getResultList();
    }

    @Override
    public List<OfCase> toAnnounceLocked(LocalDate today) {
        return em.createQuery("SELECT k FROM CaseClock k WHERE k.status = :running AND k.dueOn <= :today"
                                + " AND ((k.dueOn = :today AND k.dueAnnounced = false) OR (k.dueOn < :today AND k.lapsedAnnounced = false))",
                        CaseClock.class)
                .setParameter("running", ClockStatus.RUNNING).setParameter("today", today)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .map(k -> new OfCase(k, em.find(Case.class, k.getCaseId()))).toList();
    }

    @Override
    public Optional<OfCase> withCase(Long clockId) {
        CaseClock k = clockId == null ? null : em.find(CaseClock.class, clockId);
        return Optional.ofNullable(k).map(found -> new OfCase(found, em.find(Case.class, found.getCaseId())));
    }
}
