package org.xinfang.core.domain.model.procedure;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.xinfang.core.domain.model.cases.Case;

/** The statutory clocks of cases. Read by case id after the use case found the cases visible. */
public interface CaseClockRepository {

    /** A running clock with its case, as the clock watch announces it. */
    record OfCase(CaseClock clock, Case caseFile) {
    }

    CaseClock add(CaseClock clock);

    List<CaseClock> ofCase(Long caseId);

    /** Every clock of these cases, in the order they started. */
    List<CaseClock> ofCases(Collection<Long> caseIds);

    /** The clocks of these cases that are not stopped, the earliest due first. */
    List<CaseClock> runningOf(Collection<Long> caseIds);

    /**
     * The running clocks, in every unit, due {@code today} and not yet announced as due, or due before
     * and not yet announced as lapsed, with their cases; the clocks' rows locked.
     */
    List<OfCase> toAnnounceLocked(LocalDate today);

    /** One clock with its case. */
    Optional<OfCase> withCase(Long clockId);
}
