package org.xinfang.core.domain.model.cases;

import java.time.LocalDate;

/** A case with a running clock: its earliest running due date and the unit the case is in now. */
public record DueCase(Long caseId, Long unitId, String unitName, String unitPath, LocalDate dueOn) {
}
