package org.xinfang.core.application.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.SettingDeclaration;
import org.xinfang.api.port.PluginSettings;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.domain.model.setting.SettingDefinition;

/**
 * The settings the installed plugins declare, in the administrator's catalogue after the core's, each
 * grouped under its agency type's label; and the port through which a plugin reads their values.
 */
@ApplicationScoped
public class PluginSettingDefinitions implements SettingDefinitions, PluginSettings {

    @Inject
    private PluginRegistry plugins;

    @Inject
    private Settings settings;

    @Override
    public List<SettingDefinition> settingDefinitions() {
        return plugins.plugins().stream().flatMap(p -> p.settings().stream().map(s -> definition(p, s))).toList();
    }

    @Override
    public int position() {
        return 200;
    }

    @Override
    public int number(SettingDeclaration setting) {
        return settings.number(setting.key(), setting.defaultValue());
    }

    private static SettingDefinition definition(AgencyPlugin plugin, SettingDeclaration s) {
        return new SettingDefinition(s.key(), plugin.agencyType().label(), s.label(), s.unit(), s.defaultValue(), s.min(), s.max());
    }
}
