package org.xinfang.core.application.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.Spreadsheets;
import org.xinfang.core.domain.model.screening.Dispute;
import org.xinfang.core.domain.model.report.ZeroReport;
import org.xinfang.core.domain.model.ownership.OwnershipDuty;
import org.xinfang.core.domain.model.ownership.CaseOwnershipRepository;
import org.xinfang.core.domain.model.ownership.CaseOwnership;
import org.xinfang.core.application.ledgers.ZeroReports;
import org.xinfang.core.application.ledgers.ScreeningLedgers;
import java.time.YearMonth;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.kernel.CallerUnits;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.supervision.SupervisionSettings;
import org.xinfang.core.application.procedure.ClockReading;
import org.xinfang.core.application.procedure.ProcedureEngine;
import org.xinfang.core.application.procedure.Procedures;
import org.xinfang.core.application.supervision.Referrals;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseQuery;
import org.xinfang.core.domain.model.cases.CaseRepository;
import org.xinfang.core.domain.model.cases.Page;
import org.xinfang.core.domain.model.supervision.SupervisionOrder;
import org.xinfang.core.domain.model.supervision.SupervisionOrderRepository;
import org.xinfang.core.domain.model.unit.OrgUnit;

/**
 * The lists a unit files as Excel: the case list with its filters, the supervision orders given by or
 * to the caller's units, the matters they sent on, the 包案, the zero reports' roll-up and the screening ledger. Each holds only what the caller may see, shows
 * sealed reporters by pseudonym and redacted texts, and is titled with the caller's units and the period.
 */
@ApplicationScoped
public class ListExports {

    /** The most rows one export holds; a longer list is cut there and says so in its title. */
    public static final int MAX_ROWS = 10_000;

    @Inject
    private CaseRepository cases;

    @Inject
    private ProcedureEngine engine;

    @Inject
    private Procedures procedures;

    @Inject
    private SupervisionOrderRepository orders;

    @Inject
    private Referrals referrals;

    @Inject
    private IdentityDisclosure disclosure;

    @Inject
    private CallerUnits units;

    @Inject
    private CaseOwnershipRepository ownerships;

    @Inject
    private ZeroReports zeroReports;

    @Inject
    private ScreeningLedgers screening;

    @Inject
    private Spreadsheets spreadsheets;

    @Inject
    private Clock clock;


    @Inject
    private SupervisionSettings supervisionSettings;

    /** The file name an export is offered under, with the day it was made: xinfang-cases-2026-12-05.xlsx. */
    public String fileName(String name) {
        return "xinfang-" + name + "-" + LocalDate.now(clock) + ".xlsx";
    }

    /** The case list with the filters of {@code query} (its window is ignored: every matching case, up to {@link #MAX_ROWS}). */
    @Transactional
    public byte[] cases(Caller caller, CaseQuery query) {
        Locale locale = caller.locale();
        List<List<Object>> rows = new ArrayList<>();
        long total = 0;
        CaseQuery.DueDates dueDates = supervisionSettings.dueDates(LocalDate.now(clock));
        for (int offset = 0; offset < MAX_ROWS; offset += CaseQuery.MAX_LIMIT) {
            Page<Case> page = cases.list(query.window(offset, CaseQuery.MAX_LIMIT), dueDates, caller.visibility());
            total = page.total();
            Map<Long, ClockReading> next = engine.nextDeadlines(page.items());
            for (Case c : page.items()) {
                ClockReading k = next.get(c.getId());
                rows.add(java.util.Arrays.asList(c.getNumber(), c.getUnit().getName(), c.getChannel().label().in(locale),
                        disclosure.redact(c, c.getSubject()), c.getCategory(), stateLabel(c, locale), c.getReceivedOn(),
                        c.getPetitionerName(), k == null ? null : k.label().in(locale), k == null ? null : k.dueOn(),
                        k == null || k.daysLeft() == null ? null : k.daysLeft()));
            }
            if (page.items().size() < CaseQuery.MAX_LIMIT) {
                break;
            }
        }
        String period = period(locale, query.receivedFrom(), query.receivedTo());
        return sheet(caller, "export.cases", period, total > rows.size() ? Messages.get(locale, "export.cut", rows.size(), total) : "",
                List.of("number", "unit", "channel", "subject", "category", "status", "receivedOn", "petitioner", "nextClock", "dueOn", "daysLeft"),
                rows);
    }

