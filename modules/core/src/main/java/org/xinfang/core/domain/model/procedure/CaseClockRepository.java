package org.xinfang.core.domain.model.procedure;

import java.util.Collection;
import java.util.List;

/** The statutory clocks of cases. Read by case id after the use case found the cases visible. */
public interface CaseClockRepository {

    CaseClock add(CaseClock clock);

    List<CaseClock> ofCase(Long caseId);

    /** The clocks of these cases that are not stopped, the earliest due first. */
    List<CaseClock> runningOf(Collection<Long> caseIds);
}
