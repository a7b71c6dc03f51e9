package org.xinfang.plugins.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PersonnelCaseFormValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    private static PersonnelCaseForm validForm() {
        PersonnelCaseForm form = new PersonnelCaseForm();
        form.setBusinessCategory(BusinessCategory.RETIREMENT);
        form.setAddressedToHead(true);
        return form;
    }

    private static List<String> messagesFor(PersonnelCaseForm form, String property) {
        Set<ConstraintViolation<PersonnelCaseForm>> violations = validator.validateProperty(form, property);
        return violations.stream().map(ConstraintViolation::getMessage).toList();
    }

    @ParameterizedTest
    @EnumSource(BusinessCategory.class)
    void acceptsEveryBusinessCategory(BusinessCategory category) {
        PersonnelCaseForm form = validForm();
        form.setBusinessCategory(category);
        assertEquals(Set.of(), validator.validate(form));
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
