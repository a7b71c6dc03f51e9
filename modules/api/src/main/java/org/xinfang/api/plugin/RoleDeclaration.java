package org.xinfang.api.plugin;

import java.util.Objects;
import org.xinfang.api.model.LocalizedText;

/**
 * A role a plugin hands out within its units, e.g. {@code COURT_RECEPTION} (立案庭接待员).
 * Role names are global in the security realm, so a plugin prefixes them with its own id.
 * {@code actsAs} names the {@link CoreRole} whose steps of the general procedure it may take
 * (null: none, e.g. the keeper of sealed identities).
 */
public record RoleDeclaration(String name, LocalizedText label, String actsAs) {

    public RoleDeclaration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
    }

    public RoleDeclaration(String name, LocalizedText label) {
        this(name, label, null);
    }
}
