package org.xinfang.core.application.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.xinfang.api.event.ClockDue;
import org.xinfang.api.event.ClockLapsed;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.procedure.CaseClock;
import org.xinfang.core.domain.model.procedure.ClockStatus;

/**
 * Announces the statutory clocks that reach their due day and those that lapse, once each, as
 * {@link ClockDue} and {@link ClockLapsed} events — so that supervision and plugins can act on a
 * deadline instead of a row merely turning red. Each clock is locked while it is announced, so two
 * servers on one schedule announce it once.
 */
@ApplicationScoped
public class ClockWatch {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<ClockDue> dueEvents;

    @Inject
    private Event<ClockLapsed> lapsedEvents;

    /** Announces what is due or lapsed today; returns how many announcements were made. */
    @Transactional
    public int announce() {
        LocalDate today = LocalDate.now(clock);
        List<CaseClock> candidates = em.createQuery(
                        "SELECT k FROM CaseClock k WHERE k.status = :running AND k.dueOn <= :today"
                                + " AND ((k.dueOn = :today AND k.dueAnnounced = false) OR (k.dueOn < :today AND k.lapsedAnnounced = false))",
                        CaseClock.class)
                .setParameter("running", ClockStatus.RUNNING).setParameter("today", today)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        int announced = 0;
        for (CaseClock k : candidates) {
            Case c = em.find(Case.class, k.getCaseId());
            if (k.announceDue(today)) {
                dueEvents.fire(new ClockDue(c.getId(), c.getAgencyType(), k.getName(), k.getDueOn(), c.getUnit().getId()));
                announced++;
            }
            if (k.announceLapse(today)) {
                lapsedEvents.fire(new ClockLapsed(c.getId(), c.getAgencyType(), k.getName(), k.getDueOn(), c.getUnit().getId()));
                announced++;
            }
        }
        return announced;
    }
}
