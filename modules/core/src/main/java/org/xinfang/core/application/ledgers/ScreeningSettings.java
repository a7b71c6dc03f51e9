package org.xinfang.core.application.ledgers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.model.UnitLevel;
import org.xinfang.core.application.settings.SettingDefinitions;
import org.xinfang.core.application.settings.Settings;
import org.xinfang.core.domain.model.setting.SettingDefinition;

/**
 * How often each level screens for disputes, as settings: 村（居）每半月一排查，乡镇（街道）、区、市每月一排查
 * (seed 001) — twice a month for villages, once for every other level. A month is cut into that many
 * rounds; four (about weekly) is the most.
 */
@ApplicationScoped
public class ScreeningSettings implements SettingDefinitions {

    private static final String PREFIX = "screening.roundsPerMonth.";
    private static final LocalizedText GROUP = LocalizedText.of("矛盾纠纷排查（每月轮次）", "Dispute screening (rounds a month)");
    private static final LocalizedText TIMES_A_MONTH = LocalizedText.of("次/月", "a month");

    @Inject
    private Settings settings;

    public static String key(UnitLevel level) {
        return PREFIX + level.name();
    }

    static int defaultFor(UnitLevel level) {
        return level == UnitLevel.VILLAGE ? 2 : 1;
    }

    @Override
    public List<SettingDefinition> settingDefinitions() {
        return Arrays.stream(UnitLevel.values())
                .map(l -> new SettingDefinition(key(l), GROUP, l.label(), TIMES_A_MONTH, defaultFor(l), 1, 4))
                .toList();
    }

    @Override
    public int position() {
        return 40;
    }

    /** The rounds a month units of {@code level} screen. */
    public int roundsPerMonth(UnitLevel level) {
        return settings.number(key(level), defaultFor(level));
    }
}
