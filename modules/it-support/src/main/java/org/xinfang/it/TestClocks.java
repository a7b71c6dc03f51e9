package org.xinfang.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * Moves a case's clock (or its documents' dates) back in time, as if its days had passed: the way tests
 * reach a lapsed window without waiting thirty days. Only those dates change; everything else runs as in use.
 */
@ApplicationScoped
public class TestClocks {

    @PersistenceContext(unitName = "xinfang")
    EntityManager em;

    /** Makes {@code clock} of the case fall due {@code daysAgo} days before today (0: due today). */
    @Transactional
    public void dueDaysAgo(Long caseId, String clock, int daysAgo) {
        LocalDate due = LocalDate.now(org.xinfang.core.application.procedure.Clocks.statutoryClock()).minusDays(daysAgo);
        int changed = em.createQuery("UPDATE CaseClock k SET k.dueOn = :due, k.startedOn = :started WHERE k.caseId = :c AND k.name = :n")
                .setParameter("due", due).setParameter("started", due.minusDays(30)).setParameter("c", caseId).setParameter("n", clock)
                .executeUpdate();
        if (changed != 1) {
            throw new IllegalStateException("No clock " + clock + " on case " + caseId);
        }
    }

    /** Makes every document of the case issued {@code daysAgo} days ago, as if the days since had passed. */
    @Transactional
    public void documentsIssuedDaysAgo(Long caseId, int daysAgo) {
        em.createQuery("UPDATE CaseDocument d SET d.createdAt = :at WHERE d.caseId = :c")
                .setParameter("at", java.time.LocalDateTime.now(org.xinfang.core.application.procedure.Clocks.statutoryClock()).minusDays(daysAgo))
                .setParameter("c", caseId).executeUpdate();
    }

    /** The stored due date of a clock. */
    @Transactional
    public LocalDate dueOn(Long caseId, String clock) {
        return em.createQuery("SELECT k.dueOn FROM CaseClock k WHERE k.caseId = :c AND k.name = :n", LocalDate.class)
                .setParameter("c", caseId).setParameter("n", clock).getSingleResult();
    }
}