    /** The supervision orders given by or to the caller's units, the latest first. */
    @Transactional
    public byte[] orders(Caller caller) {
        Locale locale = caller.locale();
        LocalDate today = LocalDate.now(clock);
        List<List<Object>> rows = new ArrayList<>();
        for (SupervisionOrderRepository.OfCase found : orders.ofUnits(caller.visibility(), MAX_ROWS)) {
            SupervisionOrder o = found.order();
            Case c = found.caseFile();
            rows.add(java.util.Arrays.asList(o.getKind().label().in(locale), o.getNumber(), c.getNumber(), disclosure.redact(c, c.getSubject()),
                    o.getIssuingUnit().getName(), o.getTargetUnit().getName(), o.getIssuedAt().toLocalDate(), o.getDueOn(),
                    o.getStatus().label().in(locale), Messages.get(locale, o.isOverdueOn(today) ? "export.yes" : "export.no"),
                    o.getAnswer(), o.getClosedAt() == null ? null : o.getClosedAt().toLocalDate()));
        }
        return sheet(caller, "export.orders", Messages.get(locale, "export.asOf", today.toString()), "",
                List.of("orderKind", "orderNumber", "number", "subject", "issuer", "target", "issuedOn", "dueOn", "status", "overdue",
                        "answer", "closedOn"), rows);
    }

    /** The matters the caller's units forwarded or assigned, with their report-back. */
    @Transactional
    public byte[] followed(Caller caller) {
        Locale locale = caller.locale();
        List<List<Object>> rows = new ArrayList<>();
        for (Referrals.Followed f : referrals.followedBy(caller)) {
            var r = f.referral();
            rows.add(java.util.Arrays.asList(f.caseNumber(), f.subject(), r.getFromUnit().getName(), r.getToUnit().getName(),
                    r.getReferredAt().toLocalDate(), r.getReportDueOn(), r.getStatus().label().in(locale),
                    Messages.get(locale, f.overdue() ? "export.yes" : "export.no"), r.getReport(), r.getReturns()));
        }
        return sheet(caller, "export.followed", Messages.get(locale, "export.asOf", LocalDate.now(clock).toString()), "",
                List.of("number", "subject", "from", "to", "referredOn", "reportDueOn", "status", "overdue", "report", "returns"), rows);
    }

    /** The 包案 of cases in the caller's units, open and closed, the latest first: 四定, 四包 done, group and plan. */
    @Transactional
    public byte[] ownerships(Caller caller) {
        Locale locale = caller.locale();
        LocalDate today = LocalDate.now(clock);
        List<List<Object>> rows = new ArrayList<>();
        for (CaseOwnershipRepository.Owned owned : ownerships.ofUnits(caller.visibility(), MAX_ROWS)) {
            CaseOwnership o = owned.ownership();
            Case c = owned.caseFile();
            int done = OwnershipDuty.values().length - o.dutiesOutstanding().size();
            rows.add(java.util.Arrays.asList(c.getNumber(), disclosure.redact(c, c.getSubject()), c.getUnit().getName(), o.getTask(),
                    o.getLeaderUsername(), o.getHandlerUsername(), o.getDueOn(), done + "/" + OwnershipDuty.values().length,
                    o.getWorkingGroup(), o.getResolutionPlan(), Messages.get(locale, "export.ownership." + o.getStatus().name()),
                    Messages.get(locale, o.isOverdueOn(today) ? "export.yes" : "export.no")));
        }
        return sheet(caller, "export.ownerships", Messages.get(locale, "export.asOf", today.toString()), "",
                List.of("number", "subject", "unit", "task", "leader", "handler", "dueOn", "duties", "group", "plan", "status", "overdue"), rows);
    }

