package org.xinfang.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.xinfang.api.port.DemoPast;
import org.xinfang.core.domain.model.cases.Case;

/**
 * Moves a demo case's latest records back in time, in the database (one statement a table;
 * TIMESTAMPADD runs on H2 and MySQL alike), then lets go of the persistence context, so the engine
 * reads the moved dates afresh and the case's version stays the one the last step left. A clock's due
 * date moves with its start by calendar days.
 */
@ApplicationScoped
public class JpaDemoPast implements DemoPast {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

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
        Case c = em.find(Case.class, caseId);
        if (c == null) {
            throw new IllegalArgumentException("No case " + caseId);
        }
        // The steps just taken are written first; what is dated today from here on is theirs.
        em.flush();
        LocalDate today = LocalDate.now(clock);
        Object since = today.atStartOfDay();
        move("xf_case SET updated_at = TIMESTAMPADD(DAY, ?1, updated_at) WHERE id = ?2 AND updated_at >= ?3", days, caseId, since);
        move("case_step SET occurred_at = TIMESTAMPADD(DAY, ?1, occurred_at) WHERE case_id = ?2 AND occurred_at >= ?3", days, caseId, since);
        move("case_document SET created_at = TIMESTAMPADD(DAY, ?1, created_at) WHERE case_id = ?2 AND created_at >= ?3", days, caseId, since);
        move("case_clock SET due_on = TIMESTAMPADD(DAY, ?1, due_on), started_on = TIMESTAMPADD(DAY, ?1, started_on)"
                + " WHERE case_id = ?2 AND started_on >= ?3", days, caseId, today);
        move("case_clock SET stopped_on = TIMESTAMPADD(DAY, ?1, stopped_on) WHERE case_id = ?2 AND stopped_on >= ?3", days, caseId, today);
        move("case_clock SET paused_since = TIMESTAMPADD(DAY, ?1, paused_since) WHERE case_id = ?2 AND paused_since >= ?3", days, caseId, today);
        if (registration) {
            move("xf_case SET received_on = TIMESTAMPADD(DAY, ?1, received_on), created_at = TIMESTAMPADD(DAY, ?1, created_at)"
                    + " WHERE id = ?2 AND created_at >= ?3", days, caseId, since);
        }
        // Everything read so far is let go: the engine reads the moved dates afresh, and a seed of a
        // hundred matters in one transaction does not dirty-check all of them at every flush.
        em.clear();
    }

    private void move(String update, int days, long caseId, Object since) {
        em.createNativeQuery("UPDATE " + update).setParameter(1, -days).setParameter(2, caseId).setParameter(3, since).executeUpdate();
    }
}
