package org.xinfang.plugins.company.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xinfang.api.plugin.Refusal;

/** A follow-up check's own rules: each problem names its field, in the caller's language. */
class CheckInputTest {

    private static final LocalDate SINCE = LocalDate.of(2026, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    private static List<String> fields(CheckInput input) {
        return input.problems(SINCE, TODAY, Locale.SIMPLIFIED_CHINESE).stream().map(Refusal.Field::field).toList();
    }

    @Test
    void aCheckThatFoundNothingNeedsDateCheckerAndFinding() {
        assertEquals(List.of(), fields(new CheckInput(TODAY, " 工会 李红 ", Finding.NO_RETALIATION, null, " ", "薪酬岗位考核待遇均正常")));
        assertEquals(List.of("checkedOn", "checkedBy", "finding"), fields(new CheckInput(null, "  ", null, Set.of(), null, null)));
    }

    @Test
    void datesInTheFutureOrBeforeTheProtectionAreRefusedNamingTheStart() {
        assertEquals(List.of("checkedOn"), fields(new CheckInput(TODAY.plusDays(1), "李红", Finding.NO_RETALIATION, Set.of(), null, null)));
        List<Refusal.Field> early = new CheckInput(SINCE.minusDays(1), "李红", Finding.NO_RETALIATION, Set.of(), null, null)
                .problems(SINCE, TODAY, Locale.SIMPLIFIED_CHINESE);
        assertTrue(early.get(0).message().contains("2026-03-01"), early::toString);
    }

    @Test
    void retaliationFoundNeedsWhereAndWhatWasDone() {
        assertEquals(List.of("aspects", "actionTaken"), fields(new CheckInput(TODAY, "李红", Finding.RETALIATION_FOUND, Set.of(), null, null)));
        assertEquals(List.of(), fields(new CheckInput(TODAY, "李红", Finding.RETALIATION_FOUND, Set.of(Aspect.PAY), "补发绩效工资，责令车间主任检讨", null)));
        assertEquals(List.of("finding"), fields(new CheckInput(TODAY, "李红", Finding.NO_RETALIATION, Set.of(Aspect.POST), null, null)),
                "nothing found, yet an aspect: contradictory");
    }

    @Test
    void textsHaveLimitsAndTheEnglishCallerReadsEnglish() {
        List<Refusal.Field> problems = new CheckInput(TODAY, "李".repeat(51), Finding.NO_RETALIATION, Set.of(), null, "备".repeat(501))
                .problems(SINCE, TODAY, Locale.ENGLISH);
        assertEquals(List.of("checkedBy", "note"), problems.stream().map(Refusal.Field::field).toList());
        assertTrue(problems.get(1).message().contains("at most 500"), problems::toString);
    }
}
