package org.xinfang.plugins.personnel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.xinfang.api.plugin.CaseFormData;

/**
 * What a personnel bureau records beyond the core case: the business the matter is about and
 * whether the letter is addressed to the head of the bureau (致局长信), which the head reads and
 * annotates (阅批) personally before it is assigned.
 *
 * <p>Column names are explicit because the persistence unit validates them against
 * {@code db/migration/personnel/V1__personnel_case_form.sql}.
 */
@Entity
@Table(name = "personnel_case_form")
public class PersonnelCaseForm extends CaseFormData {

    @NotNull(message = "业务类别不能为空")
    @Enumerated(EnumType.STRING)
    @Column(name = "business_category", length = 32, nullable = false)
    private BusinessCategory businessCategory;

    @NotNull(message = "是否致局长信不能为空")
    @Column(name = "addressed_to_head", nullable = false)
    private Boolean addressedToHead = Boolean.FALSE;

    public PersonnelCaseForm() {
        // JPA and CaseFormDeclaration.newForm() create it empty.
    }

    /** e.g. {@code 退休 · 致局长信}. */
    @Override
    public String summary() {
        String category = businessCategory == null ? "" : businessCategory.label().zh();
        if (Boolean.TRUE.equals(addressedToHead)) {
            return category.isEmpty() ? "致局长信" : category + " · 致局长信";
        }
        return category;
    }

    public BusinessCategory getBusinessCategory() {
        return businessCategory;
    }

    public void setBusinessCategory(BusinessCategory businessCategory) {
        this.businessCategory = businessCategory;
    }

    public Boolean getAddressedToHead() {
        return addressedToHead;
    }

    public void setAddressedToHead(Boolean addressedToHead) {
        this.addressedToHead = addressedToHead;
    }
}
