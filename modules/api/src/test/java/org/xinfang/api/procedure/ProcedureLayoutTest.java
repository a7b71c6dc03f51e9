package org.xinfang.api.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinfang.api.procedure.StateDeclaration.state;
import static org.xinfang.api.procedure.StateDeclaration.terminal;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.plugin.CoreRole;

class ProcedureLayoutTest {

    @Test
    void generalProcedureLaysOutWithoutOverlapsInBothLanguages() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ProcedureLayout layout = ProcedureLayout.of(EffectiveProcedure.general(), locale);
            assertEquals(List.of(), layout.problems(), locale.toString());
            assertTrue(layout.width() <= ProcedureLayout.WIDEST, locale + ": " + layout.width());
        }
    }

    @Test
    void aLongProcedureRunsTopToBottom() {
        ProcedureLayout layout = ProcedureLayout.of(EffectiveProcedure.general(), Locale.SIMPLIFIED_CHINESE);
        assertTrue(layout.topDown(), "twelve states in a row are too wide left to right");
        ProcedureLayout.Box registered = layout.box(GeneralProcedure.REGISTERED);
        ProcedureLayout.Box concluded = layout.box(GeneralProcedure.CONCLUDED);
        assertTrue(registered.y() < concluded.y(), "registration at the top, conclusion below");
    }

    @Test
    void sameDeclarationGivesTheSamePicture() {
        ProcedureLayout first = ProcedureLayout.of(EffectiveProcedure.general(), Locale.ENGLISH);
        ProcedureLayout second = ProcedureLayout.of(EffectiveProcedure.general(), Locale.ENGLISH);
        assertEquals(first.boxes(), second.boxes());
        assertEquals(first.routes().stream().map(r -> r.transition() + r.points().stream().map(p -> p[0] + "," + p[1]).toList()).toList(),
                second.routes().stream().map(r -> r.transition() + r.points().stream().map(p -> p[0] + "," + p[1]).toList()).toList());
    }

    @Test
    void stepsBackAreReturnArcsAndEveryStepIsDrawn() {
        ProcedureLayout layout = ProcedureLayout.of(EffectiveProcedure.general(), Locale.SIMPLIFIED_CHINESE);
        // closeHearing leads from the hearing back to re-review, which comes before it.
        assertTrue(layout.routes().stream().anyMatch(ProcedureLayout.Route::back), "the hearing's return is a step back");
        long drawn = EffectiveProcedure.general().transitions().stream()
                .mapToLong(t -> t.from().stream().filter(f -> !f.equals(t.to())).count()).sum();
        assertEquals(drawn, layout.routes().size());
        for (ProcedureLayout.Route r : layout.routes()) {
            ProcedureLayout.Box lower = layout.box(r.back() ? r.from() : r.to());
            ProcedureLayout.Box upper = layout.box(r.back() ? r.to() : r.from());
            assertTrue(lower.y() > upper.y(), r.transition() + " goes down the picture, or comes back up it");
        }
    }

    @Test
    void aShortProcedureRunsLeftToRight() {
        ProcedureDeclaration small = new ProcedureDeclaration("small", LocalizedText.of("小", "Small"), GeneralProcedure.ID,
                List.of(state("a", "甲", "A"), terminal("b", "乙", "B")),
                List.of(TransitionDeclaration.step("toA", "去甲", "To A").from(GeneralProcedure.REGISTERED).to("a")
                                .roles(CoreRole.CLERK).build(),
                        TransitionDeclaration.step("toB", "去乙", "To B").from("a").to("b").roles(CoreRole.CLERK).build()),
                List.of());
        ProcedureLayout layout = ProcedureLayout.of(EffectiveProcedure.extending(small), Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of(), layout.problems());
        assertTrue(layout.box("a").x() > layout.box(GeneralProcedure.REGISTERED).x());
    }

    @Test
    void longLabelsBreakOnTwoLinesAtASpace() {
        assertEquals(List.of("Forwarded, awaiting", "acceptance"), ProcedureLayout.lines("Forwarded, awaiting acceptance"));
        assertEquals(List.of("已登记"), ProcedureLayout.lines("已登记"));
        assertFalse(ProcedureLayout.lines("已转送，待受理，再转送，待受理").stream().anyMatch(String::isEmpty));
        assertEquals(2 * 6.6 * 3, ProcedureLayout.textWidth("已登记"), 1.0);
    }
}
