package org.xinfang.api.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinfang.api.procedure.StateDeclaration.state;
import static org.xinfang.api.procedure.TransitionDeclaration.step;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.model.NoticeKind;
import org.xinfang.api.plugin.CoreRole;

/**
 * A matter concluded before is answered "not accepted again", or accepted by a leader who states why:
 * the rule is declared on the steps, and the soundness check keeps any accepting step from forgetting it.
 */
class RepeatOfConcludedRuleTest {

    private static final Set<String> CORE_ROLES = Set.of(CoreRole.ADMIN, CoreRole.CLERK, CoreRole.HANDLER, CoreRole.LEADER);

    @Test
    void theOrdinaryAcceptanceIsForMattersNotConcludedBefore() {
        TransitionDeclaration accept = EffectiveProcedure.general().transition("accept").orElseThrow();
        assertEquals(List.of(Condition.notRepeatOfConcluded()), accept.conditions());
    }

    @Test
    void onlyALeaderWithAReasonAcceptsAConcludedMatterAgain() {
        TransitionDeclaration again = EffectiveProcedure.general().transition("acceptRepeat").orElseThrow();
        assertEquals(List.of(Condition.repeatOfConcluded()), again.conditions());
        assertEquals(Set.of(CoreRole.LEADER), Set.copyOf(again.roles()));
        assertTrue(again.requires(StepInput.REASON), "the leader states why");
        assertEquals(NoticeKind.ACCEPTANCE, again.notice(), "the petitioner is told in writing, as for any acceptance");
        assertEquals(GeneralProcedure.ACCEPTED, again.to());
    }

    @Test
    void theGeneralProcedureIsSound() {
        assertEquals(List.of(), EffectiveProcedure.general().problems(CORE_ROLES));
    }

    @Test
    void anAgencysAcceptingStepThatIgnoresRepeatsIsRefusedByName() {
        ProcedureDeclaration careless = new ProcedureDeclaration("careless", LocalizedText.of("甲", "A"), GeneralProcedure.ID,
                List.of(state("desk", "前台办理", "At the desk")),
                List.of(step("takeUp", "受理并办理", "Take up").from(GeneralProcedure.REGISTERED).to("desk")
                        .roles(CoreRole.CLERK).notice(NoticeKind.ACCEPTANCE).build()),
                List.of());
        List<String> problems = EffectiveProcedure.extending(careless).problems(CORE_ROLES);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("procedure careless, transition takeUp: accepts the matter"), problems.get(0));
    }
}
