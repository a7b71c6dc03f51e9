package org.xinfang.plugins.discipline.joint.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.AuditTrail;
import org.xinfang.api.port.CaseFacts;
import org.xinfang.api.port.Organisation;
import org.xinfang.plugins.discipline.DisciplinePlugin;
import org.xinfang.plugins.discipline.joint.Eligibility;
import org.xinfang.plugins.discipline.joint.JointCase;
import org.xinfang.plugins.discipline.joint.JointSettings;
import org.xinfang.plugins.discipline.joint.MonthlyReturn;
import org.xinfang.plugins.discipline.joint.ReturnStatus;
import org.xinfang.plugins.discipline.joint.ScreeningRound;
import org.xinfang.api.plugin.Refusal;
import org.xinfang.plugins.discipline.kernel.Roles;
import org.xinfang.plugins.discipline.kernel.Texts;
import org.xinfang.plugins.discipline.recusal.Accused;
import org.xinfang.plugins.discipline.recusal.Recusals;

/**
 * Screening (摸排): the committee's office and its lower committees put important reports on the
 * register, at the concentrated round or in their monthly return; a lower committee returns its form
 * every month — a nil return if it found nothing — and one that has not by the due day is flagged.
 */
@ApplicationScoped
public class Screening {

    private static final String ENTITY = "JointCase";

    @Inject
    private JointRecords records;

    @Inject
    private Committees committees;

    @Inject
    private Recusals recusals;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * One line of the important-report form.
     *
     * @param reportingUnitId the committee itself (its office) or one of its lower committees; null: the caller's own unit
     * @param regionUnitId    the unit of the tree the accused belongs to; null: the reporting lower committee
     * @param period          the month of the return or of the concentrated round; null: this month
     */
    public record Request(long committeeUnitId, Long reportingUnitId, long caseId, Long regionUnitId, ScreeningRound round,
                          YearMonth period, boolean repeatReport, boolean aboutUnitHead, Set<Eligibility> eligibility) {
    }

    /** A lower committee's monthly form for one month: returned, pending, or flagged overdue. */
    public record UnitReturn(Organisation.Unit unit, YearMonth period, LocalDate dueOn, ReturnStatus status, int reports,
                             String returnedBy, LocalDateTime returnedAt) {
    }

    @Transactional
    public JointCase register(Caller caller, Request request) {
        Organisation.Unit committee = committees.anyCommittee(caller.locale(), request.committeeUnitId());
        Long reportingId = request.reportingUnitId() != null ? request.reportingUnitId() : caller.homeUnitId();
        Organisation.Unit reporting = committees.unit(caller.locale(), "reportingUnitId", reportingId == null ? 0 : reportingId);
        boolean office = reporting.id() == committee.id();
        if (!office && committees.lowerCommittees(committee.id()).stream().noneMatch(u -> u.id() == reporting.id())) {
            throw Texts.invalid(caller.locale(), "reportingUnitId", "discipline.joint.notLowerCommittee", reporting.name(), committee.name());
        }
        Roles.require(caller, reporting.path(), "discipline.joint.mayNotRegister",
                DisciplinePlugin.ROLE_CLERK, DisciplinePlugin.ROLE_LEADER, DisciplinePlugin.ROLE_INVESTIGATOR);
        CaseFacts report = recusals.report(caller, request.caseId());
        recusals.refuseIfHeadReportAtHome(caller, report);
        if (!report.unitPath().startsWith(reporting.path())) {
            throw Texts.invalid(caller.locale(), "caseId", "discipline.joint.caseNotOfUnit", report.number(), reporting.name());
        }
        if (records.registered(report.id())) {
            throw Refusal.conflict(Texts.get(caller.locale(), "discipline.joint.alreadyRegistered", report.number()));
        }
        Long regionId = request.regionUnitId() != null ? request.regionUnitId() : office ? null : reporting.id();
        if (regionId == null) {
            throw Texts.invalid(caller.locale(), "regionUnitId", "discipline.joint.regionRequired");
        }
        Organisation.Unit region = committees.unit(caller.locale(), "regionUnitId", regionId);
        if (!committee.contains(region) || !DisciplinePlugin.ID.equals(region.agencyType())) {
            throw Texts.invalid(caller.locale(), "regionUnitId", "discipline.joint.regionOutside", region.name(), committee.name());
        }
        YearMonth period = request.period() != null ? request.period() : YearMonth.now(clock);
        if (period.isAfter(YearMonth.now(clock))) {
            throw Texts.invalid(caller.locale(), "period", "discipline.joint.periodInFuture", period.toString());
        }
        ScreeningRound round = request.round() == null ? ScreeningRound.MONTHLY : request.round();
        Accused accused = recusals.accused(caller, report.id());
        JointCase registered = new JointCase(new JointCase.Registration(committee.id(), committee.path(), reporting.id(),
                reporting.name(), reporting.path(), report.id(), report.number(), report.subject(), accused.name(), accused.unitText(),
                region.id(), region.name(), round, period, request.repeatReport(), request.aboutUnitHead(),
                request.eligibility() == null ? EnumSet.noneOf(Eligibility.class) : request.eligibility()),
                caller.username(), LocalDateTime.now(clock));
        records.add(registered);
        recusals.placeAccused(caller, report.id(), region.id());
        if (round == ScreeningRound.MONTHLY && !office) {
            returned(caller, committee.id(), reporting.id(), period).counted();
        }
        audit.record(caller, JointAuditAction.DISCIPLINE_JOINT_REGISTERED, ENTITY, registered.getId(), reporting.id(),
                report.number() + " " + round + " " + period + " → " + committee.name());
        return registered;
    }

