package org.xinfang.api.plugin;

import java.util.Objects;
import org.xinfang.api.model.LocalizedText;

/**
 * A whole-number setting a plugin's own rule asks for (how many months after the protection flag the
 * company checks on the complainant), offered to the administrator beside the core's settings under the
 * plugin's agency label. The rule reads the value in force through {@link org.xinfang.api.port.PluginSettings}.
 *
 * @param key          unique across all settings; starts with the plugin's id ({@code company.protection.firstCheck.months})
 * @param label        what it is, in both languages
 * @param unit         what the number counts (个月, 日)
 * @param defaultValue the value in force while the administrator has not changed it
 * @param min          the smallest value the administrator may set
 * @param max          the largest value the administrator may set
 */
public record SettingDeclaration(String key, LocalizedText label, LocalizedText unit, int defaultValue, int min, int max) {

    public SettingDeclaration {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        if (min > max || defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException("Setting " + key + ": the default " + defaultValue + " must lie in [" + min + ", " + max + "]");
        }
    }
}
