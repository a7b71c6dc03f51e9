package org.xinfang.plugins.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xinfang.plugin.testkit.CaseFormValidationContract;

class PersonnelCaseFormValidationTest extends CaseFormValidationContract<PersonnelCaseForm> {

    @Override
    protected PersonnelCaseForm validForm() {
        PersonnelCaseForm form = new PersonnelCaseForm();
        form.setBusinessCategory(BusinessCategory.RETIREMENT);
        form.setAddressedToHead(true);
        return form;
    }

    @ParameterizedTest
    @EnumSource(BusinessCategory.class)
    void acceptsEveryBusinessCategory(BusinessCategory category) {
        PersonnelCaseForm form = validForm();
        form.setBusinessCategory(category);
        assertEquals(List.of(), messages(form));
    }

    @Test
    void rejectsMissingBusinessCategoryNamingTheField() {
        PersonnelCaseForm form = validForm();
        form.setBusinessCategory(null);
        assertEquals(List.of("业务类别不能为空"), messagesFor(form, "businessCategory"));
    }

    @Test
    void rejectsMissingLetterToHeadFlagNamingTheField() {
        PersonnelCaseForm form = validForm();
        form.setAddressedToHead(null);
        assertEquals(List.of("是否致局长信不能为空"), messagesFor(form, "addressedToHead"));
    }

    @Test
    void newFormIsNotALetterToTheHeadUntilMarked() {
        PersonnelCaseForm form = (PersonnelCaseForm) new PersonnelPlugin().caseForm().newForm();
        assertEquals(Boolean.FALSE, form.getAddressedToHead());
    }

    @Test
    void summaryNamesCategoryAndMarksLettersToTheHead() {
        assertEquals("退休 · 致局长信", validForm().summary());
        PersonnelCaseForm form = validForm();
        form.setAddressedToHead(false);
        form.setBusinessCategory(BusinessCategory.LEGACY);
        assertEquals("历史遗留", form.summary());
    }

    @Test
    void summaryOfAnUnclassifiedLetterToTheHead() {
        PersonnelCaseForm form = new PersonnelCaseForm();
        form.setAddressedToHead(true);
        assertEquals("致局长信", form.summary());
    }
}
