package org.xinfang.core.domain.model.setting;

import java.util.Objects;
import org.xinfang.api.model.LocalizedText;

/**
 * One whole-number setting an administrator may change: its key, what it means in both languages,
 * the statutory (or built-in) default that applies until it is changed, and the values it may take.
 *
 * @param key          the key the rule asks {@code Settings.number} with ({@code clock.general.handling.days})
 * @param group        what it belongs to, for grouping on the settings page (a procedure's name, 附件)
 * @param label        what it is (办理并出具处理意见 — 期限)
 * @param unit         what the number counts (日, 个工作日, MB)
 * @param defaultValue the value in force while nobody changed it
 * @param min          the smallest value an administrator may set
 * @param max          the largest value an administrator may set
 */
public record SettingDefinition(String key, LocalizedText group, LocalizedText label, LocalizedText unit,
                                int defaultValue, int min, int max) {

    public SettingDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        if (min > max || defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException("Setting " + key + ": the default " + defaultValue
                    + " must lie in [" + min + ", " + max + "]");
        }
    }

    public boolean allows(int value) {
        return value >= min && value <= max;
    }
}
