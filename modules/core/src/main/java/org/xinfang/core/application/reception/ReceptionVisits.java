package org.xinfang.core.application.reception;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.PartyRole;
import org.xinfang.api.plugin.CaseFormData;
import org.xinfang.api.procedure.StateDeclaration;
import org.xinfang.core.application.cases.CaseNotFoundException;
import org.xinfang.core.application.cases.CaseService;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.identity.SealedIdentities;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.CallerDirectory;
import org.xinfang.core.application.kernel.Consistent;
import org.xinfang.core.application.kernel.InputValidator;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.Procedures;
import org.xinfang.core.application.settings.SettingsCatalogue;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseRepository;
import org.xinfang.core.domain.model.cases.Party;
import org.xinfang.core.domain.model.reception.Appointment;
import org.xinfang.core.domain.model.reception.AppointmentRepository;
import org.xinfang.core.domain.model.reception.AppointmentStatus;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;
import org.xinfang.core.domain.model.user.CoreRoles;
import org.xinfang.core.domain.model.visit.ReceptionVisit;
import org.xinfang.core.domain.model.visit.ReceptionVisitRepository;
import org.xinfang.api.model.Rating;
import org.xinfang.core.domain.model.visit.VisitKind;
import org.xinfang.core.domain.model.visit.VisitOutcome;
import org.xinfang.core.domain.model.visit.VisitPerson;
import org.xinfang.core.application.kernel.CoreAuditAction;

/**
 * Leaders' meetings with petitioners (接访, 约访, 下访, 回访): the unit's desk (LEADER or CLERK)
 * records them for a leader of the unit, linking a case the caller sees or registering one in the
 * same transaction; a booked appointment so received becomes HELD. Each leader's monthly counts per
 * kind are measured against the quotas in {@link ReceptionSettings}.
 */
@ApplicationScoped
public class ReceptionVisits {

    /** How many months the leader's page looks back. */
    public static final int HISTORY_MONTHS = 6;

    private static final Map<VisitKind, String> QUOTA_KEYS = Map.of(
            VisitKind.RECEPTION, ReceptionSettings.QUOTA_RECEPTION,
            VisitKind.INVITED, ReceptionSettings.QUOTA_INVITED,
            VisitKind.FIELD, ReceptionSettings.QUOTA_FIELD,
            VisitKind.FOLLOW_UP, ReceptionSettings.QUOTA_FOLLOW_UP);

    @Inject
    private ReceptionVisitRepository visits;

    @Inject
    private AppointmentRepository appointments;

    @Inject
    private OrgUnitRepository units;

    @Inject
    private CaseRepository cases;

    @Inject
    private CaseService caseService;

    @Inject
    private IdentityDisclosure disclosure;

    @Inject
    private Reception reception;

    @Inject
    private Procedures procedures;

    @Inject
    private CallerDirectory directory;

    @Inject
    private SettingsCatalogue catalogue;

    @Inject
    private AuditLog audit;

    @Inject
    private InputValidator validator;

    @Inject
    private Clock clock;

    /** A new case to register with the record: its subject and category; the request is its content, who came its parties. */
    public record NewCase(String subject, String category, CaseFormData form) {
    }

