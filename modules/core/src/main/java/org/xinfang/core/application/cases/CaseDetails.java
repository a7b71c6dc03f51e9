package org.xinfang.core.application.cases;

import org.xinfang.api.plugin.CaseFormData;
import org.xinfang.core.domain.model.cases.Case;

/**
 * A case with its agency's form (null for the general agency or an agency whose plugin is absent).
 * {@code followedOnly}: the caller does not work on it but one of their units sent it on (转送, 交办),
 * so they see it read-only.
 */
public record CaseDetails(Case caseFile, CaseFormData form, boolean followedOnly) {

    public CaseDetails(Case caseFile, CaseFormData form) {
        this(caseFile, form, false);
    }
}
