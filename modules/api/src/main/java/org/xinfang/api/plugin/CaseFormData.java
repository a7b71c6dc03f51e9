package org.xinfang.api.plugin;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The base of every plugin's case form entity. The form shares the id of the core case it belongs to
 * (the foreign key is declared in the plugin's migration), so a plugin needs nothing from the core's
 * classes to extend a case.
 */
@MappedSuperclass
public abstract class CaseFormData {

    @Id
    @Column(name = "case_id")
    private Long caseId;

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    /** One line for lists and the case header, e.g. the original court case number. */
    public abstract String summary();
}
