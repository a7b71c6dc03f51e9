package org.xinfang.core.application.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.core.application.calendar.WorkCalendars;
import org.xinfang.core.application.settings.SettingDefinitions;
import org.xinfang.core.application.settings.Settings;
import org.xinfang.core.domain.model.cases.CaseQuery;
import org.xinfang.core.domain.model.setting.SettingDefinition;

/**
 * The rungs of the escalation ladder as settings: when a clock counts as due soon, how long it may
 * stay overdue before the automatic 催办, and before the unit above is told to give a 督办; how long an
 * urging and an order give for the written answer (seed 003: one month to handle and report back).
 */
@ApplicationScoped
public class SupervisionSettings implements SettingDefinitions {

    public static final String DUE_SOON_DAYS = "supervision.dueSoon.workingDays";
    public static final String URGE_AFTER_DAYS = "supervision.urge.afterWorkingDays";
    public static final String URGE_ANSWER_DAYS = "supervision.urge.answerWorkingDays";
    public static final String PROPOSE_AFTER_DAYS = "supervision.order.proposeAfterWorkingDays";
    public static final String ORDER_DAYS = "supervision.order.days";

    private static final LocalizedText GROUP = LocalizedText.of("督查督办", "Supervision");
    private static final LocalizedText WORKING_DAYS = LocalizedText.of("个工作日", "working days");
    private static final LocalizedText DAYS = LocalizedText.of("日", "days");

    @Inject
    private Settings settings;

    @Inject
    private WorkCalendars calendars;

    @Override
    public List<SettingDefinition> settingDefinitions() {
        return List.of(
                new SettingDefinition(DUE_SOON_DAYS, GROUP, LocalizedText.of("到期前提醒承办人和领导", "Remind before a deadline"),
                        WORKING_DAYS, 3, 0, 30),
                new SettingDefinition(URGE_AFTER_DAYS, GROUP, LocalizedText.of("超期后自动催办", "Urge automatically once overdue by"),
                        WORKING_DAYS, 1, 0, 60),
                new SettingDefinition(URGE_ANSWER_DAYS, GROUP, LocalizedText.of("催办的书面报告期限", "Written answer to an urging within"),
                        WORKING_DAYS, 5, 1, 60),
                new SettingDefinition(PROPOSE_AFTER_DAYS, GROUP, LocalizedText.of("超期后提请上级督办", "Ask the unit above to supervise once overdue by"),
                        WORKING_DAYS, 5, 0, 120),
                new SettingDefinition(ORDER_DAYS, GROUP, LocalizedText.of("督办函的办理报告期限（默认）", "A supervision order's time limit (default)"),
                        DAYS, 30, 1, 180));
    }

    @Override
    public int position() {
        return 30;
    }

    public int dueSoonDays() {
        return settings.number(DUE_SOON_DAYS, 3);
    }

    /**
     * The days the deadline filters and panels read as of {@code today}: "soon" ends as many working
     * days ahead as the reminders warn ({@link #dueSoonDays()}), so the list, the home page and the
     * deadline watch mean the same by it.
     */
    public CaseQuery.DueDates dueDates(LocalDate today) {
        return CaseQuery.DueDates.asOf(today, calendars.current(), dueSoonDays());
    }

    public int urgeAfterDays() {
        return settings.number(URGE_AFTER_DAYS, 1);
    }

    public int urgeAnswerDays() {
        return settings.number(URGE_ANSWER_DAYS, 5);
    }

    public int proposeAfterDays() {
        return settings.number(PROPOSE_AFTER_DAYS, 5);
    }

    public int orderDays() {
        return settings.number(ORDER_DAYS, 30);
    }
}
