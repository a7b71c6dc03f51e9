package org.xinfang.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.xinfang.api.port.DemoPast;
import org.xinfang.core.application.calendar.WorkCalendars;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.procedure.CaseClock;

/**
 * Moves a demo case's latest records back in time. The case and its clocks are changed as entities (the
 * engine changes them again on the next step, from what it holds); steps and notices never change once
 * written, so their dates are moved in the database, with one statement each (TIMESTAMPADD runs on H2 and
 * MySQL alike).
 */
@ApplicationScoped
public class JpaDemoPast implements DemoPast {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Inject
    private WorkCalendars calendars;

    @Inject
    private Clock clock;

    @Override
    @Transactional
    public void moveBack(long caseId, int days, boolean registration) {
        if (!Boolean.getBoolean("xinfang.demo-data")) {
            throw new IllegalStateException("Only demo data is given a past");
        }
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1: " + days);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDateTime since = today.atStartOfDay();
        Case c = em.find(Case.class, caseId);
        if (c == null) {
            throw new IllegalArgumentException("No case " + caseId);
        }
        em.flush();
        c.movedBack(days, registration, since);
        em.createQuery("SELECT k FROM CaseClock k WHERE k.caseId = :c", CaseClock.class).setParameter("c", caseId).getResultList()
                .forEach(k -> k.movedBack(days, today, calendars.current()));
        for (String table : new String[] {"case_step SET occurred_at = TIMESTAMPADD(DAY, ?1, occurred_at) WHERE case_id = ?2 AND occurred_at >= ?3",
                "case_document SET created_at = TIMESTAMPADD(DAY, ?1, created_at) WHERE case_id = ?2 AND created_at >= ?3"}) {
            em.createNativeQuery("UPDATE " + table).setParameter(1, -days).setParameter(2, caseId).setParameter(3, since).executeUpdate();
        }
    }
}
