package org.xinfang.api.procedure;

import org.xinfang.api.procedure.ClockDeclaration;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.api.procedure.ProcedureDeclaration;
import org.xinfang.api.procedure.StateDeclaration;
import org.xinfang.api.procedure.TransitionDeclaration;
import java.util.List;
import java.util.Objects;
import org.xinfang.api.model.LocalizedText;

/**
 * A procedure as data: its states, the transitions between them and the clocks they keep. The core's
 * engine runs it. A plugin's procedure usually {@code extendsProcedure} the core's
 * {@link GeneralProcedure#ID general} one: its states are added, and a transition or clock of the same
 * name as one of the general procedure's replaces it.
 */
public record ProcedureDeclaration(String id, LocalizedText name, String extendsProcedure,
                                   List<StateDeclaration> states, List<TransitionDeclaration> transitions,
                                   List<ClockDeclaration> clocks) {

    public ProcedureDeclaration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        states = List.copyOf(states);
        transitions = List.copyOf(transitions);
        clocks = List.copyOf(clocks);
    }
}
