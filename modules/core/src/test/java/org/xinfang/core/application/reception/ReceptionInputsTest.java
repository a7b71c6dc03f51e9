package org.xinfang.core.application.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.xinfang.api.model.LegalRoute;
import org.xinfang.core.application.kernel.InputValidator;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.core.application.reception.ReceptionVisits.NewCase;
import org.xinfang.core.application.reception.ReceptionVisits.VisitRequest;
import org.xinfang.core.domain.model.reception.Classification;
import org.xinfang.core.domain.model.reception.Recurrence;
import org.xinfang.api.model.Rating;
import org.xinfang.core.domain.model.visit.VisitKind;
import org.xinfang.core.domain.model.visit.VisitOutcome;
import org.xinfang.core.domain.model.visit.VisitPerson;

/**
 * The reception's inputs as the use cases check them: each refusal on the field the API and the
 * pages name, with a message in Chinese and in English that says what is wrong.
 */
class ReceptionInputsTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private final InputValidator validator = new InputValidator();

    private Map<String, List<String>> problems(Object input, Locale locale) {
        return validator.problems(input, "", locale).stream()
                .collect(Collectors.groupingBy(FieldProblem::field, Collectors.mapping(FieldProblem::message, Collectors.toList())));
    }

    private List<String> fields(Object input) {
        return problems(input, ZH).keySet().stream().sorted().toList();
    }

    private static RotaRuleInput rule(int capacity, LocalTime startsAt, LocalTime endsAt, Recurrence recurrence, DayOfWeek weekday,
                                      LocalDate startsOn, LocalDate endsOn) {
        return new RotaRuleInput("张明", "副区长", "区信访接待中心", null, null, null, capacity, startsAt, endsAt,
                recurrence, weekday, startsOn, endsOn);
    }

    private static RotaRuleInput weekly(LocalDate startsOn, LocalDate endsOn) {
        return rule(5, LocalTime.of(9, 0), LocalTime.of(11, 0), Recurrence.WEEKLY, DayOfWeek.MONDAY, startsOn, endsOn);
    }

    @Test
    void aSoundRuleOnceOrWeeklyPasses() {
        assertEquals(List.of(), fields(rule(5, LocalTime.of(9, 0), LocalTime.of(11, 0), Recurrence.ONCE, null, TODAY, null)));
        assertEquals(List.of(), fields(weekly(TODAY, TODAY.plusWeeks(4))));
    }

    @Test
    void anEmptyRuleNamesEveryFieldAtOnce() {
        RotaRuleInput empty = new RotaRuleInput(" ", null, "", null, null, "not-an-email", 0, null, null, null, null, null, null);
        assertEquals(List.of("capacity", "leaderEmail", "leaderName", "leaderTitle", "place", "recurrence", "startsAt", "startsOn"),
                fields(empty));
        Map<String, List<String>> zh = problems(empty, ZH);
        assertEquals(List.of("必须填写。"), zh.get("leaderName"));
        assertEquals(List.of("每场可预约人数须在 1 到 200 之间。"), zh.get("capacity"));
        assertEquals(List.of("Required."), problems(empty, Locale.ENGLISH).get("leaderName"));
    }

    @Test
    void theEndMustFollowTheStartInTimeAndDate() {
        RotaRuleInput backwards = rule(5, LocalTime.of(10, 0), LocalTime.of(9, 0), Recurrence.WEEKLY, DayOfWeek.MONDAY,
                TODAY, TODAY.minusDays(1));
        Map<String, List<String>> zh = problems(backwards, ZH);
        assertEquals(List.of("结束时间须晚于开始时间。"), zh.get("endsAt"));
        assertEquals(List.of("结束日期不能早于开始日期。"), zh.get("endsOn"));
        assertEquals(List.of("endsAt"), fields(rule(5, LocalTime.of(9, 0), LocalTime.of(9, 0), Recurrence.ONCE, null, TODAY, null)),
                "an end equal to the start is not after it");
        assertEquals(List.of("endsAt"), fields(rule(5, LocalTime.of(9, 0), null, Recurrence.ONCE, null, TODAY, null)));
    }

    @Test
    void aRecurringRuleNeedsItsWeekdayAndEndAndCoversAtMostAYear() {
        assertEquals(List.of("endsOn", "weekday"),
                fields(rule(5, LocalTime.of(9, 0), LocalTime.of(11, 0), Recurrence.MONTHLY_FIRST, null, TODAY, null)));
        assertEquals(List.of("一条排班最多覆盖一年，请分开安排。"), problems(weekly(TODAY, TODAY.plusMonths(18)), ZH).get("endsOn"));
        assertEquals(List.of(), fields(weekly(TODAY, TODAY.plusDays(366))));
    }

    @Test
    void aTooLongFieldSaysHowLongItMayBe() {
        RotaRuleInput wordy = new RotaRuleInput("张".repeat(65), "副区长", "接待室", null, "题".repeat(501), null, 5,
                LocalTime.of(9, 0), LocalTime.of(11, 0), Recurrence.ONCE, null, TODAY, null);
        assertEquals(List.of("最多 64 个字。"), problems(wordy, ZH).get("leaderName"));
        assertEquals(List.of("At most 500 characters."), problems(wordy, Locale.ENGLISH).get("topics"));
    }

    @Test
    void aPetitionerGivesNameMatterAPhoneAndAtMostFiveRepresentatives() {
        assertEquals(List.of(), fields(new PetitionerInput("王喆", "拖欠工资", "139-1234-5678", "wang@example.cn", 5)));
        assertEquals(List.of(), fields(new PetitionerInput("王喆", "拖欠工资", "13912345678", " ", 1)), "a blank e-mail is none");
        assertEquals(List.of("email", "matter", "petitionerName", "phone"), fields(new PetitionerInput(" ", "", "电话", "not-mail", 1)));
        assertEquals(List.of("phone"), fields(new PetitionerInput("王喆", "拖欠工资", null, null, 1)));
        assertEquals(List.of("集体访须推选代表，代表不超过 5 人。"),
                problems(new PetitionerInput("王喆", "拖欠工资", "13912345678", null, 6), ZH).get("headCount"));
        assertEquals(List.of("来访人数至少 1 人。"), problems(new PetitionerInput("王喆", "拖欠工资", "13912345678", null, 0), ZH).get("headCount"));
    }

    @Test
    void aReferralNamesTheDepartmentAndADeclinationItsGuidanceAndLegalRoute() {
        assertEquals(List.of("classification"), fields(new ClassificationInput(null, null, null, null)));
        assertEquals(List.of("department"), fields(new ClassificationInput(Classification.DEPARTMENT, " ", null, null)));
        assertEquals(List.of(), fields(new ClassificationInput(Classification.DEPARTMENT, "区人社局", null, null)));
        assertEquals(List.of("guidance", "legalRoute"), fields(new ClassificationInput(Classification.DECLINED, null, null, null)));
        assertEquals(List.of(), fields(new ClassificationInput(Classification.DECLINED, null, "请依法向人民法院起诉", LegalRoute.LITIGATION)));
        assertEquals(List.of(), fields(new ClassificationInput(Classification.LEADER_PLAN, null, null, null)));
        assertEquals(List.of("department"), fields(new ClassificationInput(Classification.DEPARTMENT, "部".repeat(201), null, null)));
    }

    @Test
    void anOwnershipNeedsAHandlerATaskAndADueDateAfterToday() {
        assertEquals(List.of(), fields(new OwnershipInput(null, "cy.handler", "督办", TODAY.plusDays(1))));
        assertEquals(List.of("dueOn", "handlerUsername", "task"), fields(new OwnershipInput(null, " ", null, TODAY)));
        assertEquals(List.of("包案期限须晚于今天。"), problems(new OwnershipInput(null, "cy.handler", "督办", TODAY), ZH).get("dueOn"));
    }

    private static VisitRequest visit(VisitKind kind, LocalDate heldOn, Long caseId, NewCase newCase, int headCount, List<VisitPerson> people,
                                      VisitOutcome outcome, String handler, LocalDate dueOn, Rating satisfaction, Long appointmentId) {
        return new VisitRequest(1L, kind, "cy.leader", heldOn, "接待室", appointmentId, caseId, newCase, headCount, people,
                "反映拖欠工资", null, outcome, handler, dueOn, satisfaction);
    }

    private static final List<VisitPerson> ONE = List.of(new VisitPerson("赵大", "13700001234", null));

    @Test
    void aSoundReceptionRecordPasses() {
        assertEquals(List.of(), fields(visit(VisitKind.RECEPTION, TODAY, 7L, null, 1, ONE, VisitOutcome.RESOLVED, null, null, null, null)));
        assertEquals(List.of(), fields(visit(VisitKind.FOLLOW_UP, TODAY, 7L, null, 1, ONE, null, null, null, Rating.SATISFIED, null)));
    }

    @Test
    void theVisitorsAreNamedWithValidNumbersAndCounted() {
        List<VisitPerson> people = List.of(new VisitPerson(" ", "电话", null), new VisitPerson("钱三", null, "1234"));
        Map<String, List<String>> zh = problems(visit(VisitKind.RECEPTION, TODAY, 7L, null, 1, people, VisitOutcome.RESOLVED,
                null, null, null, null), ZH);
        assertEquals(List.of("headCount", "people[0].name", "people[0].phone", "people[1].idNumber"), zh.keySet().stream().sorted().toList());
        assertEquals(List.of("身份证号码不正确：应为 18 位（末位可为 X），以省级地区码开头，出生日期真实且不晚于今天，末位校验码符合 GB 11643。"),
                zh.get("people[1].idNumber"));
        List<VisitPerson> six = java.util.stream.IntStream.range(0, 6).mapToObj(i -> new VisitPerson("人" + i, null, null)).toList();
        assertEquals(List.of("集体访须推选代表，代表不超过 5 人；其余来访人计入来访人数。"),
                problems(visit(VisitKind.RECEPTION, TODAY, 7L, null, 6, six, VisitOutcome.RESOLVED, null, null, null, null), ZH).get("people"));
        assertEquals(List.of("people"), fields(visit(VisitKind.RECEPTION, TODAY, 7L, null, 1, List.of(), VisitOutcome.RESOLVED,
                null, null, null, null)));
    }

    @Test
    void aMeetingIsRecordedAfterItTookPlace() {
        assertEquals(List.of("接访日期不能晚于今天（记录的是已经进行的接访）。"), problems(visit(VisitKind.RECEPTION, TODAY.plusDays(1), 7L, null, 1, ONE,
                VisitOutcome.RESOLVED, null, null, null, null), ZH).get("heldOn"));
    }

    @Test
    void theKindDecidesTheCaseTheOutcomeAndTheSatisfaction() {
        assertEquals(List.of("caseId"), fields(visit(VisitKind.RECEPTION, TODAY, null, null, 1, ONE, VisitOutcome.RESOLVED, null, null, null, null)));
        assertEquals(List.of("caseId"), fields(visit(VisitKind.FIELD, TODAY, null, new NewCase("欠薪", "劳动", null), 1, ONE,
                VisitOutcome.RESOLVED, null, null, null, null)));
        assertEquals(List.of("caseId"), fields(visit(VisitKind.RECEPTION, TODAY, 7L, new NewCase("欠薪", "劳动", null), 1, ONE,
                VisitOutcome.RESOLVED, null, null, null, null)));
        assertEquals(List.of("outcome", "satisfaction"), fields(visit(VisitKind.FOLLOW_UP, TODAY, 7L, null, 1, ONE, VisitOutcome.RESOLVED,
                null, null, null, null)));
        assertEquals(List.of("outcome", "satisfaction"), fields(visit(VisitKind.INVITED, TODAY, 7L, null, 1, ONE, null, null, null,
                Rating.SATISFIED, null)));
        assertEquals(List.of("appointmentId"), fields(visit(VisitKind.INVITED, TODAY, 7L, null, 1, ONE, VisitOutcome.RESOLVED,
                null, null, null, 3L)));
        assertEquals(List.of("kind", "outcome"), fields(visit(null, TODAY, 7L, null, 1, ONE, null, null, null, null, null)));
    }

    @Test
    void anAssignedMeetingNamesItsHandlerAndADueDateAfterIt() {
        assertEquals(List.of("dueOn", "handlerUsername"), fields(visit(VisitKind.RECEPTION, TODAY, 7L, null, 1, ONE, VisitOutcome.ASSIGNED,
                " ", null, null, null)));
        Map<String, List<String>> zh = problems(visit(VisitKind.RECEPTION, TODAY, 7L, null, 1, ONE, VisitOutcome.ASSIGNED,
                "cy.handler", TODAY, null, null), ZH);
        assertEquals(List.of("办结期限须晚于接访日期。"), zh.get("dueOn"));
        assertEquals(List.of(), fields(visit(VisitKind.RECEPTION, TODAY, 7L, null, 1, ONE, VisitOutcome.ASSIGNED,
                "cy.handler", TODAY.plusDays(10), null, null)));
    }

    @Test
    void checkRefusesWithEveryProblemAndEveryMessageHasItsTwin() {
        RotaRuleInput empty = new RotaRuleInput(null, null, null, null, null, null, 0, null, null, null, null, null, null);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> validator.check(empty, ZH));
        assertEquals(7, refused.problems().size(), "leaderName, leaderTitle, place, capacity, startsAt, recurrence, startsOn");
        Map<String, List<String>> zh = problems(empty, ZH);
        Map<String, List<String>> en = problems(empty, Locale.ENGLISH);
        zh.forEach((field, messages) -> {
            assertFalse(messages.get(0).contains("{"), field + ": " + messages);
            assertNotEquals(messages, en.get(field), field);
        });
        assertTrue(zh.get("recurrence").get(0).startsWith("请选择接访方式"));
    }
}
