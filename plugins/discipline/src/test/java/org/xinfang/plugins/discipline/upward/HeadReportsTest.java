package org.xinfang.plugins.discipline.upward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xinfang.api.plugin.AgencyPlugin.MoveTarget;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.plugins.discipline.DisciplineCaseForm;
import org.xinfang.plugins.discipline.DisciplinePlugin;

/** A head's report goes to a discipline commission only; the sealed step is for such reports only; anonymous ones start no acknowledgement. */
class HeadReportsTest {

    private static final MoveTarget PROVINCIAL_COMMISSION = new MoveTarget(2, "山东省纪委监委", "discipline");
    private static final MoveTarget CITY_BUREAU = new MoveTarget(3, "青州市信访局", "general");

    private final DisciplinePlugin plugin = new DisciplinePlugin();

    @Test
    void aHeadsReportGoesToTheCommissionAbove() {
        assertTrue(plugin.refusesMove(report(true, true), HeadReports.SEALED_STEP, PROVINCIAL_COMMISSION).isEmpty());
    }

    @Test
    void aHeadsReportIsNeverHandedToAPetitionBureauByAnyStep() {
        for (String step : new String[] {HeadReports.SEALED_STEP, "forward", "assign"}) {
            String why = plugin.refusesMove(report(true, true), step, CITY_BUREAU).orElseThrow().in(Locale.SIMPLIFIED_CHINESE);
            assertEquals("反映本机关主要负责人的举报只能密封报送上级纪委监委，不能送交青州市信访局。", why, step);
        }
        assertEquals("A report about this body's head goes sealed to the commission above only, never to 青州市信访局.",
                plugin.refusesMove(report(true, true), "forward", CITY_BUREAU).orElseThrow().in(Locale.ENGLISH));
    }

    @Test
    void theSealedStepIsOnlyForAHeadsReport() {
        assertEquals("只有登记为反映本机关主要负责人的举报才能密封报送上一级纪委监委。",
                plugin.refusesMove(report(false, true), HeadReports.SEALED_STEP, PROVINCIAL_COMMISSION).orElseThrow().zh());
    }

    @Test
    void theHeadsOwnCommissionMayOnlySendItsReportUp() {
        for (String step : new String[] {"accept", "decline", "assign", "forward", "conclude"}) {
            assertEquals("此件反映本机关主要负责人，本机关不得自行受理、办理或交办，只能密封报送上一级纪委监委。",
                    plugin.refusesAtRegisteringUnit(report(true, true), step).orElseThrow().zh(), step);
        }
        assertTrue(plugin.refusesAtRegisteringUnit(report(true, true), HeadReports.SEALED_STEP).isEmpty());
        assertTrue(plugin.refusesAtRegisteringUnit(report(false, true), "accept").isEmpty(), "an ordinary report is handled at home");
    }

    @Test
    void anOrdinaryReportMayBeForwardedAnywhere() {
        assertTrue(plugin.refusesMove(report(false, true), "forward", CITY_BUREAU).isEmpty());
    }

    @Test
    void onlyASignedReportStartsTheAcknowledgementClock() {
        assertTrue(plugin.startsClockAtRegistration(GeneralProcedure.CLOCK_INTAKE, report(false, true)));
        assertFalse(plugin.startsClockAtRegistration(GeneralProcedure.CLOCK_INTAKE, report(false, false)));
        assertTrue(plugin.startsClockAtRegistration(GeneralProcedure.CLOCK_HANDLING, report(false, false)),
                "other clocks are not the plugin's concern");
    }

    private static DisciplineCaseForm report(boolean aboutHead, boolean signed) {
        DisciplineCaseForm form = new DisciplineCaseForm();
        form.setAboutUnitHead(aboutHead);
        form.setSigned(signed);
        return form;
    }
}
