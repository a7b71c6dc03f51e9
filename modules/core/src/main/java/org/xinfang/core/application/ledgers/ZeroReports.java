package org.xinfang.core.application.ledgers;

import org.xinfang.core.application.kernel.CallerUnits;
import static org.xinfang.core.domain.model.user.CoreRoles.CLERK;
import static org.xinfang.core.domain.model.user.CoreRoles.LEADER;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.core.application.calendar.WorkCalendars;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.CoreAuditAction;
import org.xinfang.core.application.kernel.InputValidator;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.supervision.Inbox;
import org.xinfang.core.application.supervision.Recipients;
import org.xinfang.core.domain.model.calendar.WorkCalendar;
import org.xinfang.core.domain.model.report.ReportCadence;
import org.xinfang.core.domain.model.report.ReportPeriod;
import org.xinfang.core.domain.model.report.ReportRule;
import org.xinfang.core.domain.model.report.ZeroReport;
import org.xinfang.core.domain.model.report.ZeroReportRepository;
import org.xinfang.core.domain.model.supervision.ReminderKind;
import org.xinfang.core.domain.model.supervision.SentReminder;
import org.xinfang.core.domain.model.supervision.SentReminderRepository;
import org.xinfang.core.domain.model.unit.OrgUnit;

/**
 * 零报告: a unit's clerk or leader reports for each period of the unit's rule — nothing to report, or
 * the period's visits and incidents — once; a report after the cut-off is taken and marked late. The
 * unit above reads, for a day, which units below reported for the period containing it, who is missing
 * once the cut-off passed, and the totals; and may remind the missing ones through their inbox, each
 * once a period. A daily rule asks nothing of a day off (weekend or holiday of the work calendar); a
 * report given under a unit's earlier rule still counts for the days it covers.
 */
@ApplicationScoped
public class ZeroReports {

    /** How far back a unit's history reaches when no range is asked for. */
    static final int HISTORY_DAYS = 92;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Where a unit below stands for the period. */
    public enum Standing implements Labelled {
        ON_TIME("按时报送", "On time"),
        LATE("逾期报送", "Late"),
        MISSING("未报送（已过截止时间）", "Missing (past the cut-off)"),
        NOT_DUE("未报送（未到截止时间）", "Not yet due"),
        DAY_OFF("非工作日，无需报送", "Day off: nothing due");

        private final LocalizedText label;

        Standing(String zh, String en) {
            this.label = LocalizedText.of(zh, en);
        }

        @Override
        public LocalizedText label() {
            return label;
        }
    }

    /** A unit's report for the period in force on a day, or its absence, with the cut-off. */
    public record Due(OrgUnit unit, ReportRule rule, ReportPeriod period, LocalDateTime dueAt, Standing standing, ZeroReport report) {
    }

    /** The roll-up's sums over the units below. */
    public record Totals(int units, int onTime, int late, int missing, int notDue, int dayOff, int nothingToReport, int visitBatches,
                         int visitPersons, int incidents, int casesRegistered) {
    }

    /** The units a reminder went to now, and those reminded for the same period before (not again). */
    public record Reminding(List<OrgUnit> reminded, List<OrgUnit> remindedBefore) {
    }

    /** The units below one unit, each with where it stands for the period containing {@code day}, and the totals. */
    public record Overview(OrgUnit unit, LocalDate day, List<Due> units, Totals totals) {
    }

    @Inject
    private ZeroReportRepository reports;

    @Inject
    private ReportSchedules schedules;

    @Inject
    private LedgerUnits ledgerUnits;

    @Inject
    private CallerUnits callerUnits;

    @Inject
    private InputValidator validator;

    @Inject
    private Recipients recipients;

    @Inject
    private Inbox inbox;

    @Inject
    private SentReminderRepository sent;

