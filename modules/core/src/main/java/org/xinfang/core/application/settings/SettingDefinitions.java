package org.xinfang.core.application.settings;

import java.util.List;
import org.xinfang.core.domain.model.setting.SettingDefinition;

/**
 * A contributor of settings to the administrator's catalogue. Any CDI bean implementing it is found
 * ({@code Instance<SettingDefinitions>}): the clocks of the installed procedures are one, a feature
 * with its own limits (the largest attachment) adds another next to its code.
 */
public interface SettingDefinitions {

    /** The settings this contributor declares; keys must be unique across all contributors. */
    List<SettingDefinition> settingDefinitions();

    /** Where its group stands on the settings page: lower first. */
    default int position() {
        return 100;
    }
}