    /**
     * What the desk fills in for one meeting. Whether the leader leads the unit, the handler works
     * there and the case or appointment is one the desk sees is checked against the organisation by
     * the use case; everything the request says by itself is here.
     */
    @Consistent
    public record VisitRequest(Long unitId,
                               @NotNull(message = "{visit.kind.required}") VisitKind kind,
                               @NotBlank(message = "{reception.field.required}") String leaderUsername,
                               @NotNull(message = "{reception.field.required}") @PastOrPresent(message = "{visit.heldOn.future}") LocalDate heldOn,
                               @NotBlank(message = "{reception.field.required}") @Size(max = 200, message = "{reception.field.tooLong}") String place,
                               Long appointmentId, Long caseId, NewCase newCase, int headCount,
                               @NotEmpty(message = "{visit.people.required}")
                               @Size(max = Case.MAX_REPRESENTATIVES, message = "{visit.people.tooMany}") List<@Valid VisitPerson> people,
                               @NotBlank(message = "{reception.field.required}") @Size(max = 2000, message = "{reception.field.tooLong}") String request,
                               @Size(max = 2000, message = "{reception.field.tooLong}") String instruction,
                               VisitOutcome outcome, String handlerUsername, LocalDate dueOn, Rating satisfaction)
            implements Consistent.Checked {
        public VisitRequest {
            people = people == null ? List.of() : List.copyOf(people);
        }

        @Override
        public void check(Consistent.Broken broken) {
            boolean followUp = kind == VisitKind.FOLLOW_UP;
            boolean assigned = !followUp && outcome == VisitOutcome.ASSIGNED;
            broken.when(headCount < people.size() || headCount < 1, "headCount", "{visit.headCount.tooFew}")
                    .when(caseId != null && newCase != null, "caseId", "{visit.case.both}")
                    // 下访 takes an existing case to the petitioner; 回访 asks about one that ended.
                    .when(caseId == null && kind != null && kind.needsCase(), "caseId", "{visit.case.required}")
                    .when(caseId == null && kind == VisitKind.RECEPTION && newCase == null, "caseId", "{visit.case.linkOrCreate}")
                    .when(appointmentId != null && kind != VisitKind.RECEPTION, "appointmentId", "{visit.appointment.onlyReception}")
                    .when(followUp && satisfaction == null, "satisfaction", "{visit.satisfaction.required}")
                    .when(followUp && outcome != null, "outcome", "{visit.outcome.notForFollowUp}")
                    .when(!followUp && kind != null && satisfaction != null, "satisfaction", "{visit.satisfaction.onlyFollowUp}")
                    .when(!followUp && outcome == null, "outcome", "{visit.outcome.required}")
                    .when(assigned && (handlerUsername == null || handlerUsername.isBlank()), "handlerUsername", "{reception.field.required}")
                    .when(assigned && dueOn == null, "dueOn", "{reception.field.required}")
                    .when(assigned && dueOn != null && heldOn != null && !dueOn.isAfter(heldOn), "dueOn", "{visit.dueOn.notAfterHeld}");
        }
    }

    /** A list's filters; each may be null. */
    public record VisitFilter(Long unitId, VisitKind kind, YearMonth month, String leaderUsername) {
    }

    /** One kind's count in a month against its quota. */
    public record KindProgress(VisitKind kind, long count, int quota) {
        public boolean met() {
            return count >= quota;
        }

        /** Percent of the quota reached, at most 100 (a quota of 0 is met). */
        public int percent() {
            return quota == 0 ? 100 : (int) Math.min(100, count * 100 / quota);
        }
    }

    /** A leader's counts per kind in one month. */
    public record MonthProgress(YearMonth month, List<KindProgress> kinds) {
    }

    /** A leader someone may look at: their user name and display name. */
    public record Leader(String username, String displayName) {
    }

    /**
     * Whom the desk of {@code unitId} may give a meeting's matter to, as {@link #record} accepts them:
     * the people who see the unit's matters, those of the unit first.
     *
     * @throws NotPermittedException unless the caller is LEADER or CLERK of the unit
     */
    @Transactional
    public List<Caller> handlers(Caller caller, Long unitId) {
        return directory.seeing(deskUnit(caller, unitId), caller.locale());
    }