    @Inject
    private WorkCalendars calendars;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /**
     * Takes a unit's report for the period of its rule that contains {@code input.period()}.
     *
     * @throws InvalidInputException     naming every bad field — {@code unitId} for a unit the caller does not
     *                                   see, {@code nothingToReport} for "nothing" while the unit registered cases
     * @throws NotPermittedException     unless the caller is a clerk or leader of that unit itself
     * @throws AlreadyRecordedException  naming {@code period} when the unit already reported for it, or for
     *                                   some of its days under an earlier rule
     */
    @Transactional
    public ZeroReport submit(Caller caller, ReportInput input) {
        Locale locale = caller.locale();
        validator.check(input, locale);
        OrgUnit unit = callerUnits.seen(caller, input.unitId(), "unitId");
        ledgerUnits.requireKeeper(caller, unit);
        ReportRule rule = schedules.ruleFor(unit);
        ReportPeriod period = rule.periodOf(input.period());
        // A second report is refused as such, whatever it says.
        Optional<ZeroReport> first = reports.ofPeriodLocked(unit.getId(), period);
        if (first.isPresent()) {
            throw new AlreadyRecordedException("period", Messages.get(locale, "report.duplicate", unit.getName(), label(period, locale),
                    first.get().getReportedBy(), WHEN.format(first.get().getReportedAt())));
        }
        // After a rule change the new period may take in days reported under the old rule: reported once.
        List<ZeroReport> overlapping = reports.ofUnitOverlapping(unit.getId(), period.startsOn(), period.endsOn());
        if (!overlapping.isEmpty()) {
            ZeroReport earlier = overlapping.get(0);
            throw new AlreadyRecordedException("period", Messages.get(locale, "report.overlapping", unit.getName(), label(period, locale),
                    label(earlier.period(), locale), earlier.getReportedBy()));
        }
        ZeroReport.Contents contents = input.contents();
        int registered = reports.casesReceived(unit.getId(), period.startsOn(), period.endsOn());
        if (contents.nothingToReport() && registered > 0) {
            throw InvalidInputException.of("nothingToReport", Messages.get(locale, "report.zero.casesRegistered", registered));
        }
        ZeroReport report = reports.add(new ZeroReport(unit, period, rule.dueAt(period), contents, registered, caller.username(),
                LocalDateTime.now(clock)));
        audit.record(caller.username(), CoreAuditAction.ZERO_REPORT_SUBMITTED, "ZeroReport", report.getId(), unit.getId(),
                period.cadence() + " " + period.startsOn() + (report.isNothingToReport() ? " nothing to report" : " visits "
                        + report.getVisitBatches() + "/" + report.getVisitPersons() + " incidents " + report.getIncidents())
                        + (report.isLate() ? " late" : ""));
        return report;
    }

    /**
     * Where a unit the caller sees stands for the period containing {@code day} (null: today).
     *
     * @throws InvalidInputException naming {@code unitId} for a unit the caller does not see
     */
    @Transactional
    public Due due(Caller caller, Long unitId, LocalDate day) {
        OrgUnit unit = callerUnits.seen(caller, unitId, "unitId");
        LocalDate on = day == null ? LocalDate.now(clock) : day;
        return standing(unit, schedules.ruleFor(unit), on, reports.ofUnitOverlapping(unit.getId(), on, on), calendars.current(),
                LocalDateTime.now(clock));
    }

    /** A unit the caller reports for: where it stands today, and how its periods of this month so far stand. */
    public record MonthStanding(OrgUnit unit, Due today, Map<Standing, Integer> month) {
    }

