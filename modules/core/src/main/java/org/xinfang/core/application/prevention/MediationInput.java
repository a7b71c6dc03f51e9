package org.xinfang.core.application.prevention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.xinfang.core.domain.model.prevention.MediationKind;

/**
 * A case referred to mediation (访调对接): which kind, the body that mediates, and what is handed over
 * (may be left out). Field names are the API's.
 */
public record MediationInput(
        @NotNull(message = "{prevention.mediationKind.required}") MediationKind kind,
        @NotBlank(message = "{prevention.field.required}") @Size(max = 200, message = "{prevention.field.tooLong}") String mediator,
        @Size(max = 2000, message = "{prevention.field.tooLong}") String matter) {
}
