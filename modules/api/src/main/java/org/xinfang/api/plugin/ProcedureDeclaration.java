package org.xinfang.api.plugin;

import java.util.List;
import java.util.Objects;
import org.xinfang.api.model.LocalizedText;

/**
 * A procedure as data: its states and the transitions between them. The engine that runs
 * procedures (clocks, documents, history) reads these declarations; a plugin's procedure either
 * stands alone or {@code extendsProcedure} another (usually the core's {@code general}).
 */
public record ProcedureDeclaration(String id, LocalizedText name, String extendsProcedure,
                                   List<String> states, List<TransitionDeclaration> transitions) {

    public ProcedureDeclaration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        states = List.copyOf(states);
        transitions = List.copyOf(transitions);
    }
}
