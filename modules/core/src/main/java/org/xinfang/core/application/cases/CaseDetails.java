package org.xinfang.core.application.cases;

import org.xinfang.api.plugin.CaseFormData;
import org.xinfang.core.domain.model.cases.Case;

/** A case with its agency's form (null for the general agency or an agency whose plugin is absent). */
public record CaseDetails(Case caseFile, CaseFormData form) {
}
