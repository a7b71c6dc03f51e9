package org.xinfang.core.domain.model.procedure;

import java.time.LocalDate;
import org.xinfang.api.model.LegalRoute;
import org.xinfang.api.model.Outcome;
import org.xinfang.api.model.Rating;

/**
 * What the person taking a step gives: each field is asked for by the transition's declared inputs
 * ({@link org.xinfang.api.procedure.StepInput}) and null otherwise.
 */
public record StepFacts(String reason, Long targetUnitId, LocalDate dueDate, Outcome outcome, LegalRoute legalRoute,
                        Integer extensionDays, Rating rating) {

    public static final StepFacts NONE = new StepFacts(null, null, null, null, null, null, null);

    /** These facts with {@code text} as the reason (the reason with sealed identities redacted). */
    public StepFacts withReason(String text) {
        return new StepFacts(text, targetUnitId, dueDate, outcome, legalRoute, extensionDays, rating);
    }
}
