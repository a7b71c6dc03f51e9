package org.xinfang.plugins.court;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.params.provider.ValueSource;

class CourtCaseFormValidationTest {

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

    private static CourtCaseForm validForm() {
        CourtCaseForm form = new CourtCaseForm();
        form.setOriginalCaseNumber("（2024）京0105民初1234号");
        form.setTribunal("民事审判第一庭");
        form.setPresidingJudge("王法官");
        form.setStage(CourtStage.FIRST_INSTANCE);
        return form;
    }

    private static List<String> messagesFor(CourtCaseForm form, String property) {
        Set<ConstraintViolation<CourtCaseForm>> violations = validator.validateProperty(form, property);
        return violations.stream().map(ConstraintViolation::getMessage).toList();
    }

    @Test
    void acceptsACompleteForm() {
        assertEquals(Set.of(), validator.validate(validForm()));
    }

    @Test
    void acceptsCourtCaseNumberWithFullWidthBrackets() {
        CourtCaseForm form = validForm();
        form.setOriginalCaseNumber("（2024）京0105民初1234号");
        assertEquals(List.of(), messagesFor(form, "originalCaseNumber"));
    }

    @Test
    void acceptsCourtCaseNumberWithHalfWidthBrackets() {
        CourtCaseForm form = validForm();
        form.setOriginalCaseNumber("(2024)京0105民初1234号");
        assertEquals(List.of(), messagesFor(form, "originalCaseNumber"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "(2023)京民终56号",           // a high court: the province abbreviation alone
        "（2024）最高法民申123号",      // the Supreme People's Court
        "(2022)沪01执恢8号",          // an intermediate court, resumed enforcement
        "(2021)兵08民终1号",          // an XPCC court
        "（2024）粤0304民初1234号之一", // a second document in the same case
        "(2019)浙0102执123号",        // a one-character case type
        "(2020)川01刑终9号",
        "(2024)京0105民再12号"
    })
    void acceptsCaseNumbersOfOtherCourtsAndCaseTypes(String caseNumber) {
        CourtCaseForm form = validForm();
        form.setOriginalCaseNumber(caseNumber);
        assertEquals(List.of(), messagesFor(form, "originalCaseNumber"), caseNumber);
    }

    @Test
    void rejectsCourtCaseNumberWithoutYear() {
        CourtCaseForm form = validForm();
        form.setOriginalCaseNumber("京0105民初1234号");
        List<String> messages = messagesFor(form, "originalCaseNumber");
        assertEquals(1, messages.size());
        assertTrue(messages.get(0).contains("原审案号"), messages.get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "(24)京0105民初1234号",        // two-digit year
        "(2024)0105民初1234号",        // no court code
        "(2024)民初1234号",            // no court code, type word only
        "(2024)京0105民初1234",        // no 号
        "(2024)京0105民初号",          // no number
        "(2024) 京0105民初1234号",     // a space
        "(2024)京0105mc1234号",        // a case type in Latin letters
        "(2024)京0105民事初审再审1234号", // a case-type word longer than four characters
        "[2024]京0105民初1234号",      // square brackets
        "(2024)京0105民初1234号 "      // trailing space
    })
    void rejectsMalformedCourtCaseNumbers(String caseNumber) {
        CourtCaseForm form = validForm();
        form.setOriginalCaseNumber(caseNumber);
        List<String> messages = messagesFor(form, "originalCaseNumber");
        assertEquals(List.of("原审案号格式不正确，应如（2024）京0105民初1234号"), messages, caseNumber);
    }

    @Test
    void rejectsBlankCourtCaseNumberNamingTheField() {
        CourtCaseForm form = validForm();
        form.setOriginalCaseNumber("  ");
        assertTrue(messagesFor(form, "originalCaseNumber").contains("原审案号不能为空"));
    }

    @Test
    void rejectsMissingStage() {
        CourtCaseForm form = validForm();
        form.setStage(null);
        assertEquals(List.of("审判阶段不能为空"), messagesFor(form, "stage"));
    }

    @Test
    void rejectsMissingTribunal() {
        CourtCaseForm form = validForm();
        form.setTribunal("");
        assertEquals(List.of("审判庭不能为空"), messagesFor(form, "tribunal"));
    }

    @Test
    void rejectsTribunalLongerThanItsColumn() {
        CourtCaseForm form = validForm();
        form.setTribunal("庭".repeat(101));
        assertEquals(List.of("审判庭不能超过100个字符"), messagesFor(form, "tribunal"));
    }

    @Test
    void acceptsFormWithoutPresidingJudge() {
        CourtCaseForm form = validForm();
        form.setPresidingJudge(null);
        assertEquals(Set.of(), validator.validate(form));
    }

    @Test
    void rejectsPresidingJudgeLongerThanItsColumn() {
        CourtCaseForm form = validForm();
        form.setPresidingJudge("王".repeat(51));
        assertEquals(List.of("承办法官不能超过50个字符"), messagesFor(form, "presidingJudge"));
    }

    @Test
    void rejectsMissingLitigationFlagNamingTheField() {
        CourtCaseForm form = validForm();
        form.setLitigationRelated(null);
        assertEquals(List.of("是否涉诉不能为空"), messagesFor(form, "litigationRelated"));
    }

    @Test
    void newFormIsLitigationRelatedByDefault() {
        CourtCaseForm form = (CourtCaseForm) new CourtPlugin().caseForm().newForm();
        assertEquals(Boolean.TRUE, form.getLitigationRelated());
    }

    @Test
    void summaryNamesCaseNumberStageAndTribunal() {
        assertEquals("（2024）京0105民初1234号 · 一审 · 民事审判第一庭", validForm().summary());
    }

    @Test
    void summaryMarksAMatterThatIsNotAboutLitigation() {
        CourtCaseForm form = validForm();
        form.setLitigationRelated(false);
        assertTrue(form.summary().endsWith("非涉诉"), form.summary());
    }

    @Test
    void summaryOfAnEmptyFormIsEmpty() {
        CourtCaseForm form = new CourtCaseForm();
        form.setLitigationRelated(null);
        assertEquals("", form.summary());
    }
}