    /**
     * For each unit whose ledgers the caller keeps: today's period and the periods of this month up to
     * today, each as the roll-up would show it (one read of the month's reports per unit).
     */
    @Transactional
    public List<MonthStanding> thisMonth(Caller caller) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        LocalDate first = today.withDayOfMonth(1);
        Function<OrgUnit, ReportRule> rules = schedules.rules();
        WorkCalendar calendar = calendars.current();
        List<MonthStanding> standings = new ArrayList<>();
        for (OrgUnit unit : ledgerUnits.keptBy(caller)) {
            Map<Standing, Integer> month = new EnumMap<>(Standing.class);
            Due due = periods(unit, rules.apply(unit), first, today, calendar, now, month);
            standings.add(new MonthStanding(unit, due, month));
        }
        return standings;
    }

    /**
     * How the periods of {@code unit} from the one containing {@code from} to the one containing
     * {@code to} (not after today, nor before the unit was set up) stand, counted by standing — for a unit's assessment (考核), without
     * regard to who asks: the figures' service has already scoped the units.
     */
    @Transactional
    public Map<Standing, Integer> standings(OrgUnit unit, LocalDate from, LocalDate to) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate until = to.isAfter(now.toLocalDate()) ? now.toLocalDate() : to;
        // Nothing was due from a unit before it was set up.
        LocalDate since = unit.getEstablishedOn() != null && unit.getEstablishedOn().isAfter(from) ? unit.getEstablishedOn() : from;
        Map<Standing, Integer> counted = new EnumMap<>(Standing.class);
        if (!since.isAfter(until)) {
            periods(unit, schedules.ruleFor(unit), since, until, calendars.current(), now, counted);
        }
        return counted;
    }

    /** Counts into {@code counted} how each period of the unit's rule from {@code first} to {@code last} stands; the last one's standing. */
    private Due periods(OrgUnit unit, ReportRule rule, LocalDate first, LocalDate last, WorkCalendar calendar, LocalDateTime now,
                        Map<Standing, Integer> counted) {
        List<ZeroReport> given = reports.ofUnitOverlapping(unit.getId(), first, last);
        ReportPeriod period = rule.periodOf(first);
        while (true) {
            LocalDate judged = period.endsOn().isBefore(last) ? period.endsOn() : last;
            Due due = standing(unit, rule, judged, given.stream().filter(r -> r.period().contains(judged)).toList(), calendar, now);
            counted.merge(due.standing(), 1, Integer::sum);
            if (!period.endsOn().isBefore(last)) {
                return due;
            }
            period = rule.periodOf(period.endsOn().plusDays(1));
        }
    }

    /**
     * A unit's reports whose period starts within {@code [from, to]} (null: the last three months), latest first.
     *
     * @throws InvalidInputException naming {@code unitId} for a unit the caller does not see, or {@code from} after {@code to}
     */
    @Transactional
    public List<ZeroReport> history(Caller caller, Long unitId, LocalDate from, LocalDate to) {
        OrgUnit unit = callerUnits.seen(caller, unitId, "unitId");
        LocalDate until = to == null ? LocalDate.now(clock) : to;
        LocalDate since = from == null ? until.minusDays(HISTORY_DAYS) : from;
        if (since.isAfter(until)) {
            throw InvalidInputException.of("from", Messages.get(caller.locale(), "ledger.range.order"));
        }
        return reports.ofUnit(unit.getId(), since, until);
    }

    /**
     * The roll-up for the unit above: each unit directly below it, for the period of its own rule that
     * contains {@code day} (null: today) — reported on time or late, missing once its cut-off passed,
     * or not yet due — and the totals of what they reported.
     *
     * @throws InvalidInputException naming {@code unitId} for a unit the caller does not see
     */
    @Transactional
    public Overview overview(Caller caller, Long unitId, LocalDate day) {
        OrgUnit parent = callerUnits.seen(caller, unitId, "unitId");
        LocalDate on = day == null ? LocalDate.now(clock) : day;
        LocalDateTime now = LocalDateTime.now(clock);
        Function<OrgUnit, ReportRule> rules = schedules.rules();
        List<ZeroReport> given = reports.ofChildrenCovering(parent.getId(), on);
        WorkCalendar calendar = calendars.current();
        List<Due> rows = new ArrayList<>();
        for (OrgUnit child : callerUnits.below(parent)) {
            List<ZeroReport> own = given.stream().filter(r -> r.getUnit().getId().equals(child.getId())).toList();
            rows.add(standing(child, rules.apply(child), on, own, calendar, now));
        }
        return new Overview(parent, on, rows, totals(rows));
    }

    /**
     * Reminds, through their inbox, the clerks and leaders of every unit below that is missing its report
     * for the period containing {@code day}; a clerk or leader of the unit above does this. Each unit is
     * reminded once for a period (claimed in the ledger of sent reminders): asking again reminds only
     * those not reminded yet.
     *
     * @throws NotPermittedException unless the caller is a clerk or leader of that unit
     */
    @Transactional
    public Reminding remindMissing(Caller caller, Long unitId, LocalDate day) {
        Overview overview = overview(caller, unitId, day);
        ledgerUnits.requireKeeper(caller, overview.unit());
        List<OrgUnit> reminded = new ArrayList<>();
        List<OrgUnit> before = new ArrayList<>();
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        for (Due d : overview.units()) {
            if (d.standing() != Standing.MISSING) {
                continue;
            }
            if (!sent.claim(SentReminder.ofMissingReport(d.unit().getId(), d.period().cadence().name(), d.period().startsOn(),
                    LocalDateTime.now(clock)))) {
                before.add(d.unit());
                continue;
            }
            Object[] facts = {overview.unit().getName(), d.unit().getName(), label(d.period(), zh), WHEN.format(d.dueAt())};
            inbox.post(recipients.of(d.unit(), List.of(CLERK, LEADER)), null, ReminderKind.REPORT_MISSING,
                    Messages.get(zh, "report.remind.title", facts), Messages.get(zh, "report.remind.body", facts));
            reminded.add(d.unit());
        }
        if (!reminded.isEmpty()) {
            audit.record(caller.username(), CoreAuditAction.ZERO_REPORTS_REMINDED, "OrgUnit", overview.unit().getId(), overview.unit().getId(),
                    "day " + overview.day() + " units " + reminded.stream().map(u -> String.valueOf(u.getId())).toList());
        }
        return new Reminding(reminded, before);
    }

    /** A period as people say it: 2026-03-02, 2026-03-02 至 2026-03-08, 2026-03. */
    public static String label(ReportPeriod period, Locale locale) {
        return switch (period.cadence()) {
            case DAILY -> period.startsOn().toString();
            case WEEKLY -> Messages.get(locale, "report.period.week", period.startsOn().toString(), period.endsOn().toString());
            case MONTHLY -> period.startsOn().toString().substring(0, 7);
        };
    }

    /**
     * Where a unit stands on {@code day}: by the report of its rule's period when given, else by one
     * given for that day under an earlier rule, else missing, not yet due, or — for a daily rule on a
     * day off — asked nothing.
     */
    private static Due standing(OrgUnit unit, ReportRule rule, LocalDate day, List<ZeroReport> covering, WorkCalendar calendar,
                                LocalDateTime now) {
        ReportPeriod period = rule.periodOf(day);
        ZeroReport report = covering.stream().filter(r -> r.period().equals(period)).findFirst()
                .or(() -> covering.stream().findFirst()).orElse(null);
        if (report != null) {
            return new Due(unit, rule, report.period(), report.getDueAt(), report.isLate() ? Standing.LATE : Standing.ON_TIME, report);
        }
        LocalDateTime dueAt = rule.dueAt(period);
        Standing standing;
        if (period.cadence() == ReportCadence.DAILY && !calendar.isWorkingDay(day)) {
            standing = Standing.DAY_OFF;
        } else {
            standing = now.isAfter(dueAt) ? Standing.MISSING : Standing.NOT_DUE;
        }
        return new Due(unit, rule, period, dueAt, standing, null);
    }

    private static Totals totals(List<Due> rows) {
        int onTime = 0, late = 0, missing = 0, notDue = 0, dayOff = 0, nothing = 0, batches = 0, persons = 0, incidents = 0, cases = 0;
        for (Due d : rows) {
            switch (d.standing()) {
                case ON_TIME -> onTime++;
                case LATE -> late++;
                case MISSING -> missing++;
                case NOT_DUE -> notDue++;
                case DAY_OFF -> dayOff++;
            }
            ZeroReport r = d.report();
            if (r != null) {
                nothing += r.isNothingToReport() ? 1 : 0;
                batches += r.getVisitBatches();
                persons += r.getVisitPersons();
                incidents += r.getIncidents();
                cases += r.getCasesRegistered();
            }
        }
        return new Totals(rows.size(), onTime, late, missing, notDue, dayOff, nothing, batches, persons, incidents, cases);
    }
}
