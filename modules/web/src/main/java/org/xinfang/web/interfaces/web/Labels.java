package org.xinfang.web.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.DayCount;
import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LegalRoute;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.model.Outcome;
import org.xinfang.api.model.PartyRole;
import org.xinfang.api.model.Rating;
import org.xinfang.core.domain.model.cases.Categories;
import org.xinfang.core.application.kernel.CallerUnits;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.application.procedure.Procedures;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.report.ReportCadence;
import org.xinfang.core.domain.model.report.ReportRule;
import org.xinfang.core.domain.model.screening.DisputeStatus;
import org.xinfang.core.domain.model.screening.RiskLevel;
import org.xinfang.core.domain.model.prevention.MediationKind;
import org.xinfang.core.domain.model.prevention.MediationResult;
import org.xinfang.core.domain.model.prevention.RiskRating;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;
import org.xinfang.core.domain.model.visit.VisitKind;
import org.xinfang.core.domain.model.visit.VisitOutcome;

/**
 * The labels of the domain's values in the user's language, for pages ({@code #{labels.channel(c.channel)}})
 * and for the choices of select menus. The values carry their own Chinese and English labels; this
 * only picks the language.
 */
@Named
@ApplicationScoped
public class Labels {


    @Inject
    private LocaleSwitch localeSwitch;

    @Inject
    private PluginRegistry plugins;

    @Inject
    private UiMessages messages;

    @Inject
    private Procedures procedures;

    @Inject
    private OrgUnitRepository units;

    public String channel(Channel channel) {
        return channel == null ? "" : channel.label().in(localeSwitch.getLocale());
    }

    /** A case's state as its own procedure names it. */
    public String status(Case c) {
        return c == null ? "" : procedures.stateLabel(c.getAgencyType(), c.getStatus()).in(localeSwitch.getLocale());
    }

    public String partyRole(PartyRole role) {
        return role == null ? "" : role.label().in(localeSwitch.getLocale());
    }

    public String agency(String agencyType) {
        return agencyType == null ? "" : plugins.agencyLabel(agencyType, localeSwitch.getLocale());
    }

    public String role(String role) {
        return plugins.roleLabel(role, localeSwitch.getLocale());
    }

    /**
     * What an audit event records ({@code CASE_REGISTERED} reads 登记), by the core's label or the plugin's
     * that declared the action (its bundle's {@code audit.action.<code>}); an action without a label shows as recorded.
     */
    public String auditAction(String action) {
        String key = "audit.action." + action;
        String core = messages.textOr(key, null);
        return core != null ? core : plugins.pluginText(key, localeSwitch.getLocale()).orElse(action);
    }

    /** A list in running text: 甲、乙 in Chinese, A, B in English. */
    public String join(List<String> items) {
        return String.join(localeSwitch.isEnglish() ? ", " : "、", items);
    }

    public List<SelectItem> getChannels() {
        return Arrays.stream(Channel.values()).map(c -> new SelectItem(c, channel(c))).toList();
    }

    public List<SelectItem> getStatuses() {
        return procedures.allStates().stream().map(s -> new SelectItem(s.name(), s.label().in(localeSwitch.getLocale()))).toList();
    }

    public List<SelectItem> getOutcomes() {
        return items(Outcome.values());
    }

    public List<SelectItem> getLegalRoutes() {
        return items(LegalRoute.values());
    }

    /** 满意, 基本满意, 不满意: the petitioner's rating of a decision and their answer on a follow-up (回访) alike. */
    public List<SelectItem> getRatings() {
        return items(Rating.values());
    }

    /** 接访, 约访, 下访, 回访. */
    public List<SelectItem> getVisitKinds() {
        return items(VisitKind.values());
    }

    /** 当场解决, 交办, 解释说明. */
    public List<SelectItem> getVisitOutcomes() {
        return items(VisitOutcome.values());
    }

    /** 风险等级: 高, 中, 低. */
    public List<SelectItem> getRiskLevels() {
        return items(RiskLevel.values());
    }

    /** 化解中, 已化解, 已转为信访事项. */
    public List<SelectItem> getDisputeStatuses() {
        return items(DisputeStatus.values());
    }

    /** 每日, 每周, 每月. */
    public List<SelectItem> getReportCadences() {
        return items(ReportCadence.values());
    }

    /** Monday to Sunday, named as the language names them (星期一). */
    public List<SelectItem> getWeekdays() {
        return Arrays.stream(DayOfWeek.values())
                .map(d -> new SelectItem(d, d.getDisplayName(TextStyle.FULL, localeSwitch.getLocale()))).toList();
    }

    /** A reporting rule in words: 每日 15:30 前, 每周星期五 15:30 前, 每月 25 日 15:30 前, 次月 4 日 15:30 前. */
    public String reportRule(ReportRule rule) {
        if (rule == null) {
            return "";
        }
        String at = rule.cutOff().toString();
        return switch (rule.cadence()) {
            case DAILY -> messages.text("ledgers.rule.daily", at);
            case WEEKLY -> messages.text("ledgers.rule.weekly", rule.dueWeekday().getDisplayName(TextStyle.FULL, localeSwitch.getLocale()), at);
            case MONTHLY -> messages.text(rule.dueNextMonth() ? "ledgers.rule.nextMonth" : "ledgers.rule.monthly", rule.dueDay(), at);
        };
    }

    /** 高, 中, 低. */
    public List<SelectItem> getRiskRatings() {
        return items(RiskRating.values());
    }

    /** 人民调解, 行政调解, 司法调解. */
    public List<SelectItem> getMediationKinds() {
        return items(MediationKind.values());
    }

    /** 调解成功, 调解未成功. */
    public List<SelectItem> getMediationResults() {
        return items(MediationResult.values());
    }

    /** A label of the contract (a step, a clock, a state) in the user's language. */
    public String text(LocalizedText text) {
        return text == null ? "" : text.in(localeSwitch.getLocale());
    }

    /** Any labelled value, by name or constant: 支持, 诉讼, 满意. */
    public String label(Labelled value) {
        return value == null ? "" : value.label().in(localeSwitch.getLocale());
    }

    /** The unit after {@code days} counted as {@code count} counts them: 日, 个工作日; "day" or "days" in English. */
    public String unitOf(DayCount count, long days) {
        return count == null ? "" : count.unitOf(days).in(localeSwitch.getLocale());
    }

    private <E extends Enum<E> & Labelled> List<SelectItem> items(E[] values) {
        return Arrays.stream(values).map(v -> new SelectItem(v, label(v))).toList();
    }

    /** Every unit, parents before children and indented, for choosing a body. */
    public List<SelectItem> unitChoices() {
        return unitChoices(units.findAll());
    }

    /** {@code choices} as a menu, in the order of the tree. */
    public List<SelectItem> unitChoices(List<OrgUnit> choices) {
        return choices.stream().sorted(CallerUnits.TREE_ORDER).map(Labels::unitItem).toList();
    }

    /** A unit as a menu choice, indented by its depth so the tree shows. */
    public static SelectItem unitItem(OrgUnit u) {
        return new SelectItem(u.getId(), "\u3000".repeat(Math.max(0, u.getDepth())) + u.getName());
    }

    public List<SelectItem> getPartyRoles() {
        return Arrays.stream(PartyRole.values()).map(r -> new SelectItem(r, partyRole(r))).toList();
    }

    /** The usual categories that contain {@code typed}; all of them when nothing is typed yet. */
    public List<String> categories(String typed) {
        String query = typed == null ? "" : typed.trim();
        return Categories.COMMON.stream().filter(c -> c.contains(query)).toList();
    }
}
