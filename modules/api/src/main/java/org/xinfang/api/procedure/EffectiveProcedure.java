package org.xinfang.api.procedure;

import org.xinfang.api.procedure.ClockDeclaration;
import org.xinfang.api.procedure.ClockEffect;
import org.xinfang.api.procedure.Condition;
import org.xinfang.api.procedure.EffectiveProcedure;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.api.procedure.ProcedureDeclaration;
import org.xinfang.api.procedure.StateDeclaration;
import org.xinfang.api.procedure.StepInput;
import org.xinfang.api.procedure.TransitionDeclaration;
import org.xinfang.api.procedure.UnitMove;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.model.NoticeKind;

/**
 * A procedure as the engine runs it: the general procedure with one agency's extension laid over it
 * (states added; transitions and clocks of the same name replaced). Also the one place that checks a
 * procedure is sound, for the core at start and for each plugin's own tests.
 */
public final class EffectiveProcedure {

    private final String id;
    private final LocalizedText name;
    private final Map<String, StateDeclaration> states = new LinkedHashMap<>();
    private final Map<String, TransitionDeclaration> transitions = new LinkedHashMap<>();
    private final Map<String, ClockDeclaration> clocks = new LinkedHashMap<>();
    /** Which procedure declared each clock: its settings key is named after that one. */
    private final Map<String, String> clockOwners = new LinkedHashMap<>();
    private final Set<String> extensionStates;

    private EffectiveProcedure(ProcedureDeclaration base, ProcedureDeclaration extension) {
        lay(base);
        if (extension != null) {
            lay(extension);
        }
        ProcedureDeclaration top = extension != null ? extension : base;
        this.id = top.id();
        this.name = top.name();
        this.extensionStates = extension == null ? Set.of()
                : extension.states().stream().map(StateDeclaration::name).collect(Collectors.toUnmodifiableSet());
    }

    private void lay(ProcedureDeclaration declaration) {
        declaration.states().forEach(s -> states.put(s.name(), s));
        declaration.transitions().forEach(t -> transitions.put(t.name(), t));
        declaration.clocks().forEach(c -> {
            clocks.put(c.name(), c);
            clockOwners.put(c.name(), declaration.id());
        });
    }

    /** The general procedure alone, as units without a plugin run it. */
    public static EffectiveProcedure general() {
        return new EffectiveProcedure(GeneralProcedure.declaration(), null);
    }

    /** The general procedure extended by {@code extension} (which must extend {@link GeneralProcedure#ID}). */
    public static EffectiveProcedure extending(ProcedureDeclaration extension) {
        return new EffectiveProcedure(GeneralProcedure.declaration(), extension);
    }

    public String id() {
        return id;
    }

    public LocalizedText name() {
        return name;
    }

    public List<StateDeclaration> states() {
        return List.copyOf(states.values());
    }

    public Optional<StateDeclaration> state(String stateName) {
        return Optional.ofNullable(states.get(stateName));
    }

    public List<TransitionDeclaration> transitions() {
        return List.copyOf(transitions.values());
    }

    public Optional<TransitionDeclaration> transition(String transitionName) {
        return Optional.ofNullable(transitions.get(transitionName));
    }

    /** The transitions leaving {@code state}, in declaration order. */
    public List<TransitionDeclaration> from(String state) {
        return transitions.values().stream().filter(t -> t.from().contains(state)).toList();
    }

    public List<ClockDeclaration> clocks() {
        return List.copyOf(clocks.values());
    }

    public Optional<ClockDeclaration> clock(String clockName) {
        return Optional.ofNullable(clocks.get(clockName));
    }

    /** The settings key of a clock's length: named after the procedure that declared it. */
    public String settingKey(ClockDeclaration clock) {
        return clock.settingKey(clockOwners.get(clock.name()));
    }

    /** The settings key of a clock's longest extension. */
    public String extensionSettingKey(ClockDeclaration clock) {
        return clock.extensionSettingKey(clockOwners.get(clock.name()));
    }

    /**
     * Every problem of the procedure, one sentence each, empty when sound: transitions joining unknown
     * states, fired by roles nobody holds, touching undeclared clocks or lacking the inputs their
     * effects need; accepting steps that do not decide on a repeat of a concluded matter; terminal states
     * with a way out; added states nothing leads to.
     *
     * @param roles the roles that may appear on transitions: the core roles and the plugin's own
     */
    public List<String> problems(Set<String> roles) {
        List<String> problems = new ArrayList<>();
        for (TransitionDeclaration t : transitions.values()) {
            String where = "procedure " + id + ", transition " + t.name() + ": ";
            Stream.concat(t.from().stream(), Stream.of(t.to())).filter(s -> !states.containsKey(s)).distinct()
                    .forEach(s -> problems.add(where + "unknown state '" + s + "'"));
            t.from().stream().filter(s -> states.containsKey(s) && states.get(s).terminal())
                    .forEach(s -> problems.add(where + "leaves the terminal state '" + s + "'"));
            t.roles().stream().filter(r -> !roles.contains(r))
                    .forEach(r -> problems.add(where + "role " + r + " is not declared"));
            for (ClockEffect effect : t.clocks()) {
                ClockDeclaration clock = clocks.get(effect.clock());
                if (clock == null) {
                    problems.add(where + "unknown clock '" + effect.clock() + "'");
                } else if (effect.action() == ClockEffect.Action.EXTEND
                        && (clock.maxExtensionDays() == 0 || !t.requires(StepInput.EXTENSION_DAYS))) {
                    problems.add(where + "extends clock '" + clock.name() + "', which needs an extendable clock and EXTENSION_DAYS");
                } else if (effect.action() == ClockEffect.Action.START && clock.dueDateGiven() && !t.requires(StepInput.DUE_DATE)) {
                    problems.add(where + "starts clock '" + clock.name() + "' whose due date the step must give (DUE_DATE)");
                }
            }
            t.conditions().stream().filter(c -> c.clock() != null && !clocks.containsKey(c.clock()))
                    .forEach(c -> problems.add(where + "condition on unknown clock '" + c.clock() + "'"));
            if (t.notice() == NoticeKind.ACCEPTANCE && t.conditions().stream().noneMatch(Condition::aboutRepeats)) {
                problems.add(where + "accepts the matter (ACCEPTANCE notice) without deciding on a repeat of a concluded matter:"
                        + " add Condition.notRepeatOfConcluded() (or repeatOfConcluded() for a leader's step with a REASON)");
            }
            if (t.move() == UnitMove.TO_TARGET && !t.requires(StepInput.TARGET_UNIT)) {
                problems.add(where + "moves the case to a target unit but does not ask for TARGET_UNIT");
            }
        }
        for (String added : extensionStates) {
            if (transitions.values().stream().noneMatch(t -> t.to().equals(added))) {
                problems.add("procedure " + id + ": no transition leads to state '" + added + "'");
            }
        }
        return problems;
    }
}
