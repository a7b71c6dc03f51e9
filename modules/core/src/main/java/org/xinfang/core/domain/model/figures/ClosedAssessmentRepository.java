package org.xinfang.core.domain.model.figures;

import java.time.LocalDate;
import java.util.Optional;

/** Closed assessments, one per unit and period. */
public interface ClosedAssessmentRepository {

    Optional<ClosedAssessment> find(long unitId, LocalDate from, LocalDate to);

    /** Adds it and writes it at once, so that a second closing of the same period meets the unique key here. */
    void add(ClosedAssessment closed);
}
