package org.xinfang.api.plugin;

import java.util.Objects;
import org.xinfang.api.model.LocalizedText;

/**
 * A role a plugin hands out within its units, e.g. {@code COURT_RECEPTION} (立案庭接待员).
 * Role names are global in the security realm, so a plugin prefixes them with its own id.
 */
public record RoleDeclaration(String name, LocalizedText label) {

    public RoleDeclaration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
    }
}
