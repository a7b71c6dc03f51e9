package org.xinfang.api.plugin;

import java.util.Objects;
import java.util.Set;
import org.xinfang.api.model.LocalizedText;

/** A step of a procedure: from one state to another, fired by one of {@code roles}. */
public record TransitionDeclaration(String name, LocalizedText label, String from, String to, Set<String> roles) {

    public TransitionDeclaration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        roles = Set.copyOf(roles);
    }
}
