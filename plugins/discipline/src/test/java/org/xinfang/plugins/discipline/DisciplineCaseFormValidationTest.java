package org.xinfang.plugins.discipline;

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

class DisciplineCaseFormValidationTest {

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

    private static DisciplineCaseForm validForm() {
        DisciplineCaseForm form = new DisciplineCaseForm();
        form.setCategory(ReportCategory.ACCUSATION);
        form.setSigned(true);
        form.setSubjectName("张某某");
        form.setSubjectUnit("某镇人民政府");
        form.setSubjectPost("副镇长");
        form.setSubjectRank(SubjectRank.TOWNSHIP);
        return form;
    }

    private static List<String> messagesFor(DisciplineCaseForm form, String property) {
        Set<ConstraintViolation<DisciplineCaseForm>> violations = validator.validateProperty(form, property);
        return violations.stream().map(ConstraintViolation::getMessage).toList();
    }

    @Test
    void acceptsACompleteForm() {
        assertEquals(Set.of(), validator.validate(validForm()));
    }

    @ParameterizedTest
    @EnumSource(ReportCategory.class)
    void acceptsEveryCategorySignedOrAnonymous(ReportCategory category) {
        DisciplineCaseForm form = validForm();
        form.setCategory(category);
        form.setSigned(false);
        assertEquals(Set.of(), validator.validate(form));
    }

    @Test
    void rejectsMissingCategoryNamingTheField() {
        DisciplineCaseForm form = validForm();
        form.setCategory(null);
        assertEquals(List.of("信访举报类别不能为空"), messagesFor(form, "category"));
    }

    @Test
    void rejectsMissingSignedFlagNamingTheField() {
        DisciplineCaseForm form = validForm();
        form.setSigned(null);
        assertEquals(List.of("是否实名不能为空"), messagesFor(form, "signed"));
    }

    @Test
    void rejectsBlankSubjectName() {
        DisciplineCaseForm form = validForm();
        form.setSubjectName(" ");
        assertEquals(List.of("被反映人姓名不能为空"), messagesFor(form, "subjectName"));
    }

    @Test
    void rejectsSubjectNameLongerThanItsColumn() {
        DisciplineCaseForm form = validForm();
        form.setSubjectName("张".repeat(51));
        assertEquals(List.of("被反映人姓名不能超过50个字符"), messagesFor(form, "subjectName"));
    }

    @Test
    void rejectsMissingSubjectUnit() {
        DisciplineCaseForm form = validForm();
        form.setSubjectUnit(null);
        assertEquals(List.of("被反映人单位不能为空"), messagesFor(form, "subjectUnit"));
    }

    @Test
    void acceptsFormWithoutSubjectPost() {
        DisciplineCaseForm form = validForm();
        form.setSubjectPost(null);
        assertEquals(Set.of(), validator.validate(form));
    }

    @Test
    void rejectsSubjectPostLongerThanItsColumn() {
        DisciplineCaseForm form = validForm();
        form.setSubjectPost("职".repeat(101));
        assertEquals(List.of("被反映人职务不能超过100个字符"), messagesFor(form, "subjectPost"));
    }

    @Test
    void rejectsMissingRankNamingTheField() {
        DisciplineCaseForm form = validForm();
        form.setSubjectRank(null);
        assertEquals(List.of("被反映人职级不能为空"), messagesFor(form, "subjectRank"));
    }

    @Test
    void newFormIsAnonymousUntilMarkedSigned() {
        DisciplineCaseForm form = (DisciplineCaseForm) new DisciplinePlugin().caseForm().newForm();
        assertEquals(Boolean.FALSE, form.getSigned());
    }

    @Test
    void summaryNamesCategorySignatureAndSubject() {
        assertEquals("检举 · 实名 · 张某某（某镇人民政府 副镇长，乡科级）", validForm().summary());
    }

    @Test
    void summaryLeavesOutWhatIsUnknown() {
        DisciplineCaseForm form = new DisciplineCaseForm();
        form.setCategory(ReportCategory.APPEAL);
        form.setSubjectName("李某");
        assertEquals("申诉 · 匿名 · 李某", form.summary());
    }
}
