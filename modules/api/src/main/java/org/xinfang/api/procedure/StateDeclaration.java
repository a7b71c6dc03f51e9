package org.xinfang.api.procedure;

import org.xinfang.api.procedure.StateDeclaration;
import java.util.Objects;
import org.xinfang.api.model.LocalizedText;

/** A state of a procedure; a terminal state ends the matter (no transition leaves it). */
public record StateDeclaration(String name, LocalizedText label, boolean terminal) {

    public StateDeclaration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
    }

    public static StateDeclaration state(String name, String zh, String en) {
        return new StateDeclaration(name, LocalizedText.of(zh, en), false);
    }

    public static StateDeclaration terminal(String name, String zh, String en) {
        return new StateDeclaration(name, LocalizedText.of(zh, en), true);
    }
}
