package org.xinfang.plugins.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xinfang.plugin.testkit.CaseFormValidationContract;

class CompanyCaseFormValidationTest extends CaseFormValidationContract<CompanyCaseForm> {

    private static final String EMPLOYEE_NUMBER_MESSAGE = "工号只能由3至20位字母或数字组成";

    @Override
    protected CompanyCaseForm validForm() {
        CompanyCaseForm form = new CompanyCaseForm();
        form.setWorkshop("二车间");
        form.setEmployeeNumber("A1234");
        form.setComplaintType(ComplaintType.WAGES);
        form.setAnonymous(false);
        return form;
    }

    @ParameterizedTest
    @ValueSource(strings = {"A1234", "0012345", "abc", "ZX2024000123", "A1234567890123456789"})
    void acceptsEmployeeNumbersOfLettersAndDigits(String number) {
        CompanyCaseForm form = validForm();
        form.setEmployeeNumber(number);
        assertEquals(List.of(), messagesFor(form, "employeeNumber"), number);
    }

    @Test
    void rejectsEmployeeNumberWithSpaces() {
        CompanyCaseForm form = validForm();
        form.setEmployeeNumber("A 1234");
        assertEquals(List.of(EMPLOYEE_NUMBER_MESSAGE), messagesFor(form, "employeeNumber"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB", "12", "A12345678901234567890", "A-1234", "工号1234", " A1234", "A1234 ", "Ａ1234"})
    void rejectsMalformedEmployeeNumbersNamingTheField(String number) {
        CompanyCaseForm form = validForm();
        form.setEmployeeNumber(number);
        assertEquals(List.of(EMPLOYEE_NUMBER_MESSAGE), messagesFor(form, "employeeNumber"), number);
    }

    @Test
    void acceptsAComplaintWithoutEmployeeNumber() {
        CompanyCaseForm form = validForm();
        form.setEmployeeNumber(null);
        assertEquals(List.of(), messages(form));
    }

    @Test
    void anEmptyEmployeeNumberFieldMeansNoNumber() {
        // Faces validates the submitted "" before the model is updated; both steps must accept it.
        assertEquals(Set.of(), validator().validateValue(CompanyCaseForm.class, "employeeNumber", ""));
        CompanyCaseForm form = validForm();
        form.setEmployeeNumber("");
        assertNull(form.getEmployeeNumber());
    }

    @Test
    void tickingAnonymousInTheEditorErasesTheEmployeeNumber() {
        CompanyCaseForm form = validForm();
        form.setAnonymous(true);
        form.forgetEmployeeNumberWhenAnonymous();
        assertNull(form.getEmployeeNumber());
        assertEquals(List.of(), messages(form));
    }

    @Test
    void aSignedComplaintKeepsItsNumberWhenTheBoxIsLeftUnticked() {
        CompanyCaseForm form = validForm();
        form.forgetEmployeeNumberWhenAnonymous();
        assertEquals("A1234", form.getEmployeeNumber());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void rejectsAnEmployeeNumberOnAnAnonymousComplaintAtTheNumberWhicheverComesFirst(boolean anonymityFirst) {
        // A JSON body sets the two in the order it names them; neither order may drop the number unseen.
        CompanyCaseForm form = new CompanyCaseForm();
        form.setWorkshop("二车间");
        form.setComplaintType(ComplaintType.WAGES);
        if (anonymityFirst) {
            form.setAnonymous(true);
            form.setEmployeeNumber("A1234");
        } else {
            form.setEmployeeNumber("A1234");
            form.setAnonymous(true);
        }
        Set<ConstraintViolation<CompanyCaseForm>> violations = validator().validate(form);
        assertEquals(1, violations.size());
        ConstraintViolation<CompanyCaseForm> violation = violations.iterator().next();
        assertEquals("匿名反映不得填写工号", violation.getMessage());
        assertEquals("employeeNumber", violation.getPropertyPath().toString());
    }

    @Test
    void rejectsMissingWorkshopNamingTheField() {
        CompanyCaseForm form = validForm();
        form.setWorkshop("");
        assertEquals(List.of("车间不能为空"), messagesFor(form, "workshop"));
    }

    @Test
    void rejectsWorkshopLongerThanItsColumn() {
        CompanyCaseForm form = validForm();
        form.setWorkshop("车".repeat(101));
        assertEquals(List.of("车间不能超过100个字符"), messagesFor(form, "workshop"));
    }

    @Test
    void rejectsMissingComplaintTypeNamingTheField() {
        CompanyCaseForm form = validForm();
        form.setComplaintType(null);
        assertEquals(List.of("诉求类型不能为空"), messagesFor(form, "complaintType"));
    }

    @Test
    void rejectsMissingAnonymityFlagNamingTheField() {
        CompanyCaseForm form = validForm();
        form.setAnonymous(null);
        assertEquals(List.of("是否匿名不能为空"), messagesFor(form, "anonymous"));
    }

    @Test
    void newFormIsSignedUntilTheEmployeeAsksForAnonymity() {
        CompanyCaseForm form = (CompanyCaseForm) new CompanyPlugin().caseForm().newForm();
        assertEquals(Boolean.FALSE, form.getAnonymous());
    }

    @Test
    void summaryNamesTypeAndWorkshopButNeverTheEmployeeNumber() {
        CompanyCaseForm form = validForm();
        assertEquals("薪酬 · 二车间", form.summary());
        assertFalse(form.summary().contains("A1234"));
        form.setAnonymous(true);
        form.setComplaintType(ComplaintType.SAFETY);
        assertEquals("安全 · 二车间 · 匿名", form.summary());
    }

    @Test
    void rejectsResponsibleNamesLongerThanTheirColumnNamingEachLevel() {
        CompanyCaseForm form = validForm();
        form.setFirstResponsible("高".repeat(51));
        form.setSpecificResponsibleSecond("陈".repeat(51));
        assertEquals(List.of("第一责任人不能超过50个字符"), messagesFor(form, "firstResponsible"));
        assertEquals(List.of("第二具体责任人不能超过50个字符"), messagesFor(form, "specificResponsibleSecond"));
    }

    @Test
    void blankResponsibleNamesAreNoNamesAndSpacesAroundANameAreDropped() {
        CompanyCaseForm form = validForm();
        form.setFirstResponsible("  ");
        form.setDirectResponsible(" 刘振华 ");
        assertNull(form.getFirstResponsible());
        assertEquals("刘振华", form.getDirectResponsible());
        assertEquals(List.of("第一责任人", "具体责任人"), form.missingResponsibles());
    }

    @Test
    void theSecondSpecificResponsibleIsOptional() {
        CompanyCaseForm form = validForm();
        form.setFirstResponsible("高建国");
        form.setDirectResponsible("刘振华");
        form.setSpecificResponsible("王立新");
        assertEquals(List.of(), form.missingResponsibles());
        assertEquals(Set.of(), validator().validate(form));
    }
}
