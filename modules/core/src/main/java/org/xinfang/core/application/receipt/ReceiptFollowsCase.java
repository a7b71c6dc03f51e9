package org.xinfang.core.application.receipt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.xinfang.api.event.CaseMoved;
import org.xinfang.api.event.StepTaken;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.procedure.StateDeclaration;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.application.procedure.Procedures;
import org.xinfang.core.domain.model.receipt.Receipt;

/**
 * Keeps a receipt in step with its case, in the transaction of the change: the unit that now holds
 * the case (the reporter's material goes there; unless the case's plugin keeps the exchange with the
 * unit that gave the code, {@link AgencyPlugin#receiptStaysWithIssuer}), and whether the case is closed — in a final state of
 * its agency's procedure — (a closed case takes no more material, and a while later its code opens nothing).
 */
@ApplicationScoped
public class ReceiptFollowsCase {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Procedures procedures;

    @Inject
    private PluginRegistry plugins;

    void moved(@Observes CaseMoved moved) {
        if (plugins.find(moved.agencyType()).map(AgencyPlugin::receiptStaysWithIssuer).orElse(false)) {
            return;
        }
        receiptOf(moved.caseId()).ifPresent(r -> r.movedTo(moved.toUnitId()));
    }

    void stepped(@Observes StepTaken step) {
        receiptOf(step.caseId()).ifPresent(r -> {
            if (procedures.of(step.agencyType()).state(step.toState()).map(StateDeclaration::terminal).orElse(false)) {
                r.closedOn(LocalDate.now(clock));
            } else {
                r.reopened();
            }
        });
    }

    private Optional<Receipt> receiptOf(long caseId) {
        return em.createNamedQuery("Receipt.ofCase", Receipt.class).setParameter("caseId", caseId).getResultStream().findFirst();
    }
}
