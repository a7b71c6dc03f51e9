package org.xinfang.core.application.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.core.application.settings.SettingDefinitions;
import org.xinfang.core.domain.model.setting.SettingDefinition;

/** The attachments' setting in the administrator's catalogue: the largest file accepted. */
@ApplicationScoped
public class AttachmentSettings implements SettingDefinitions {

    @Override
    public List<SettingDefinition> settingDefinitions() {
        return List.of(new SettingDefinition(Attachments.MAX_MEGABYTES_SETTING,
                LocalizedText.of("附件", "Attachments"), LocalizedText.of("单个附件最大", "Largest attachment"),
                LocalizedText.of("MB", "MB"), Attachments.DEFAULT_MAX_MEGABYTES,
                Attachments.LOWEST_MAX_MEGABYTES, Attachments.HIGHEST_MAX_MEGABYTES));
    }

    @Override
    public int position() {
        return 10;
    }
}
