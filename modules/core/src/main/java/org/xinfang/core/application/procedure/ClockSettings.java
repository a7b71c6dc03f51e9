package org.xinfang.core.application.procedure;

import org.xinfang.api.model.DayCount;
import org.xinfang.api.model.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.procedure.ClockDeclaration;
import org.xinfang.api.procedure.EffectiveProcedure;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.application.settings.SettingDefinitions;
import org.xinfang.core.domain.model.setting.SettingDefinition;

/**
 * The statutory periods as settings: the length of every clock of every installed procedure (the
 * general one and each plugin's redeclared clocks), and for an extendable clock its longest
 * extension. A clock a plugin inherits unchanged shares the general procedure's key, so one change
 * applies to every agency that runs it. A clock whose due date the step gives (交办's report-back
 * date) has no length to set.
 */
@ApplicationScoped
public class ClockSettings implements SettingDefinitions {

    /** The longest period an administrator may set, in days. */
    public static final int MAX_DAYS = 365;

    /**
     * Channels whose intake clock is shorter than the statute's: a leader's mailbox and public hotline
     * answer the same day (seed 000: 当日收件、当日呈报、当日转办、当日署名回复). 0 days: due the day it
     * arrives, or the next working day when it arrives on a holiday.
     */
    public static final Map<Channel, Integer> SAME_DAY_CHANNELS = Map.of(Channel.MAILBOX, 0, Channel.HOTLINE, 0);

    private static final LocalizedText CHANNELS_GROUP = LocalizedText.of("渠道时限", "Time limits by channel");

    private static final LocalizedText DAYS_LABEL = LocalizedText.of("期限", "period");
    private static final LocalizedText EXTENSION_LABEL = LocalizedText.of("最长延期", "longest extension");

    @Inject
    private PluginRegistry plugins;

    @Inject
    private Procedures procedures;

    @Override
    public List<SettingDefinition> settingDefinitions() {
        List<EffectiveProcedure> installed = new ArrayList<>();
        installed.add(EffectiveProcedure.general());
        plugins.plugins().stream().map(AgencyPlugin::id).map(procedures::of).forEach(installed::add);
        Map<String, SettingDefinition> byKey = new LinkedHashMap<>();
        for (EffectiveProcedure procedure : installed) {
            for (ClockDeclaration clock : procedure.clocks()) {
                if (clock.dueDateGiven()) {
                    continue;
                }
                String key = procedure.settingKey(clock);
                byKey.putIfAbsent(key, new SettingDefinition(key, procedure.name(), labelled(clock, DAYS_LABEL),
                        clock.count().label(), clock.days(), 1, MAX_DAYS));
                if (clock.maxExtensionDays() > 0) {
                    String extensionKey = procedure.extensionSettingKey(clock);
                    byKey.putIfAbsent(extensionKey, new SettingDefinition(extensionKey, procedure.name(),
                            labelled(clock, EXTENSION_LABEL), clock.count().label(), clock.maxExtensionDays(), 0, MAX_DAYS));
                }
            }
        }
        SAME_DAY_CHANNELS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> byKey.put(channelKey(e.getKey()),
                new SettingDefinition(channelKey(e.getKey()), CHANNELS_GROUP,
                        LocalizedText.of(e.getKey().label().zh() + " — 登记后转送、交办或受理的期限", e.getKey().label().en() + " — forward, assign or accept within"),
                        DayCount.CALENDAR.label(), e.getValue(), 0, MAX_DAYS)));
        return List.copyOf(byKey.values());
    }

    /** The setting of a same-day channel's intake period. */
    public static String channelKey(Channel channel) {
        return "clock.channel." + channel.name().toLowerCase(java.util.Locale.ROOT) + ".intake.days";
    }

    @Override
    public int position() {
        return 0;
    }

    private static LocalizedText labelled(ClockDeclaration clock, LocalizedText what) {
        return LocalizedText.of(clock.label().zh() + " — " + what.zh(), clock.label().en() + " — " + what.en());
    }
}
