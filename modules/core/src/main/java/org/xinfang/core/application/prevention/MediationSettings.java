package org.xinfang.core.application.prevention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.core.application.settings.SettingDefinitions;
import org.xinfang.core.application.settings.Settings;
import org.xinfang.core.domain.model.setting.SettingDefinition;

/**
 * Whether a case's statutory clocks stand still while it is in mediation. The 条例 does not say; a
 * mediation that settles the matter is the petition's answer, so by default the clocks pause (1) and
 * the days in mediation are given back when the outcome is recorded. A unit that counts them on sets 0.
 */
@ApplicationScoped
public class MediationSettings implements SettingDefinitions {

    public static final String PAUSES_CLOCKS = "mediation.pausesClocks";
    public static final int DEFAULT_PAUSES_CLOCKS = 1;

    @Inject
    private Settings settings;

    @Override
    public List<SettingDefinition> settingDefinitions() {
        return List.of(new SettingDefinition(PAUSES_CLOCKS, LocalizedText.of("源头预防", "Prevention at the source"),
                LocalizedText.of("事项转入调解期间中止办理期限（1 中止，0 照常计算）", "Clocks pause while a case is in mediation (1 pause, 0 run on)"),
                LocalizedText.of("", ""), DEFAULT_PAUSES_CLOCKS, 0, 1));
    }

    @Override
    public int position() {
        return 40;
    }

    public boolean pausesClocks() {
        return settings.number(PAUSES_CLOCKS, DEFAULT_PAUSES_CLOCKS) == 1;
    }
}
