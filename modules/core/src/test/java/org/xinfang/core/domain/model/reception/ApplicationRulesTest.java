package org.xinfang.core.domain.model.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.xinfang.api.model.LegalRoute;
import org.xinfang.core.domain.model.encryption.MatchKeys;
import org.xinfang.core.domain.model.reception.ApplicationRules.Step;

/** Which step an application allows in which status, and the per-phone limit. */
class ApplicationRulesTest {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Test
    void onlyAnAppliedOneIsClassifiedAndOnlyAPlannedOneIsScheduled() {
        for (AppointmentStatus status : AppointmentStatus.values()) {
            assertEquals(status == AppointmentStatus.APPLIED, ApplicationRules.refusal(status, Step.CLASSIFY) == null, status.name());
            assertEquals(status == AppointmentStatus.PLANNED, ApplicationRules.refusal(status, Step.SCHEDULE) == null, status.name());
        }
        assertEquals("reception.application.schedule.notDECLINED", ApplicationRules.refusal(AppointmentStatus.DECLINED, Step.SCHEDULE));
        assertEquals("reception.application.classify.notBOOKED", ApplicationRules.refusal(AppointmentStatus.BOOKED, Step.CLASSIFY));
    }

    @Test
    void openOnesAreCancelledAndADecidedOneStands() {
        assertNull(ApplicationRules.refusal(AppointmentStatus.APPLIED, Step.CANCEL));
        assertNull(ApplicationRules.refusal(AppointmentStatus.PLANNED, Step.CANCEL));
        assertNull(ApplicationRules.refusal(AppointmentStatus.BOOKED, Step.CANCEL));
        assertEquals("reception.application.cancel.notREFERRED", ApplicationRules.refusal(AppointmentStatus.REFERRED, Step.CANCEL));
        assertEquals("reception.application.cancel.notCANCELLED", ApplicationRules.refusal(AppointmentStatus.CANCELLED, Step.CANCEL));
    }

    @Test
    void everyRefusalHasItsMessageInChineseAndEnglish() {
        ResourceBundle zh = ResourceBundle.getBundle("org.xinfang.core.messages", java.util.Locale.ROOT, NO_FALLBACK);
        ResourceBundle en = ResourceBundle.getBundle("org.xinfang.core.messages", java.util.Locale.ENGLISH, NO_FALLBACK);
        for (AppointmentStatus status : AppointmentStatus.values()) {
            for (Step step : Step.values()) {
                String key = ApplicationRules.refusal(status, step);
                if (key != null) {
                    assertTrue(zh.containsKey(key) && en.containsKey(key), key);
                    assertFalse(zh.getString(key).equals(en.getString(key)), key);
                }
            }
        }
    }

    @Test
    void classifyingSetsTheStatusAndKeepsOnlyTheFieldsOfItsKind() {
        Appointment a = new Appointment("王喆", "139-1234-5678", null, "拖欠工资", 1);
        assertEquals(MatchKeys.ofPhone("13912345678"), a.getPhoneKey(), "the phone is matched by the match key of its digits");
        a.apply(1L, "朝阳访约〔2026〕1号", ApplicationChannel.ONLINE, null, LocalDateTime.of(2026, 11, 23, 9, 0), null);
        assertEquals(AppointmentStatus.APPLIED, a.getStatus());
        a.classify(Classification.DECLINED, "区人社局", "属于劳动争议，请申请劳动仲裁", LegalRoute.ARBITRATION, "clerk",
                LocalDateTime.of(2026, 11, 23, 10, 0));
        assertEquals(AppointmentStatus.DECLINED, a.getStatus());
        assertNull(a.getDepartment(), "a declination names no department");
        assertEquals(LegalRoute.ARBITRATION, a.getLegalRoute());
    }

    @Test
    void aPhoneHoldsAtMostThreeOpenApplicationsInAUnit() {
        assertFalse(ApplicationRules.overLimit(2));
        assertTrue(ApplicationRules.overLimit(3));
    }
}
