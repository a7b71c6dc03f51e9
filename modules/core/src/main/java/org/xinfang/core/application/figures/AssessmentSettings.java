package org.xinfang.core.application.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.core.application.settings.SettingDefinitions;
import org.xinfang.core.domain.model.figures.AssessmentPart;
import org.xinfang.core.domain.model.setting.SettingDefinition;

/** The weights of a unit's assessment (考核) in the administrator's catalogue: one per part, 0 leaves the part out. */
@ApplicationScoped
public class AssessmentSettings implements SettingDefinitions {

    private static final LocalizedText GROUP = LocalizedText.of("考核权重", "Assessment weights");

    @Override
    public List<SettingDefinition> settingDefinitions() {
        return Arrays.stream(AssessmentPart.values())
                .map(p -> new SettingDefinition(p.settingKey(), GROUP, LocalizedText.of(p.label().zh() + "的权重", "Weight of " + p.label().en()),
                        LocalizedText.of("分", "points"), p.defaultWeight(), 0, 100))
                .toList();
    }

    @Override
    public int position() {
        return 25;
    }
}
