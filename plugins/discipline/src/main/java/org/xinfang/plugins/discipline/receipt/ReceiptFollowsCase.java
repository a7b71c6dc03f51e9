package org.xinfang.plugins.discipline.receipt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import org.xinfang.api.event.CaseMoved;
import org.xinfang.api.event.StepTaken;
import org.xinfang.plugins.discipline.DisciplinePlugin;

/**
 * Keeps a receipt in step with its case, in the transaction of the change: the unit that now holds
 * the case (the reporter's evidence goes there), and whether the case is closed (a closed case takes
 * no more evidence, and a while later its code opens nothing).
 */
@ApplicationScoped
public class ReceiptFollowsCase {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Inject
    private Clock clock;

    void moved(@Observes CaseMoved moved) {
        if (DisciplinePlugin.ID.equals(moved.agencyType())) {
            receiptOf(moved.caseId()).ifPresent(r -> r.movedTo(moved.toUnitId()));
        }
    }

    void stepped(@Observes StepTaken step) {
        if (DisciplinePlugin.ID.equals(step.agencyType())) {
            receiptOf(step.caseId()).ifPresent(r -> {
                if (DisciplinePlugin.isFinalState(step.toState())) {
                    r.closedOn(LocalDate.now(clock));
                } else {
                    r.reopened();
                }
            });
        }
    }

    private java.util.Optional<Receipt> receiptOf(long caseId) {
        return em.createNamedQuery("Receipt.ofCase", Receipt.class).setParameter("caseId", caseId).getResultStream().findFirst();
    }
}
