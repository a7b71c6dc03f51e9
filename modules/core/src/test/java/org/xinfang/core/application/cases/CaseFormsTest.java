package org.xinfang.core.application.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;

/** A plugin form's fields take only values of their own JSON type: nothing is read as what nobody said. */
class CaseFormsTest {

    /** A form as a plugin declares one: yes-or-no fields, a count, a text. */
    @SuppressWarnings("unused")
    static class Form {
        private boolean signed;
        private Boolean aboutUnitHead;
        private int count;
        private String subjectName;
    }

    @Test
    void aYesOrNoFieldTakesOnlyTrueOrFalseAndANumberOnlyANumber() {
        List<FieldProblem> problems = CaseForms.mistyped(Form.class, Json.createObjectBuilder()
                .add("signed", "yes").add("aboutUnitHead", 1).add("count", "3").add("subjectName", "李某").build(), Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of(
                new FieldProblem("form.signed", "专用信息无法读取：signed = \"yes\""),
                new FieldProblem("form.aboutUnitHead", "专用信息无法读取：aboutUnitHead = 1"),
                new FieldProblem("form.count", "专用信息无法读取：count = \"3\"")), problems);
    }

    @Test
    void aNameTheFormDoesNotHaveIsRefusedNotSkipped() {
        assertEquals(List.of(new FieldProblem("form.aboutHead", "专用信息中没有“aboutHead”这一项")),
                CaseForms.mistyped(Form.class, Json.createObjectBuilder().add("aboutHead", true).build(), Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void valuesOfTheirOwnTypeAndNullsPass() {
        assertEquals(List.of(), CaseForms.mistyped(Form.class, Json.createObjectBuilder()
                .add("signed", false).add("aboutUnitHead", true).add("count", 3).addNull("subjectName").build(),
                Locale.ENGLISH));
        assertEquals(List.of(new FieldProblem("form.signed", "The agency form cannot be read: signed = \"no\"")),
                CaseForms.mistyped(Form.class, Json.createObjectBuilder().add("signed", "no").build(), Locale.ENGLISH));
    }
}