    /** The roll-up of the units below {@code unitId} for the period containing {@code day}, with its totals. */
    @Transactional
    public byte[] zeroReports(Caller caller, Long unitId, LocalDate day) {
        Locale locale = caller.locale();
        ZeroReports.Overview overview = zeroReports.overview(caller, unitId, day);
        List<List<Object>> rows = new ArrayList<>();
        for (ZeroReports.Due due : overview.units()) {
            ZeroReport r = due.report();
            rows.add(java.util.Arrays.asList(due.unit().getName(), ZeroReports.label(due.period(), locale), due.dueAt(),
                    due.standing().label().in(locale), r == null ? null : Messages.get(locale, r.isNothingToReport() ? "export.yes" : "export.no"),
                    r == null ? null : r.getVisitBatches(), r == null ? null : r.getVisitPersons(), r == null ? null : r.getIncidents(),
                    r == null ? null : r.getCasesRegistered(), r == null ? null : r.getReportedAt(), r == null ? null : r.getNotes()));
        }
        ZeroReports.Totals t = overview.totals();
        rows.add(java.util.Arrays.asList(Messages.get(locale, "export.total"), null, null,
                Messages.get(locale, "export.zeroReports.standings", t.onTime(), t.late(), t.missing(), t.notDue(), t.dayOff()), t.nothingToReport(),
                t.visitBatches(), t.visitPersons(), t.incidents(), t.casesRegistered(), null, null));
        return titled(locale, overview.unit().getName(), "export.zeroReports", Messages.get(locale, "export.day", overview.day().toString()),
                List.of("unit", "period", "cutOff", "standing", "nothingToReport", "visitBatches", "visitPersons", "incidents", "casesRegistered",
                        "reportedAt", "notes"), rows);
    }

    /** One unit's screening ledger for a month, with the filters of its page. */
    @Transactional
    public byte[] screening(Caller caller, Long unitId, YearMonth month, ScreeningLedgers.Filter filter) {
        Locale locale = caller.locale();
        ScreeningLedgers.Ledger ledger = screening.ledger(caller, unitId, month, filter);
        List<List<Object>> rows = new ArrayList<>();
        for (ScreeningLedgers.DisputeView v : ledger.disputes()) {
            Dispute d = v.dispute();
            rows.add(java.util.Arrays.asList(d.getFoundOn(), d.getParties(), d.getMatter(), d.getRisk().label().in(locale), d.getResponsiblePerson(),
                    d.getPlan(), d.getDueOn(), d.getStatus().label().in(locale), Messages.get(locale, v.overdue() ? "export.yes" : "export.no"),
                    d.getResolution(), v.caseNumber()));
        }
        return titled(locale, ledger.unit().getName(), "export.screening", ledger.month().toString(),
                List.of("foundOn", "parties", "matter", "risk", "responsible", "plan", "dueOn", "status", "overdue", "resolution", "number"), rows);
    }

    private byte[] sheet(Caller caller, String what, String period, String note, List<String> heads, List<List<Object>> rows) {
        String unitNames = units.granted(caller).stream().map(OrgUnit::getName).distinct().collect(Collectors.joining("、"));
        return titled(caller.locale(), unitNames, what, period + note, heads, rows);
    }

    private byte[] titled(Locale locale, String unitNames, String what, String period, List<String> heads, List<List<Object>> rows) {
        String name = Messages.get(locale, what);
        String title = unitNames + " " + name + " " + period;
        return spreadsheets.write(List.of(new Spreadsheets.Table(name, title.strip(),
                heads.stream().map(h -> Messages.get(locale, "export.head." + h)).toList(), rows)));
    }

    private String stateLabel(Case c, Locale locale) {
        return procedures.of(c.getAgencyType()).state(c.getStatus()).map(s -> s.label().in(locale)).orElse(c.getStatus());
    }

    private static String period(Locale locale, LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return Messages.get(locale, "export.period.all");
        }
        return Messages.get(locale, "export.period", from == null ? "…" : from.toString(), to == null ? "…" : to.toString());
    }
}
