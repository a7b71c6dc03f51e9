package org.xinfang.core.application.supervision;

import java.time.LocalDate;
import org.xinfang.core.domain.model.supervision.OrderKind;

/**
 * A 督办 or 挂牌督办 as the unit above gives it: its kind, why, and by when (null: the setting's
 * default period); {@code issuingUnitId} picks among the caller's units above the case when there are
 * several (null: the nearest).
 */
public record OrderInput(OrderKind kind, String reason, LocalDate dueOn, Long issuingUnitId) {
}
