package org.xinfang.web.interfaces.rest.procedure;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xinfang.api.model.LegalRoute;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.model.Outcome;
import org.xinfang.api.model.Rating;
import org.xinfang.api.procedure.EffectiveProcedure;
import org.xinfang.api.procedure.StepInput;
import org.xinfang.api.procedure.TransitionDeclaration;
import org.xinfang.core.application.procedure.ClockReading;
import org.xinfang.core.application.procedure.ProcedureEngine.StepOption;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.procedure.CaseStep;

/**
 * A case's procedure as the API shows it: the procedure's states and transitions (for drawing it),
 * where the case stands, the steps the caller may take now (and those blocked, with why), its clocks
 * with due dates and days left, and its history. Labels are in the caller's language.
 */
@Schema(name = "CaseProcedure", description = "事项的办理程序、期限与办理经过 / A case's procedure, clocks and history")
public record CaseProcedureView(long caseId, String number, long version, String procedure, String procedureName,
                                String state, String stateLabel, boolean finished, List<State> states,
                                List<Transition> transitions, List<Option> options, List<ClockView> clocks, List<Step> history) {

    public record State(String name, String label, boolean terminal) {
    }

    public record Transition(String name, String label, List<String> from, String to) {
    }

    @Schema(name = "StepOption", description = "可办理的步骤；blockedBecause 非空时暂不能办理 / A step the caller may take; blocked when blockedBecause is set")
    public record Option(String transition, String label, List<StepInput> inputs, String notice, boolean available,
                         String blockedBecause, Integer maxExtensionDays) {
    }

    @Schema(name = "Clock", description = "法定期限 / A statutory clock")
    public record ClockView(String name, String label, String dayCount, int days, @Schema(format = "date") LocalDate startedOn,
                            @Schema(format = "date") LocalDate dueOn, Long daysLeft, String status,
                            @Schema(format = "date") LocalDate pausedSince, int pausedDays, int extensionDays,
                            @Schema(format = "date") LocalDate stoppedOn, boolean overdue,
                            @Schema(description = "到期日所在年份的节假日安排已载入；否则只按周末推算 / The due date's year has its holidays loaded;"
                                    + " otherwise it counts weekends only") boolean calendarKnown) {
    }

    @Schema(name = "Step", description = "办理经过中的一步 / One step of the history")
    public record Step(long id, String transition, String label, String from, String to, String actor, LocalDateTime at,
                       String reason, @Schema(implementation = Outcome.class) String outcome,
                       @Schema(implementation = LegalRoute.class) String legalRoute, @Schema(implementation = Rating.class) String rating,
                       @Schema(format = "date") LocalDate dueOn, Integer extensionDays, String fromUnit, String toUnit) {
    }

    static CaseProcedureView of(Case c, EffectiveProcedure procedure, List<StepOption> options, List<ClockReading> clocks,
                                List<CaseStep> history, Function<String, LocalizedText> stepLabel,
                                Function<Long, String> unitName, UnaryOperator<String> redact, Locale locale) {
        Function<String, String> stateLabel = s -> procedure.state(s).map(d -> d.label().in(locale)).orElse(s);
        return new CaseProcedureView(c.getId(), c.getNumber(), c.getVersion(), procedure.id(), procedure.name().in(locale),
                c.getStatus(), stateLabel.apply(c.getStatus()),
                procedure.state(c.getStatus()).map(s -> s.terminal()).orElse(false),
                procedure.states().stream().map(s -> new State(s.name(), s.label().in(locale), s.terminal())).toList(),
                procedure.transitions().stream().map(t -> new Transition(t.name(), t.label().in(locale), t.from().stream().sorted().toList(), t.to())).toList(),
                options.stream().map(o -> option(o, locale)).toList(),
                clocks.stream().map(k -> new ClockView(k.name(), k.label().in(locale), k.count().name(), k.days(), k.startedOn(),
                        k.dueOn(), k.daysLeft(), k.status().name(), k.pausedSince(), k.pausedDays(), k.extensionDays(),
                        k.stoppedOn(), k.isOverdue(), k.calendarKnown())).toList(),
                history.stream().map(s -> new Step(s.getId(), s.getTransition(),
                        stepLabel.apply(s.getTransition()).in(locale),
                        s.getFromState(), s.getToState(), s.getActor(), s.getOccurredAt(), redact.apply(s.getReason()),
                        s.getOutcome() == null ? null : s.getOutcome().name(),
                        s.getLegalRoute() == null ? null : s.getLegalRoute().name(),
                        s.getRating() == null ? null : s.getRating().name(), s.getDueOn(), s.getExtensionDays(),
                        unitName.apply(s.getFromUnitId()), unitName.apply(s.getToUnitId()))).toList());
    }

    private static Option option(StepOption o, Locale locale) {
        TransitionDeclaration t = o.transition();
        return new Option(t.name(), t.label().in(locale), t.inputs().stream().sorted().toList(),
                t.notice() == null ? null : t.notice().name(), o.isAvailable(), o.blockedBecause(),
                o.maxExtensionDays() > 0 ? o.maxExtensionDays() : null);
    }

}
