package org.xinfang.core.application.agenda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.caller.Visibility;
import org.xinfang.api.procedure.EffectiveProcedure;
import org.xinfang.api.procedure.StateDeclaration;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.kernel.CallerUnits;
import org.xinfang.core.application.ledgers.ZeroReports;
import org.xinfang.core.application.ledgers.ZeroReports.MonthStanding;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.application.procedure.ClockReading;
import org.xinfang.core.application.procedure.ProcedureEngine;
import org.xinfang.core.application.procedure.Procedures;
import org.xinfang.core.application.reception.CaseOwnerships;
import org.xinfang.core.application.reception.CaseOwnerships.OwnedCase;
import org.xinfang.core.application.reception.Reception;
import org.xinfang.core.application.reception.Reception.SlotView;
import org.xinfang.core.application.supervision.Inbox;
import org.xinfang.core.application.supervision.SupervisionOrders;
import org.xinfang.core.application.supervision.SupervisionOrders.Listed;
import org.xinfang.core.application.supervision.SupervisionSettings;
import org.xinfang.core.domain.model.cases.AgencyStates;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseFigures;
import org.xinfang.core.domain.model.cases.CaseRepository;
import org.xinfang.core.domain.model.cases.DueCase;
import org.xinfang.core.domain.model.cases.Page;
import org.xinfang.core.domain.model.cases.StatesUnder;
import org.xinfang.core.domain.model.supervision.InboxMessage;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;

/**
 * The caller's day (工作台), one panel per kind of work, each a few rows and the count of all. A panel
 * that does not concern the caller's roles is null. Every read is the caller's: the cases through the
 * scoped case queries, the rest through the use cases that own them.
 *
 * <ul>
 * <li>due today, due soon (the supervision setting's working days, as the reminders count them) and
 * overdue: the matters of the units where the caller is staff and of the units below them (the list
 * their 全部… opens shows the same), by their earliest running clock;</li>
 * <li>waiting for my step: matters in a state from which the caller's roles may take a step, as the case
 * page offers it;</li>
 * <li>orders to answer, unread messages, today's reception sessions of the units whose desk they keep,
 * this month's zero reports of the units they report for;</li>
 * <li>for leaders: their open 包案, the overdue matters of the subtrees they lead with a count per unit,
 * and the figures of everything they see.</li>
 * </ul>
 */
@ApplicationScoped
public class Agenda {

    /** The rows a panel shows; its count says how many there are in all. */
    public static final int ROWS = 5;

    /** A matter as a panel shows it: its subject as everyone may read it, its most pressing clock (null: none runs). */
    public record Matter(Case caseFile, String subject, ClockReading deadline) {
    }

    /** The first rows of a panel and how many there are. */
    public record Panel<T>(List<T> rows, long total) {
    }

    /** A unit's count of overdue matters. */
    public record UnitCount(Long unitId, String unitName, long count) {
    }

    /** A reception session today in one of the caller's units. */
    public record Session(OrgUnit unit, SlotView slot) {
    }

    /** The leader's figures over everything they see: open, overdue, and this month's finished and received. */
    public record Figures(long open, long overdue, long concludedThisMonth, long receivedThisMonth) {
    }

    /** The day; null marks a panel that does not concern the caller. */
    public record Day(LocalDate today, LocalDate soonUntil, Panel<Matter> dueToday, Panel<Matter> dueSoon, Panel<Matter> overdue,
                      Panel<Matter> waiting, Panel<Listed> orders, Panel<InboxMessage> unread, List<Session> receptions,
                      List<MonthStanding> zeroReports, Panel<OwnedCase> owned, Panel<Matter> unitsOverdue, List<UnitCount> overdueByUnit,
                      Figures figures) {
    }

    @Inject
    private CaseRepository cases;

    @Inject
    private ProcedureEngine engine;

    @Inject
    private Procedures procedures;

    @Inject
    private PluginRegistry plugins;

    @Inject
    private CallerUnits callerUnits;


    @Inject
    private SupervisionSettings supervisionSettings;

