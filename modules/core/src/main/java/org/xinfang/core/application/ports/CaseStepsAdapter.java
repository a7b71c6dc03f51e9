package org.xinfang.core.application.ports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.Outcome;
import org.xinfang.api.port.CaseSteps;
import org.xinfang.core.application.procedure.ProcedureEngine;
import org.xinfang.core.domain.model.procedure.StepFacts;

/** The procedure engine for plugins: the same options and the same checks as the case page. */
@ApplicationScoped
public class CaseStepsAdapter implements CaseSteps {

    @Inject
    private ProcedureEngine engine;

    @Override
    @Transactional
    public List<Option> options(Caller caller, long caseId) {
        return engine.options(caller, caseId).stream()
                .map(o -> new Option(o.transition().name(), o.transition().label().in(caller.locale()), o.blockedBecause()))
                .toList();
    }

    @Override
    @Transactional
    public long take(Caller caller, long caseId, long expectedVersion, String transition, String reason) {
        return takeWithOutcome(caller, caseId, expectedVersion, transition, reason, null);
    }

    @Override
    @Transactional
    public long takeWithOutcome(Caller caller, long caseId, long expectedVersion, String transition, String reason, Outcome outcome) {
        return engine.take(caller, caseId, expectedVersion, transition,
                new StepFacts(reason, null, null, outcome, null, null, null)).caseFile().getVersion();
    }

    @Override
    @Transactional
    public boolean takeBySystem(long caseId, String transition, String reason) {
        return engine.takeBySystem(caseId, transition, reason).isPresent();
    }
}
