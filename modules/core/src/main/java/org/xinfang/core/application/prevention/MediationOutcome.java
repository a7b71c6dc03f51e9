package org.xinfang.core.application.prevention;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.xinfang.core.application.kernel.Consistent;
import org.xinfang.core.domain.model.prevention.MediationResult;

/**
 * How a mediation ended: settled or not, the agreement (required when settled; why not, otherwise,
 * may be written) and the day. Field names are the API's.
 */
@Consistent
public record MediationOutcome(
        @NotNull(message = "{prevention.mediationResult.required}") MediationResult result,
        @Size(max = 4000, message = "{prevention.field.tooLong}") String agreement,
        @NotNull(message = "{prevention.field.required}") @PastOrPresent(message = "{prevention.date.future}") LocalDate concludedOn)
        implements Consistent.Checked {

    @Override
    public void check(Consistent.Broken broken) {
        broken.when(result == MediationResult.SUCCEEDED && (agreement == null || agreement.isBlank()), "agreement",
                "{prevention.agreement.required}");
    }
}
