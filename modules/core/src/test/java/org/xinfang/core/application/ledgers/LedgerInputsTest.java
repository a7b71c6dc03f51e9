package org.xinfang.core.application.ledgers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.xinfang.core.application.kernel.InputValidator;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.core.domain.model.report.ReportCadence;
import org.xinfang.core.domain.model.screening.RiskLevel;

/** The ledgers' inputs as the use cases check them: each refusal on the field the API and the pages name, in both languages. */
class LedgerInputsTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private final InputValidator validator = new InputValidator();

    private Map<String, List<String>> problems(Object input, Locale locale) {
        return validator.problems(input, "", locale).stream()
                .collect(Collectors.groupingBy(FieldProblem::field, Collectors.mapping(FieldProblem::message, Collectors.toList())));
    }

    private List<String> fields(Object input) {
        return problems(input, Locale.SIMPLIFIED_CHINESE).keySet().stream().sorted().toList();
    }

    @Test
    void aReportOfNothingNeedsNoFiguresAndCarriesNone() {
        assertEquals(List.of(), fields(new ReportInput(1L, TODAY, true, null, null, null, null)));
        assertEquals(List.of(), fields(new ReportInput(1L, TODAY, true, 0, 0, 0, "")));
        assertEquals(List.of("incidents", "visitBatches", "visitPersons"), fields(new ReportInput(1L, TODAY, true, 1, 2, 1, null)));
        assertTrue(problems(new ReportInput(1L, TODAY, true, 1, 1, 0, null), Locale.SIMPLIFIED_CHINESE).get("visitBatches").get(0)
                .contains("无情况"));
    }

    @Test
    void aReportOfSomethingSaysWhatAndCountsPeopleAtLeastAsOftenAsBatches() {
        assertEquals(List.of("notes"), fields(new ReportInput(1L, TODAY, false, 1, 3, 0, " ")));
        assertEquals(List.of("visitPersons"), fields(new ReportInput(1L, TODAY, false, 3, 2, 0, "三批来访")));
        assertEquals(List.of(), fields(new ReportInput(1L, TODAY, false, 2, 7, 1, "两批七人来访，一起纠纷")));
    }

    @Test
    void aReportNamesEveryMissingOrImpossibleField() {
        assertEquals(List.of("nothingToReport", "period", "unitId"), fields(new ReportInput(null, null, null, null, null, null, null)));
        assertEquals(List.of("period"), fields(new ReportInput(1L, TODAY.plusDays(1), true, null, null, null, null)), "a day to come");
        assertEquals(List.of("period"), fields(new ReportInput(1L, TODAY.minusYears(2), true, null, null, null, null)), "two years back");
        assertEquals(List.of("incidents", "visitBatches"), fields(new ReportInput(1L, TODAY, false, -1, 0, 100001, "x")));
        assertEquals(List.of("notes"), fields(new ReportInput(1L, TODAY, false, 0, 0, 0, "长".repeat(2001))));
        assertEquals("A period to come cannot be reported yet.",
                problems(new ReportInput(1L, TODAY.plusDays(1), true, null, null, null, null), Locale.ENGLISH).get("period").get(0));
    }

    @Test
    void aWeeklyRuleNeedsItsWeekdayAndAMonthlyOneItsDay() {
        LocalTime cutOff = LocalTime.of(15, 30);
        assertEquals(List.of(), fields(new ScheduleInput(ReportCadence.DAILY, cutOff, null, null, null)));
        assertEquals(List.of("dueWeekday"), fields(new ScheduleInput(ReportCadence.WEEKLY, cutOff, null, null, null)));
        assertEquals(List.of("dueDay"), fields(new ScheduleInput(ReportCadence.MONTHLY, cutOff, null, null, true)));
        assertEquals(List.of("dueDay"), fields(new ScheduleInput(ReportCadence.MONTHLY, cutOff, null, 32, false)));
        assertEquals(List.of("cadence", "cutOff"), fields(new ScheduleInput(null, null, null, null, null)));
    }

    @Test
    void aDisputeNeedsEveryLineOfTheLedgerAndATimeLimitWithinAYearOfItsDay() {
        DisputeInput good = new DisputeInput(1L, TODAY, "张三、李四", "宅基地边界争议", RiskLevel.MEDIUM, "王村主任", "两委调解", TODAY.plusDays(15));
        assertEquals(List.of(), fields(good));
        assertEquals(List.of("dueOn", "foundOn", "matter", "parties", "plan", "responsiblePerson", "risk", "unitId"),
                fields(new DisputeInput(null, null, " ", "", null, null, null, null)));
        assertEquals(List.of("dueOn"), fields(new DisputeInput(1L, TODAY, "甲", "乙", RiskLevel.LOW, "丙", "丁", TODAY.minusDays(1))));
        assertEquals(List.of("dueOn"), fields(new DisputeInput(1L, TODAY, "甲", "乙", RiskLevel.LOW, "丙", "丁", TODAY.plusYears(1).plusDays(1))));
        assertEquals(List.of("foundOn"), fields(new DisputeInput(1L, TODAY.plusDays(1), "甲", "乙", RiskLevel.LOW, "丙", "丁", TODAY.plusDays(2))));
    }
}