    /**
     * Records one meeting; a new case (when asked) is registered and linked in the same transaction,
     * and the appointment it held becomes HELD.
     *
     * @throws InvalidInputException naming every bad field; nothing is saved
     * @throws NotPermittedException unless the caller is LEADER or CLERK of the unit
     * @throws CaseNotFoundException when the linked case is not one the caller sees
     */
    @Transactional
    public ReceptionVisit record(Caller caller, VisitRequest in) {
        OrgUnit unit = deskUnit(caller, in.unitId());
        List<FieldProblem> problems = new ArrayList<>(validator.problems(in, "", caller.locale()));
        if (in.leaderUsername() != null && !in.leaderUsername().isBlank() && !isLeaderOf(in.leaderUsername(), unit)) {
            problems.add(Reception.problem(caller, "leaderUsername", "visit.leader.notLeader", in.leaderUsername(), unit.getName()));
        }
        String handler = in.outcome() == VisitOutcome.ASSIGNED && in.kind() != VisitKind.FOLLOW_UP ? blankToNull(in.handlerUsername()) : null;
        if (handler != null && !directory.forUsername(handler, null).visibility().sees(unit.getPath())) {
            problems.add(Reception.problem(caller, "handlerUsername", "visit.handler.unknown", in.handlerUsername(), unit.getName()));
        }
        Case linked = null;
        if (in.caseId() != null) {
            linked = cases.find(in.caseId(), caller.visibility()).orElseThrow(() -> new CaseNotFoundException(in.caseId()));
            if (in.kind() == VisitKind.FOLLOW_UP && !isFinished(linked)) {
                problems.add(Reception.problem(caller, "caseId", "visit.followUp.caseOpen", linked.getNumber()));
            }
        }
        Appointment appointment = null;
        if (in.appointmentId() != null && in.kind() == VisitKind.RECEPTION) {
            appointment = heldAppointment(caller, unit, in, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (linked == null && in.newCase() != null) {
            linked = registerCase(caller, unit, in);
        }
        // About a case with sealed identities, the record's texts are kept with the pseudonyms, as the
        // case's are, and name who came as the record shows them (a companion identifies the reporter too).
        UnaryOperator<String> protect = UnaryOperator.identity();
        if (linked != null && linked.hasSealedIdentities()) {
            Case about = linked;
            List<SealedIdentities.Identity> visitors = visitorsShown(in.people(), shownNames(caller, about, in.people()));
            protect = text -> disclosure.protect(about, SealedIdentities.redact(text, visitors), ReceptionVisit.LONGEST_TEXT);
        }
        ReceptionVisit visit = new ReceptionVisit(in.kind(), in.leaderUsername().trim(), in.heldOn(), in.place().trim(),
                Math.max(in.headCount(), in.people().size()), protect.apply(in.request().trim()), protect.apply(blankToNull(in.instruction())));
        in.people().forEach(visit::addPerson);
        if (in.kind() == VisitKind.FOLLOW_UP) {
            visit.rateWith(in.satisfaction());
        } else {
            visit.concludeWith(in.outcome(), blankToNull(in.handlerUsername()), in.dueOn());
        }
        visit.record(unit.getId(), linked == null ? null : linked.getId(), appointment == null ? null : appointment.getId(),
                caller.username(), LocalDateTime.now(clock));
        visits.add(visit);
        if (appointment != null) {
            appointment.held();
            audit.record(caller.username(), CoreAuditAction.RECEPTION_HELD, "Appointment", appointment.getId(), unit.getId(), "visit=" + visit.getId());
        }
        audit.record(caller.username(), CoreAuditAction.VISIT_RECORDED, "ReceptionVisit", visit.getId(), unit.getId(),
                visit.getKind() + " leader=" + visit.getLeaderUsername() + " " + visit.getHeldOn()
                        + (linked == null ? "" : " case=" + linked.getNumber()));
        return visit;
    }

    /**
     * A booked appointment the caller's desk may record as held, to fill in a reception from.
     *
     * @throws InvalidInputException naming {@code appointmentId} when it is not one the caller's desk sees
     */
    @Transactional
    public Appointment bookedAppointment(Caller caller, Long appointmentId) {
        Appointment a = appointments.find(appointmentId).orElse(null);
        if (a == null || !caller.visibility().sees(reception.unit(a.getUnitId()).getPath()) || !reception.mayManage(caller, reception.unit(a.getUnitId()))) {
            throw InvalidInputException.of("appointmentId", Messages.get(caller.locale(), "reception.appointment.notFound"));
        }
        if (a.getStatus() != AppointmentStatus.BOOKED) {
            throw InvalidInputException.of("appointmentId", Messages.get(caller.locale(), "visit.appointment.notBooked"));
        }
        a.getSlot().getRule().getPlace();
        return a;
    }

    /** @throws VisitNotFoundException when there is no such record the caller sees */
    @Transactional
    public ReceptionVisit get(Caller caller, Long id) {
        ReceptionVisit visit = visits.find(id).orElse(null);
        if (visit == null || !caller.visibility().sees(reception.unit(visit.getUnitId()).getPath())) {
            throw new VisitNotFoundException(Messages.get(caller.locale(), "visit.notFound"));
        }
        return shown(caller, List.of(visit)).get(0);
    }

    /** The records of the caller's visible units, newest first, at most {@code limit}. */
    @Transactional
    public List<ReceptionVisit> list(Caller caller, VisitFilter filter, int limit) {
        List<Long> visible = visibleUnitIds(caller, filter.unitId());
        if (visible.isEmpty()) {
            return List.of();
        }
        YearMonth month = filter.month();
        String leader = filter.leaderUsername() == null || filter.leaderUsername().isBlank() ? null : filter.leaderUsername().trim();
        return shown(caller, visits.list(visible, new ReceptionVisitRepository.Filter(filter.kind(), month == null ? null : month.atDay(1),
                month == null ? null : month.atEndOfMonth(), leader), Math.max(1, Math.min(limit, 500))));
    }

    /**
     * The records as the caller may see them: a meeting about a case with sealed identities shows
     * who came by pseudonym, without phone or identity number, and its texts redacted — to everyone,
     * as the case itself does (the keeper reveals on the case).
     */
    private List<ReceptionVisit> shown(Caller caller, List<ReceptionVisit> found) {
        Map<Long, Case> sealed = new HashMap<>();
        cases.sealedAmong(found.stream().map(ReceptionVisit::getCaseId).filter(Objects::nonNull).collect(Collectors.toSet()))
                .forEach(c -> sealed.put(c.getId(), c));
        return found.stream().map(v -> {
            Case c = v.getCaseId() == null ? null : sealed.get(v.getCaseId());
            if (c == null) {
                return v;
            }
            List<String> shown = shownNames(caller, c, v.getPeople());
            List<SealedIdentities.Identity> visitors = visitorsShown(v.getPeople(), shown);
            return v.sealedCopy(shown, text -> SealedIdentities.redact(disclosure.redact(c, text), visitors));
        }).toList();
    }

    /** Each visitor's name and numbers with how they are shown: none of it may stay in the record's texts. */
    private static List<SealedIdentities.Identity> visitorsShown(List<VisitPerson> people, List<String> shown) {
        List<SealedIdentities.Identity> visitors = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            VisitPerson p = people.get(i);
            visitors.add(new SealedIdentities.Identity(p.getName(), p.getIdNumber(), p.getPhone(), null, shown.get(i)));
        }
        return visitors;
    }

    /** Who came about sealed case {@code c}, as everyone sees them: the pseudonym of a sealed party, else 来访人N. */
    private List<String> shownNames(Caller caller, Case c, List<VisitPerson> people) {
        List<String> names = new ArrayList<>();
        for (VisitPerson person : people) {
            names.add(disclosure.visitor(c, person.getName(), Messages.get(caller.locale(), "visit.person.sealed", names.size() + 1)));
        }
        return names;
    }

    /**
     * A leader's counts per kind, for {@code months} months ending with {@code last}, newest first. Only
     * meetings in units the caller sees count, and the leader must lead one of them.
     *
     * @throws VisitNotFoundException when the caller sees no unit that leader leads (as for an unknown one)
     */
    @Transactional
    public List<MonthProgress> progress(Caller caller, String username, YearMonth last, int months) {
        requireVisibleLeader(caller, username);
        List<Long> visible = visibleUnitIds(caller, null);
        YearMonth first = last.minusMonths(Math.max(1, months) - 1L);
        Map<YearMonth, Map<VisitKind, Long>> counts = new TreeMap<>();
        visits.heldBy(username, visible, first.atDay(1), last.atEndOfMonth())
                .forEach(h -> counts.computeIfAbsent(YearMonth.from(h.heldOn()), m -> new EnumMap<>(VisitKind.class))
                        .merge(h.kind(), 1L, Long::sum));
        Map<VisitKind, Integer> quotas = quotas();
        List<MonthProgress> result = new ArrayList<>();
        for (YearMonth m = last; !m.isBefore(first); m = m.minusMonths(1)) {
            Map<VisitKind, Long> inMonth = counts.getOrDefault(m, Map.of());
            List<KindProgress> kinds = new ArrayList<>();
            for (VisitKind kind : VisitKind.values()) {
                kinds.add(new KindProgress(kind, inMonth.getOrDefault(kind, 0L), quotas.get(kind)));
            }
            result.add(new MonthProgress(m, kinds));
        }
        return result;
    }

    /** The monthly minimum per kind in force. */
    public Map<VisitKind, Integer> quotas() {
        Map<VisitKind, Integer> quotas = new EnumMap<>(VisitKind.class);
        QUOTA_KEYS.forEach((kind, key) -> quotas.put(kind, catalogue.number(key)));
        return quotas;
    }

    /** The leaders (LEADER, or a plugin role acting as one) of the units the caller sees, by user name. */
    @Transactional
    public List<Leader> leaders(Caller caller) {
        return directory.enabled(caller.locale()).stream()
                .filter(who -> who.grants().stream().map(g -> units.find(g.unitId()).orElse(null))
                        .anyMatch(u -> u != null && caller.visibility().sees(u.getPath()) && isLeader(who, u)))
                .map(who -> new Leader(who.username(), who.displayName())).toList();
    }

    /** Whether the caller leads somewhere (the menu asks). */
    public boolean leadsSomewhere(Caller caller) {
        return caller.grants().stream().anyMatch(g -> units.find(g.unitId()).map(u -> isLeader(caller, u)).orElse(false));
    }

    /** Whether the caller may record meetings somewhere: the desk of a unit (the menu asks). */
    public boolean keepsADesk(Caller caller) {
        return caller.grants().stream().anyMatch(g -> units.find(g.unitId()).map(u -> reception.mayManage(caller, u)).orElse(false));
    }

    /** Whether {@code username} leads {@code unit}: LEADER held at or above it, plugin roles counted as what they act as. */
    public boolean isLeaderOf(String username, OrgUnit unit) {
        return isLeader(directory.forUsername(username, null), unit);
    }

    private boolean isLeader(Caller who, OrgUnit unit) {
        return procedures.effectiveRoles(who, unit).contains(CoreRoles.LEADER);
    }

    /** The caller sees a unit {@code username} leads; else the leader is unknown to them. */
    void requireVisibleLeader(Caller caller, String username) {
        Caller leader = directory.forUsername(username == null ? "" : username, caller.locale());
        boolean visible = leader.grants().stream().map(g -> units.find(g.unitId()).orElse(null))
                .anyMatch(u -> u != null && caller.visibility().sees(u.getPath()) && isLeader(leader, u));
        if (!visible) {
            throw new VisitNotFoundException(Messages.get(caller.locale(), "visit.leader.unknown", String.valueOf(username)));
        }
    }

    private Case registerCase(Caller caller, OrgUnit unit, VisitRequest in) {
        Case draft = new Case();
        draft.setChannel(Channel.VISIT);
        draft.setSubject(in.newCase().subject());
        draft.setCategory(in.newCase().category());
        draft.setContent(in.request());
        draft.setReceivedOn(in.heldOn());
        draft.setHeadCount(Math.max(in.headCount(), in.people().size()));
        List<VisitPerson> people = in.people();
        boolean collective = draft.isCollectiveVisit();
        for (int i = 0; i < people.size(); i++) {
            VisitPerson p = people.get(i);
            if (i == 0) {
                draft.addParty(new Party(PartyRole.PETITIONER, p.getName(), p.getIdNumber(), p.getPhone(), null));
            }
            // A collective visit speaks through its representatives, the first petitioner among them.
            if (i > 0 || collective) {
                draft.addParty(new Party(PartyRole.REPRESENTATIVE, p.getName(), p.getIdNumber(), p.getPhone(), null));
            }
        }
        try {
            return caseService.register(caller, unit.getId(), draft, in.newCase().form()).caseFile();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream()
                    .map(p -> new FieldProblem(p.field().startsWith("parties") ? "people" : "newCase." + p.field(), p.message()))
                    .toList());
        }
    }