    /** A lower committee returns its form for the month with nothing (more) on it. */
    @Transactional
    public MonthlyReturn returnMonth(Caller caller, long committeeUnitId, long unitId, YearMonth period) {
        Organisation.Unit committee = committees.anyCommittee(caller.locale(), committeeUnitId);
        Organisation.Unit unit = committees.lowerCommittees(committee.id()).stream().filter(u -> u.id() == unitId).findFirst()
                .orElseThrow(() -> Texts.invalid(caller.locale(), "unitId", "discipline.joint.notLowerCommittee",
                        committees.unit(caller.locale(), "unitId", unitId).name(), committee.name()));
        Roles.require(caller, unit.path(), "discipline.joint.mayNotRegister",
                DisciplinePlugin.ROLE_CLERK, DisciplinePlugin.ROLE_LEADER, DisciplinePlugin.ROLE_INVESTIGATOR);
        if (period.isAfter(YearMonth.now(clock))) {
            throw Texts.invalid(caller.locale(), "period", "discipline.joint.periodInFuture", period.toString());
        }
        MonthlyReturn form = returned(caller, committee.id(), unit.id(), period);
        audit.record(caller, JointAuditAction.DISCIPLINE_JOINT_MONTH_RETURNED, "MonthlyReturn", unit.id() + ":" + period, unit.id(),
                form.getReports() + "");
        return form;
    }

    private MonthlyReturn returned(Caller caller, long committeeId, long unitId, YearMonth period) {
        return records.monthlyReturn(unitId, period.toString()).orElseGet(() -> {
            MonthlyReturn form = new MonthlyReturn(committeeId, unitId, period.toString(), caller.username(), LocalDateTime.now(clock));
            records.add(form);
            return form;
        });
    }

    /** Every lower committee's form for the month, overdue ones flagged; for the committee's own staff. */
    @Transactional
    public List<UnitReturn> returns(Caller caller, long committeeUnitId, YearMonth period) {
        Organisation.Unit committee = committees.committee(caller, committeeUnitId);
        int dueDay = records.settings(committee.id()).getMonthlyDueDay();
        LocalDate dueOn = period.atDay(Math.min(dueDay, period.lengthOfMonth()));
        Map<Long, MonthlyReturn> byUnit = records.monthlyReturns(committee.id(), period.toString()).stream()
                .collect(Collectors.toMap(MonthlyReturn::getUnitId, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        return committees.lowerCommittees(committee.id()).stream().map(unit -> {
            MonthlyReturn form = byUnit.get(unit.id());
            return new UnitReturn(unit, period, dueOn, ReturnStatus.of(form != null, period, dueDay, today),
                    form == null ? 0 : form.getReports(), form == null ? null : form.getReturnedBy(),
                    form == null ? null : form.getReturnedAt());
        }).toList();
    }

    /** The register of a committee's year, as far as the caller may see it. */
    @Transactional
    public List<JointCase> register(Caller caller, long committeeUnitId, int year) {
        return records.visibleOfYear(caller, committeeUnitId, year);
    }

    @Transactional
    public JointCase get(Caller caller, long jointCaseId) {
        return records.visibleCase(caller, jointCaseId);
    }

    @Transactional
    public JointSettings settings(Caller caller, long committeeUnitId) {
        return records.settings(committees.committee(caller, committeeUnitId).id());
    }

    /** A leader of the committee sets the monthly due day (1–28) and the days a team has for a case. */
    @Transactional
    public JointSettings changeSettings(Caller caller, long committeeUnitId, int monthlyDueDay, int daysPerCase) {
        Organisation.Unit committee = committees.committee(caller, committeeUnitId);
        Roles.require(caller, committee.path(), "discipline.joint.onlyLeaderSettings", DisciplinePlugin.ROLE_LEADER);
        JointSettings settings = records.storedSettings(committee.id()).orElseGet(() -> {
            JointSettings fresh = JointSettings.defaults(committee.id());
            fresh.change(monthlyDueDay, daysPerCase, caller.username(), LocalDateTime.now(clock));
            records.add(fresh);
            return fresh;
        });
        settings.change(monthlyDueDay, daysPerCase, caller.username(), LocalDateTime.now(clock));
        audit.record(caller, JointAuditAction.DISCIPLINE_JOINT_SETTINGS_CHANGED, "JointSettings", committee.id(), committee.id(),
                monthlyDueDay + "/" + daysPerCase);
        return settings;
    }
}
