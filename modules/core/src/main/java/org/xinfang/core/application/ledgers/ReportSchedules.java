package org.xinfang.core.application.ledgers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.UnitLevel;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.CoreAuditAction;
import org.xinfang.core.application.kernel.InputValidator;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.domain.model.report.ReportRule;
import org.xinfang.core.domain.model.report.ReportSchedule;
import org.xinfang.core.domain.model.report.ReportScheduleRepository;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;

/**
 * When units report: a rule per unit level, which a unit's own rule overrides; a level nobody changed
 * reports daily by 15:30. Everyone may read the rules (a clerk must know their cut-off); only an
 * administrator changes them, audited. A changed rule applies to periods reported from then on.
 */
@ApplicationScoped
public class ReportSchedules {

    /** A level's rule in force, and whether an administrator set it. */
    public record LevelRule(UnitLevel level, ReportRule rule, boolean changed) {
    }

    /** A unit's own rule. */
    public record UnitRule(OrgUnit unit, ReportRule rule) {
    }

    @Inject
    private ReportScheduleRepository schedules;

    @Inject
    private OrgUnitRepository units;

    @Inject
    private InputValidator validator;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** The rule a unit reports by: its own, else its level's, else the default. */
    @Transactional
    public ReportRule ruleFor(OrgUnit unit) {
        return schedules.ofUnit(unit.getId()).map(ReportSchedule::rule)
                .or(() -> schedules.ofLevel(unit.getLevel()).map(ReportSchedule::rule))
                .orElse(ReportRule.DEFAULT);
    }

    /** Every unit's rule from one read of the stored rules: for a roll-up over many units. */
    @Transactional
    public Function<OrgUnit, ReportRule> rules() {
        Map<Long, ReportRule> byUnit = new HashMap<>();
        Map<UnitLevel, ReportRule> byLevel = new HashMap<>();
        for (ReportSchedule s : schedules.all()) {
            if (s.getUnitId() != null) {
                byUnit.put(s.getUnitId(), s.rule());
            } else {
                byLevel.put(s.getUnitLevel(), s.rule());
            }
        }
        return unit -> byUnit.getOrDefault(unit.getId(), byLevel.getOrDefault(unit.getLevel(), ReportRule.DEFAULT));
    }

    /** Every level with its rule in force. */
    @Transactional
    public List<LevelRule> levels() {
        Map<UnitLevel, ReportRule> stored = new HashMap<>();
        schedules.all().stream().filter(s -> s.getUnitLevel() != null).forEach(s -> stored.put(s.getUnitLevel(), s.rule()));
        return Arrays.stream(UnitLevel.values())
                .map(l -> new LevelRule(l, stored.getOrDefault(l, ReportRule.DEFAULT), stored.containsKey(l))).toList();
    }

    /** The units with a rule of their own. */
    @Transactional
    public List<UnitRule> unitRules() {
        return schedules.all().stream().filter(s -> s.getUnitId() != null)
                .map(s -> new UnitRule(units.find(s.getUnitId()).orElseThrow(), s.rule())).toList();
    }

    /**
     * Sets the rule of every unit of {@code level} that has none of its own.
     *
     * @throws NotPermittedException unless the caller is an administrator
     * @throws InvalidInputException naming each bad field
     */
    @Transactional
    public ReportRule setForLevel(Caller caller, UnitLevel level, ScheduleInput input) {
        NotPermittedException.unlessAdmin(caller, "ledgers.rules.adminOnly");
        if (level == null) {
            throw InvalidInputException.of("level", Messages.get(caller.locale(), "schedule.level.required"));
        }
        validator.check(input, caller.locale());
        return change(caller, schedules.ofLevel(level), () -> ReportSchedule.forLevel(level), input, "level=" + level.name(), null);
    }

    /**
     * Gives one unit a rule over its level's.
     *
     * @throws NotPermittedException unless the caller is an administrator
     * @throws InvalidInputException naming each bad field, or {@code unitId} when there is no such unit
     */
    @Transactional
    public ReportRule setForUnit(Caller caller, Long unitId, ScheduleInput input) {
        NotPermittedException.unlessAdmin(caller, "ledgers.rules.adminOnly");
        OrgUnit unit = unitId == null ? null : units.find(unitId).orElse(null);
        if (unit == null) {
            throw InvalidInputException.of("unitId", Messages.get(caller.locale(), "unit.unknown", unitId));
        }
        validator.check(input, caller.locale());
        return change(caller, schedules.ofUnit(unit.getId()), () -> ReportSchedule.forUnit(unit.getId()), input, "unit=" + unit.getId(),
                unit.getId());
    }

    /**
     * Takes a unit's own rule away: it reports by its level's again.
     *
     * @return whether it had one
     * @throws NotPermittedException unless the caller is an administrator
     */
    @Transactional
    public boolean removeForUnit(Caller caller, Long unitId) {
        NotPermittedException.unlessAdmin(caller, "ledgers.rules.adminOnly");
        return schedules.ofUnit(unitId).map(s -> {
            schedules.remove(s);
            audit.record(caller.username(), CoreAuditAction.REPORT_SCHEDULE_CHANGED, "ReportSchedule", s.getId(), unitId,
                    "unit=" + unitId + " removed");
            return true;
        }).orElse(false);
    }

    /** Changes the stored rule, or stores a new one (complete before its insert: its columns are NOT NULL). */
    private ReportRule change(Caller caller, Optional<ReportSchedule> stored, Supplier<ReportSchedule> fresh, ScheduleInput input,
                              String scope, Long unitId) {
        ReportRule rule = input.rule();
        ReportSchedule s = stored.orElseGet(fresh);
        s.change(rule, caller.username(), LocalDateTime.now(clock));
        if (stored.isEmpty()) {
            schedules.add(s);
        }
        audit.record(caller.username(), CoreAuditAction.REPORT_SCHEDULE_CHANGED, "ReportSchedule", s.getId(), unitId,
                scope + " " + rule.cadence() + " " + rule.cutOff() + (rule.dueWeekday() == null ? "" : " " + rule.dueWeekday())
                        + (rule.dueDay() == null ? "" : " day " + rule.dueDay() + (rule.dueNextMonth() ? " next month" : "")));
        return rule;
    }

}
