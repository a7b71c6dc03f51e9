package org.xinfang.core.application.reception;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.xinfang.api.model.LegalRoute;
import org.xinfang.core.application.kernel.Consistent;
import org.xinfang.core.domain.model.reception.Classification;

/**
 * What the desk decides about an application: a department for a referral, guidance and the legal
 * route for a declination. Field names are the API's.
 */
@Consistent
public record ClassificationInput(
        @NotNull(message = "{reception.classification.missing}") Classification classification,
        @Size(max = 200, message = "{reception.field.tooLong}") String department,
        @Size(max = 1000, message = "{reception.field.tooLong}") String guidance,
        LegalRoute legalRoute) implements Consistent.Checked {

    @Override
    public void check(Consistent.Broken broken) {
        boolean declined = classification == Classification.DECLINED;
        broken.when(classification == Classification.DEPARTMENT && blank(department), "department", "{reception.department.missing}")
                .when(declined && blank(guidance), "guidance", "{reception.guidance.missing}")
                .when(declined && legalRoute == null, "legalRoute", "{reception.legalRoute.missing}");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
