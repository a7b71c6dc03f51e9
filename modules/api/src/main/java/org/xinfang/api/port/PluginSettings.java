package org.xinfang.api.port;

import org.xinfang.api.plugin.SettingDeclaration;

/** The value in force of a setting a plugin declared ({@link org.xinfang.api.plugin.AgencyPlugin#settings()}). */
public interface PluginSettings {

    /** The administrator's value of {@code setting}, or its default while it was never changed. */
    int number(SettingDeclaration setting);
}
