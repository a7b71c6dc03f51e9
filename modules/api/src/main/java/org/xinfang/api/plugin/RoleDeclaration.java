package org.xinfang.api.plugin;

import java.util.Objects;
import org.xinfang.api.model.LocalizedText;

/**
 * A role a plugin hands out within its units, e.g. {@code COURT_RECEPTION} (立案庭接待员).
 * Role names are global in the security realm, so a plugin prefixes them with its own id.
 * {@code actsAs} names the {@link CoreRole} whose steps of the general procedure it may take
 * (null: none, e.g. the keeper of sealed identities).
 *
 * <p>{@code keepsIdentities} marks the keeper of sealed identities: the one role that may reveal,
 * with a stated reason and in the unit that holds the case, the people whose identity the plugin
 * seals ({@link AgencyPlugin#sealsIdentity}). Every reveal is logged by the core.
 */
public record RoleDeclaration(String name, LocalizedText label, String actsAs, boolean keepsIdentities) {

    public RoleDeclaration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
    }

    public RoleDeclaration(String name, LocalizedText label, String actsAs) {
        this(name, label, actsAs, false);
    }

    public RoleDeclaration(String name, LocalizedText label) {
        this(name, label, null, false);
    }

    /** The keeper of the plugin's sealed identities; it acts as no core role (as few eyes as possible). */
    public static RoleDeclaration identityKeeper(String name, LocalizedText label) {
        return new RoleDeclaration(name, label, null, true);
    }
}
