package org.xinfang.core.application.prevention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.xinfang.core.application.kernel.Consistent;
import org.xinfang.core.domain.model.prevention.RiskRating;

/**
 * A project's risk assessment as the unit records it: the unit (none: the caller's desk), the project
 * (name, owner, planned start), the day it was assessed, the risks found, the rating and the
 * conditions set. A project is assessed before it starts: an assessment dated after the planned
 * start is refused on {@code assessedOn}. Field names are the API's.
 */
@Consistent
public record AssessmentInput(
        Long unitId,
        @NotBlank(message = "{prevention.field.required}") @Size(max = 200, message = "{prevention.field.tooLong}") String projectName,
        @NotBlank(message = "{prevention.field.required}") @Size(max = 200, message = "{prevention.field.tooLong}") String projectOwner,
        @NotNull(message = "{prevention.field.required}") LocalDate plannedStart,
        @NotNull(message = "{prevention.field.required}") @PastOrPresent(message = "{prevention.date.future}") LocalDate assessedOn,
        @NotBlank(message = "{prevention.field.required}") @Size(max = 4000, message = "{prevention.field.tooLong}") String risks,
        @NotNull(message = "{prevention.rating.required}") RiskRating riskRating,
        @Size(max = 4000, message = "{prevention.field.tooLong}") String conditions) implements Consistent.Checked {

    @Override
    public void check(Consistent.Broken broken) {
        broken.when(assessedOn != null && plannedStart != null && assessedOn.isAfter(plannedStart), "assessedOn",
                "{prevention.assessedOn.afterStart}");
    }
}
