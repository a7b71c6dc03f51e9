package org.xinfang.plugins.court.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xinfang.plugins.court.CourtCaseForm;
import org.xinfang.plugins.court.kernel.Checks;
import org.xinfang.api.plugin.JsonInput;
import org.xinfang.plugins.court.kernel.Input;
import org.xinfang.api.plugin.Refusal;
import org.xinfang.plugins.court.lawsuit.Lawsuits;
import org.xinfang.plugins.court.reception.ReceptionDay;

/** The rules of the court's own work that need no server: reception days, markers, case-number spellings, input checks. */
class CourtWorkRulesTest {

    @Test
    void theReceptionDayIsTheFridayOnOrAfterADay() {
        LocalDate friday = LocalDate.of(2026, 12, 11);
        assertEquals(friday, ReceptionDay.onOrAfter(friday));
        assertEquals(friday, ReceptionDay.onOrAfter(LocalDate.of(2026, 12, 7)));
        assertEquals(friday.plusWeeks(1), ReceptionDay.onOrAfter(LocalDate.of(2026, 12, 12)));
    }

    @Test
    void aMatterGoesToTheReceptionDayWhenAnyMarkerIsSet() {
        CourtCaseForm form = new CourtCaseForm();
        assertFalse(form.forReceptionDay());
        assertEquals(List.of(), ReceptionDay.markers(form, Locale.SIMPLIFIED_CHINESE));
        form.setLongStandingPetitioner(true);
        form.setLeapfrogVisit(true);
        assertTrue(form.forReceptionDay());
        assertEquals(List.of("越级访", "上访老户"), ReceptionDay.markers(form, Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of("Bypassed a level", "Long-standing petitioner"), ReceptionDay.markers(form, Locale.ENGLISH));
        assertTrue(form.summary().contains("越级访 · 上访老户"), form.summary());
    }

    @Test
    void aCaseNumberIsFoundWithEitherBrackets() {
        assertEquals(Set.of("(2024)青07民初1234号", "（2024）青07民初1234号"), Lawsuits.spellings("(2024)青07民初1234号"));
        assertEquals(Set.of("(2024)青07民初1234号", "（2024）青07民初1234号"), Lawsuits.spellings("（2024）青07民初1234号"));
    }

    @Test
    void checksGatherEveryProblemNamedInTheCallersLanguage() {
        Checks checks = new Checks(Locale.SIMPLIFIED_CHINESE);
        assertNull(checks.required("judge", "   ", 50));
        assertEquals("短", checks.required("question", " 短 ", 50));
        checks.required("answer", "长".repeat(11), 10);
        Refusal refused = assertThrows(Refusal.class, checks::refuseIfAny);
        assertEquals(400, refused.status());
        assertEquals(List.of(new Refusal.Field("judge", "答疑法官不能为空"), new Refusal.Field("answer", "答复不能超过10个字符")),
                refused.fields());
        assertEquals("答疑法官不能为空", refused.getMessage());

        Checks english = new Checks(Locale.ENGLISH);
        english.required("divisionHead", null, 50);
        assertEquals("Division head is required", assertThrows(Refusal.class, english::refuseIfAny).getMessage());
    }

    @Test
    void aBodyIsReadFieldByFieldNamingWhatIsWrong() {
        JsonInput in = Input.parse("{\"startsAt\":\"2026-12-11 09:30\",\"place\":3,\"extra\":\"x\"}", Locale.SIMPLIFIED_CHINESE,
                Set.of("startsAt", "place"));
        assertNull(in.dateTime("startsAt"));
        assertNull(in.text("place"));
        Refusal refused = assertThrows(Refusal.class, in::refuseIfProblems);
        assertEquals(List.of("extra", "startsAt", "place"), refused.fields().stream().map(Refusal.Field::field).toList());
        assertEquals("听证时间须为日期和时间，如 2026-12-11T09:30", refused.fields().get(1).message());

        JsonInput good = Input.parse("{\"startsAt\":\"2026-12-11T09:30\",\"answeredOn\":\"2026-12-04\"}", Locale.SIMPLIFIED_CHINESE,
                Set.of("startsAt", "answeredOn"));
        assertEquals(LocalDateTime.of(2026, 12, 11, 9, 30), good.dateTime("startsAt"));
        assertEquals(LocalDate.of(2026, 12, 4), good.date("answeredOn"));
        good.refuseIfProblems();

        Refusal notJson = assertThrows(Refusal.class, () -> Input.parse("[1", Locale.SIMPLIFIED_CHINESE, Set.of()));
        assertEquals("请求体不是有效的 JSON 对象", notJson.getMessage());
    }
}
