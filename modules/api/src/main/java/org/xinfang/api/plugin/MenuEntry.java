package org.xinfang.api.plugin;

import java.util.Objects;
import java.util.Set;
import org.xinfang.api.model.LocalizedText;

/**
 * A page a plugin contributes, shown in the menu to users holding one of {@code roles} (empty: to
 * every signed-in user of the plugin's agency type). {@code path} is the view id under the web root,
 * e.g. {@code /plugins/court/guide.xhtml}.
 */
public record MenuEntry(String path, LocalizedText label, Set<String> roles) {

    public MenuEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(label, "label");
        roles = Set.copyOf(roles);
    }
}
