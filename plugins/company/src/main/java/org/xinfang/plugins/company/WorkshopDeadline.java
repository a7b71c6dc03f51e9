package org.xinfang.plugins.company;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.xinfang.api.event.ClockLapsed;
import org.xinfang.api.port.CaseSteps;

/**
 * Two-level handling's own rule: a complaint the workshop has not resolved within its days goes up to
 * the company by itself, as a step in the history taken by the system with the reason written out.
 *
 * <p>The core's clock watch announces each lapsed clock once, holding the clock's row locked, in the
 * transaction this observer runs in; two watches at once therefore escalate a matter once, and a
 * matter that the workshop resolved or sent up meanwhile has no running clock to lapse. The engine
 * takes the step only while the matter is still in the workshop ({@link CaseSteps#takeBySystem}).
 */
@ApplicationScoped
public class WorkshopDeadline {

    @Inject
    private CaseSteps steps;

    void lapsed(@Observes ClockLapsed lapsed) {
        if (CompanyPlugin.ID.equals(lapsed.agencyType()) && CompanyProcedure.CLOCK_WORKSHOP.equals(lapsed.clock())) {
            steps.takeBySystem(lapsed.caseId(), CompanyProcedure.ESCALATE, reason(lapsed.days()));
        }
    }

    /** 车间10个工作日内未办结，自动报公司办理. */
    static String reason(int days) {
        return "车间" + days + "个工作日内未办结，自动报公司办理";
    }
}
