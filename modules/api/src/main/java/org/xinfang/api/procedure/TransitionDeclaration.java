package org.xinfang.api.procedure;

import org.xinfang.api.procedure.ClockEffect;
import org.xinfang.api.procedure.Condition;
import org.xinfang.api.procedure.StepInput;
import org.xinfang.api.procedure.TransitionDeclaration;
import org.xinfang.api.procedure.UnitMove;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.model.NoticeKind;

/**
 * A step of a procedure: from one of {@code from} to {@code to}, fired by one of {@code roles}, given
 * {@code inputs}, when {@code conditions} hold. It may produce a written {@code notice} (then the step
 * cannot be recorded without it), move the case to another unit, and start, stop, pause or extend
 * clocks. A transition whose {@code to} is one of its {@code from} states records an act without
 * moving the case on (an extension, the petitioner's rating).
 *
 * <p>Written with {@link #step(String, String, String)}: {@code step("accept", "受理", "Accept").from(REGISTERED)
 * .to(ACCEPTED).roles(CoreRole.CLERK).notice(NoticeKind.ACCEPTANCE).starts(HANDLING).build()}.
 */
public record TransitionDeclaration(String name, LocalizedText label, Set<String> from, String to, Set<String> roles,
                                    Set<StepInput> inputs, NoticeKind notice, UnitMove move, List<ClockEffect> clocks,
                                    List<Condition> conditions) {

    public TransitionDeclaration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(move, "move");
        from = Set.copyOf(from);
        roles = Set.copyOf(roles);
        inputs = inputs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(inputs));
        clocks = List.copyOf(clocks);
        conditions = List.copyOf(conditions);
        if (from.isEmpty() || roles.isEmpty()) {
            throw new IllegalArgumentException("Transition " + name + " needs at least one from-state and one role");
        }
    }

    /** The simple form: one from-state, roles, nothing else. */
    public TransitionDeclaration(String name, LocalizedText label, String from, String to, Set<String> roles) {
        this(name, label, Set.of(from), to, roles, Set.of(), null, UnitMove.NONE, List.of(), List.of());
    }

    public boolean requires(StepInput input) {
        return inputs.contains(input);
    }

    public boolean recordsOnly() {
        return from.contains(to);
    }

    public static Builder step(String name, String zh, String en) {
        return new Builder(name, LocalizedText.of(zh, en));
    }

    /** Builds a transition a line per aspect, as the procedures read best. */
    public static final class Builder {
        private final String name;
        private final LocalizedText label;
        private Set<String> from = Set.of();
        private String to;
        private Set<String> roles = Set.of();
        private final EnumSet<StepInput> inputs = EnumSet.noneOf(StepInput.class);
        private NoticeKind notice;
        private UnitMove move = UnitMove.NONE;
        private final List<ClockEffect> clocks = new ArrayList<>();
        private final List<Condition> conditions = new ArrayList<>();

        private Builder(String name, LocalizedText label) {
            this.name = name;
            this.label = label;
        }

        public Builder from(String... states) {
            this.from = Set.of(states);
            return this;
        }

        public Builder to(String state) {
            this.to = state;
            return this;
        }

        public Builder roles(String... names) {
            this.roles = Set.of(names);
            return this;
        }

        public Builder inputs(StepInput... required) {
            inputs.addAll(Arrays.asList(required));
            return this;
        }

        public Builder notice(NoticeKind kind) {
            this.notice = kind;
            return this;
        }

        public Builder moves(UnitMove unitMove) {
            this.move = unitMove;
            return this;
        }

        public Builder starts(String... clockNames) {
            return effect(ClockEffect.Action.START, clockNames);
        }

        public Builder stops(String... clockNames) {
            return effect(ClockEffect.Action.STOP, clockNames);
        }

        public Builder pauses(String... clockNames) {
            return effect(ClockEffect.Action.PAUSE, clockNames);
        }

        public Builder resumes(String... clockNames) {
            return effect(ClockEffect.Action.RESUME, clockNames);
        }

        public Builder extendsClock(String clockName) {
            return effect(ClockEffect.Action.EXTEND, clockName);
        }

        public Builder when(Condition condition) {
            conditions.add(condition);
            return this;
        }

        private Builder effect(ClockEffect.Action action, String... clockNames) {
            for (String c : clockNames) {
                clocks.add(new ClockEffect(c, action));
            }
            return this;
        }

        public TransitionDeclaration build() {
            return new TransitionDeclaration(name, label, from, to, roles, inputs, notice, move, clocks, conditions);
        }
    }
}