    private Appointment heldAppointment(Caller caller, OrgUnit unit, VisitRequest in, List<FieldProblem> problems) {
        // Re-read under a row lock: two desks recording the same booking queue here, and the second
        // sees it HELD (a plain read would see this transaction's first snapshot on InnoDB).
        Appointment a = appointments.rereadLocked(in.appointmentId()).orElse(null);
        if (a == null || !a.getUnitId().equals(unit.getId())) {
            problems.add(Reception.problem(caller, "appointmentId", "reception.appointment.notFound"));
            return null;
        }
        if (a.getStatus() != AppointmentStatus.BOOKED) {
            problems.add(Reception.problem(caller, "appointmentId", "visit.appointment.notBooked"));
        }
        return a;
    }

    private boolean isFinished(Case c) {
        return procedures.of(c.getAgencyType()).state(c.getStatus()).map(StateDeclaration::terminal).orElse(false);
    }

    private List<Long> visibleUnitIds(Caller caller, Long only) {
        return units.findAll().stream().filter(u -> caller.visibility().sees(u.getPath()))
                .filter(u -> only == null || u.getId().equals(only)).map(OrgUnit::getId).toList();
    }

    private OrgUnit deskUnit(Caller caller, Long unitId) {
        Long target = unitId != null ? unitId : caller.homeUnitId();
        OrgUnit unit = target == null ? null : units.find(target).orElse(null);
        if (unit == null || !caller.visibility().sees(unit.getPath())) {
            throw InvalidInputException.of("unitId", Messages.get(caller.locale(), "reception.unit.notFound"));
        }
        if (!reception.mayManage(caller, unit)) {
            throw new NotPermittedException(Messages.get(caller.locale(), "visit.notPermitted", unit.getName()));
        }
        return unit;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
