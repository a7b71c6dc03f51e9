package org.xinfang.core.application.reception;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.core.application.settings.SettingDefinitions;
import org.xinfang.core.domain.model.setting.SettingDefinition;

/**
 * Reception in the administrator's catalogue: how many days before a session each reminder goes out,
 * and each leader's monthly minimum of meetings per kind (the leader's page shows progress against it).
 */
@ApplicationScoped
public class ReceptionSettings implements SettingDefinitions {

    public static final String LEADER_REMINDER_DAYS = "reception.reminder.leader.days";
    public static final String PETITIONER_REMINDER_DAYS = "reception.reminder.petitioner.days";
    public static final int DEFAULT_LEADER_DAYS = 2;
    public static final int DEFAULT_PETITIONER_DAYS = 1;

    public static final String QUOTA_RECEPTION = "reception.quota.reception.monthly";
    public static final String QUOTA_INVITED = "reception.quota.invited.monthly";
    public static final String QUOTA_FIELD = "reception.quota.field.monthly";
    public static final String QUOTA_FOLLOW_UP = "reception.quota.followup.monthly";
    /** 部领导实行定日接待群众来访，每月安排2次 (a personnel bureau's practice in the seeds). */
    public static final int DEFAULT_QUOTA_RECEPTION = 2;
    /** The issue's own example: at least two invited visits a month. */
    public static final int DEFAULT_QUOTA_INVITED = 2;
    /** The seeds ask for field visits and follow-ups (下访、上门回访) without a figure: one a month is our floor. */
    public static final int DEFAULT_QUOTA_FIELD = 1;
    public static final int DEFAULT_QUOTA_FOLLOW_UP = 1;

    private static final LocalizedText QUOTA_GROUP = LocalizedText.of("领导接访每月最低次数", "Leaders' monthly minimum of meetings");
    private static final LocalizedText TIMES_A_MONTH = LocalizedText.of("次/月", "a month");

    private static final LocalizedText GROUP = LocalizedText.of("领导接访", "Leaders' reception");
    private static final LocalizedText DAYS_BEFORE = LocalizedText.of("日（接访日前）", "days before");

    @Override
    public List<SettingDefinition> settingDefinitions() {
        return List.of(
                new SettingDefinition(LEADER_REMINDER_DAYS, GROUP, LocalizedText.of("提醒接访领导", "Remind the leader"),
                        DAYS_BEFORE, DEFAULT_LEADER_DAYS, 0, 30),
                new SettingDefinition(PETITIONER_REMINDER_DAYS, GROUP, LocalizedText.of("提醒预约的信访人", "Remind the petitioner"),
                        DAYS_BEFORE, DEFAULT_PETITIONER_DAYS, 0, 30),
                new SettingDefinition(QUOTA_RECEPTION, QUOTA_GROUP, LocalizedText.of("接访", "Receptions"), TIMES_A_MONTH,
                        DEFAULT_QUOTA_RECEPTION, 0, 31),
                new SettingDefinition(QUOTA_INVITED, QUOTA_GROUP, LocalizedText.of("约访", "Invited visits"), TIMES_A_MONTH,
                        DEFAULT_QUOTA_INVITED, 0, 31),
                new SettingDefinition(QUOTA_FIELD, QUOTA_GROUP, LocalizedText.of("下访", "Field visits"), TIMES_A_MONTH,
                        DEFAULT_QUOTA_FIELD, 0, 31),
                new SettingDefinition(QUOTA_FOLLOW_UP, QUOTA_GROUP, LocalizedText.of("回访", "Follow-ups"), TIMES_A_MONTH,
                        DEFAULT_QUOTA_FOLLOW_UP, 0, 31));
    }

    @Override
    public int position() {
        return 20;
    }
}
