package org.xinfang.core.domain.model.procedure;

import java.util.List;
import java.util.Optional;

/** A case's history of steps, append-only. Read by case id after the use case found the case visible. */
public interface CaseStepRepository {

    CaseStep add(CaseStep step);

    /** The case's steps, oldest first. */
    List<CaseStep> ofCase(Long caseId);

    /** The steps of these cases, oldest first: a report's figures read many cases at once. */
    List<CaseStep> ofCases(java.util.Collection<Long> caseIds);

    /** The latest step that brought the case into {@code unitId} from another unit. */
    Optional<CaseStep> lastArrival(Long caseId, Long unitId);
}
