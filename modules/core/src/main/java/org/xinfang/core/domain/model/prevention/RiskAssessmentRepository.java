package org.xinfang.core.domain.model.prevention;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The risk assessments of projects. Whether the caller sees an assessment's unit is the use case's check. */
public interface RiskAssessmentRepository {

    RiskAssessment add(RiskAssessment assessment);

    Optional<RiskAssessment> find(Long id);

    /** The assessment with its row locked, so that a follow-up and the closing at once queue. */
    Optional<RiskAssessment> findLocked(Long id);

    /**
     * The assessments of the units within these subtrees (materialised paths), assessed between
     * {@code from} and {@code to} (each may be null), the latest assessed first, at most {@code limit}.
     */
    List<RiskAssessment> within(Collection<String> unitPaths, LocalDate from, LocalDate to, int limit);
}