    @Inject
    private SupervisionOrders orders;

    @Inject
    private Inbox inbox;

    @Inject
    private Reception reception;

    @Inject
    private ZeroReports zeroReports;

    @Inject
    private CaseOwnerships ownerships;

    @Inject
    private IdentityDisclosure disclosure;

    @Inject
    private Clock clock;

    /** The caller's day as it stands now. */
    @Transactional
    public Day of(Caller caller) {
        LocalDate today = LocalDate.now(clock);
        LocalDate soon = supervisionSettings.dueDates(today).soonUntil();
        List<OrgUnit> granted = callerUnits.granted(caller);
        List<OrgUnit> staffIn = granted.stream().filter(u -> procedures.worksOn(caller, u)).toList();
        List<OrgUnit> led = granted.stream().filter(u -> procedures.effectiveRoles(caller, u).contains(CoreRoles.LEADER)).toList();
        boolean staff = !staffIn.isEmpty();
        boolean leader = !led.isEmpty();

        List<DueCase> due = staff || leader ? cases.runningDueBy(soon, caller.visibility()) : List.of();
        Visibility workedOn = subtrees(staffIn);
        Visibility ledOver = subtrees(led);
        List<DueCase> mine = due.stream().filter(d -> workedOn.sees(d.unitPath())).toList();
        List<DueCase> overdueMine = mine.stream().filter(d -> d.dueOn().isBefore(today)).toList();
        List<DueCase> todayMine = mine.stream().filter(d -> d.dueOn().equals(today)).toList();
        List<DueCase> soonMine = mine.stream().filter(d -> d.dueOn().isAfter(today)).toList();
        List<DueCase> overdueLed = due.stream().filter(d -> d.dueOn().isBefore(today) && ledOver.sees(d.unitPath())).toList();

        List<StatesUnder> myStates = statesForMyStep(caller);
        Page<Case> waiting = myStates.isEmpty() ? null : cases.inStates(myStates, caller.visibility(), ROWS);

        // The panels' cases are read once, and their clocks in one query.
        Set<Long> shown = new HashSet<>();
        Stream.of(overdueMine, todayMine, soonMine, overdueLed).forEach(band -> band.stream().limit(ROWS).forEach(d -> shown.add(d.caseId())));
        Map<Long, Case> byId = new HashMap<>();
        cases.among(shown, caller.visibility()).forEach(c -> byId.put(c.getId(), c));
        if (waiting != null) {
            waiting.items().forEach(c -> byId.putIfAbsent(c.getId(), c));
        }
        Map<Long, ClockReading> deadlines = engine.nextDeadlines(List.copyOf(byId.values()));
        Function<Case, Matter> matter = c -> new Matter(c, disclosure.redact(c, c.getSubject()), deadlines.get(c.getId()));
        Function<List<DueCase>, Panel<Matter>> panel = band -> new Panel<>(band.stream().limit(ROWS).map(d -> byId.get(d.caseId()))
                .filter(c -> c != null).map(matter).toList(), band.size());

        return new Day(today, soon,
                staff ? panel.apply(todayMine) : null,
                staff ? panel.apply(soonMine) : null,
                staff ? panel.apply(overdueMine) : null,
                waiting == null ? null : new Panel<>(waiting.items().stream().map(c -> matter.apply(byId.get(c.getId()))).toList(), waiting.total()),
                staff ? orders(caller) : null,
                unread(caller),
                receptions(caller, granted, today),
                zeroReportsOf(caller),
                leader ? owned(caller) : null,
                leader ? panel.apply(overdueLed) : null,
                leader ? byUnit(overdueLed) : null,
                leader ? figures(caller, today, due) : null);
    }

    /** The units and those below them: staff work on the matters of the units below theirs too. */
    private static Visibility subtrees(List<OrgUnit> units) {
        return new Visibility(units.stream().map(OrgUnit::getPath).collect(Collectors.toSet()));
    }

