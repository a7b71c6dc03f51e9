package org.xinfang.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.core.domain.model.setting.SettingDefinition;

/** The reception reminders in the administrator's catalogue: how many days before a session each goes out. */
@ApplicationScoped
public class ReceptionSettings implements SettingDefinitions {

    public static final String LEADER_REMINDER_DAYS = "reception.reminder.leader.days";
    public static final String PETITIONER_REMINDER_DAYS = "reception.reminder.petitioner.days";
    public static final int DEFAULT_LEADER_DAYS = 2;
    public static final int DEFAULT_PETITIONER_DAYS = 1;

    private static final LocalizedText GROUP = LocalizedText.of("领导接访", "Leaders' reception");
    private static final LocalizedText DAYS_BEFORE = LocalizedText.of("日（接访日前）", "days before");

    @Override
    public List<SettingDefinition> settingDefinitions() {
        return List.of(
                new SettingDefinition(LEADER_REMINDER_DAYS, GROUP, LocalizedText.of("提醒接访领导", "Remind the leader"),
                        DAYS_BEFORE, DEFAULT_LEADER_DAYS, 0, 30),
                new SettingDefinition(PETITIONER_REMINDER_DAYS, GROUP, LocalizedText.of("提醒预约的信访人", "Remind the petitioner"),
                        DAYS_BEFORE, DEFAULT_PETITIONER_DAYS, 0, 30));
    }

    @Override
    public int position() {
        return 20;
    }
}