    /**
     * Per unit the caller holds a role in, the states of each procedure from which that role may take a
     * step that moves the matter on (as the case page offers it, before its clocks are asked); a step
     * that only records something (a rating) waits for nobody.
     */
    private List<StatesUnder> statesForMyStep(Caller caller) {
        List<StatesUnder> where = new ArrayList<>();
        for (Caller.Grant g : caller.grants()) {
            Set<String> roles = Stream.of(g.role(), procedures.actsAs(g.role())).collect(Collectors.toSet());
            Map<String, Set<String>> byAgency = new LinkedHashMap<>();
            plugins.plugins().forEach(p -> byAgency.put(p.id(), fromStates(procedures.of(p.id()), roles)));
            AgencyStates states = new AgencyStates(byAgency, fromStates(EffectiveProcedure.general(), roles));
            if (!states.isEmpty()) {
                where.add(new StatesUnder(g.unitPath(), states));
            }
        }
        return where;
    }

    private static Set<String> fromStates(EffectiveProcedure procedure, Set<String> roles) {
        return procedure.transitions().stream().filter(t -> !t.recordsOnly() && t.roles().stream().anyMatch(roles::contains))
                .flatMap(t -> t.from().stream()).collect(Collectors.toSet());
    }

    private Panel<Listed> orders(Caller caller) {
        Page<Listed> page = orders.awaitingMyAnswer(caller, ROWS);
        return new Panel<>(page.items(), page.total());
    }

    private Panel<InboxMessage> unread(Caller caller) {
        return new Panel<>(inbox.mine(caller, true).stream().limit(ROWS).toList(), inbox.unread(caller));
    }

    /** Today's sessions of the units where the caller keeps the reception desk; null when they keep none. */
    private List<Session> receptions(Caller caller, List<OrgUnit> granted, LocalDate today) {
        List<OrgUnit> desks = granted.stream().filter(u -> reception.mayManage(caller, u)).toList();
        if (desks.isEmpty()) {
            return null;
        }
        List<Session> sessions = new ArrayList<>();
        for (OrgUnit unit : desks) {
            reception.slots(caller, unit.getId(), today, today).forEach(s -> sessions.add(new Session(unit, s)));
        }
        return sessions;
    }

    private List<MonthStanding> zeroReportsOf(Caller caller) {
        List<MonthStanding> month = zeroReports.thisMonth(caller);
        return month.isEmpty() ? null : month;
    }

    private Panel<OwnedCase> owned(Caller caller) {
        List<OwnedCase> open = ownerships.openOf(caller, caller.username());
        return new Panel<>(open.stream().limit(ROWS).toList(), open.size());
    }

    private static List<UnitCount> byUnit(List<DueCase> overdue) {
        Map<Long, UnitCount> counts = new LinkedHashMap<>();
        for (DueCase d : overdue) {
            counts.merge(d.unitId(), new UnitCount(d.unitId(), d.unitName(), 1),
                    (a, b) -> new UnitCount(a.unitId(), a.unitName(), a.count() + 1));
        }
        return counts.values().stream().sorted((a, b) -> Long.compare(b.count(), a.count())).toList();
    }

    /** Over everything the caller sees; overdue from the clocks already read for the panels. */
    private Figures figures(Caller caller, LocalDate today, List<DueCase> due) {
        CaseFigures counted = cases.figures(finishedStates(), today.withDayOfMonth(1), today, caller.visibility());
        long overdue = due.stream().filter(d -> d.dueOn().isBefore(today)).count();
        return new Figures(counted.open(), overdue, counted.concluded(), counted.received());
    }

    /** The terminal states of every procedure: a matter in one is finished (办结). */
    private AgencyStates finishedStates() {
        Map<String, Set<String>> byAgency = new LinkedHashMap<>();
        plugins.plugins().forEach(p -> byAgency.put(p.id(), terminal(procedures.of(p.id()))));
        return new AgencyStates(byAgency, terminal(EffectiveProcedure.general()));
    }

    private static Set<String> terminal(EffectiveProcedure procedure) {
        return procedure.states().stream().filter(StateDeclaration::terminal).map(StateDeclaration::name).collect(Collectors.toSet());
    }
}
