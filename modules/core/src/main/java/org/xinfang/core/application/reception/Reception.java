package org.xinfang.core.application.reception;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.calendar.WorkCalendars;
import org.xinfang.core.domain.model.calendar.WorkCalendar;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.CallerUnits;
import org.xinfang.core.application.kernel.CoreAuditAction;
import org.xinfang.core.application.kernel.EditConflictException;
import org.xinfang.core.application.kernel.InputValidator;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.application.procedure.Procedures;
import org.xinfang.core.domain.model.encryption.MatchKeys;
import org.xinfang.core.domain.model.reception.ApplicationChannel;
import org.xinfang.core.domain.model.reception.ApplicationRules;
import org.xinfang.core.domain.model.reception.Appointment;
import org.xinfang.core.domain.model.reception.AppointmentRepository;
import org.xinfang.core.domain.model.reception.BookingRules;
import org.xinfang.core.domain.model.reception.Classification;
import org.xinfang.core.domain.model.reception.ReceptionSlot;
import org.xinfang.core.domain.model.reception.RotaChange;
import org.xinfang.core.domain.model.reception.RotaPattern;
import org.xinfang.core.domain.model.reception.RotaRepository;
import org.xinfang.core.domain.model.reception.RotaRule;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;
import org.xinfang.core.domain.model.user.CoreRoles;

/**
 * Leaders' reception: a unit's LEADER or CLERK (or a plugin role acting as one) publishes rota rules
 * and books petitioners on their slots; anyone who sees the unit reads its slots; the public reads
 * the published rota without the bookings. Every change is audited in its own transaction.
 */
@ApplicationScoped
public class Reception {

    /** How far ahead the public rota looks by default. */
    public static final int PUBLIC_WEEKS = 8;

    private static final Set<String> DESK_ROLES = Set.of(CoreRoles.LEADER, CoreRoles.CLERK);

    @Inject
    private RotaRepository rota;

    @Inject
    private AppointmentRepository appointments;

    @Inject
    private OrgUnitRepository units;

    @Inject
    private Procedures procedures;

    @Inject
    private WorkCalendars calendars;

    @Inject
    private AuditLog audit;

    @Inject
    private CallerUnits callerUnits;

    @Inject
    private InputValidator validator;

    @Inject
    private Clock clock;

    @Inject
    private ReceptionApplications applications;

    @Inject
    private ReceptionNotices notices;

    /** A slot with how many places are booked, for staff. */
    public record SlotView(ReceptionSlot slot, int booked) {
        public int free() {
            return Math.max(0, slot.getCapacity() - booked);
        }
    }

    /** A saved rule and the dates it receives on. */
    public record SavedRule(RotaRule rule, List<LocalDate> dates) {
    }

    /** What the public may know of one session: who, when, where, on what — never who booked. */
    public record PublicSession(String unitName, String leaderName, String leaderTitle, String responsibilities,
                                LocalDate date, String startsAt, String endsAt, String place, String topics) {
    }

    /**
     * Saves a rule and its slots in {@code unitId}.
     *
     * @throws NotPermittedException unless the caller is LEADER or CLERK of the unit
     * @throws InvalidInputException naming each missing or wrong field, or when no date is a working day
     */
    @Transactional
    public SavedRule createRule(Caller caller, Long unitId, RotaRuleInput input) {
        OrgUnit unit = deskUnit(caller, unitId);
        validator.check(input, caller.locale());
        RotaRule rule = input.rule();
        RotaPattern pattern = input.pattern();
        List<LocalDate> dates = pattern.dates(calendars.current());
        if (dates.isEmpty()) {
            throw InvalidInputException.of("startsOn", Messages.get(caller.locale(), "reception.noWorkingDay"));
        }
        rule.schedule(unit.getId(), pattern, caller.username(), LocalDateTime.now(clock));
        rota.add(rule, dates);
        audit.record(caller.username(), CoreAuditAction.RECEPTION_RULE_CREATED, "RotaRule", rule.getId(), unit.getId(),
                rule.getLeaderName() + " " + rule.getRecurrence() + " " + rule.getStartsOn() + ".." + rule.getEndsOn() + " slots=" + dates.size());
        return new SavedRule(rule, dates);
    }

    /** A rule in force and how many sessions it still has from today on. */
    public record RuleView(RotaRule rule, int comingSessions) {
    }

    /** The unit's rules in force (not withdrawn, not ended before today), for the desk to edit or withdraw. */
    @Transactional
    public List<RuleView> rules(Caller caller, Long unitId) {
        OrgUnit unit = deskUnit(caller, unitId);
        LocalDate today = LocalDate.now(clock);
        Map<Long, Long> coming = rota.sessionsFrom(unit.getId(), today);
        return rota.inForce(unit.getId(), today).stream()
                .map(r -> new RuleView(r, coming.getOrDefault(r.getId(), 0L).intValue())).toList();
    }

    /**
     * Edits a rule: the leader, the hours, the capacity and the dates. Sessions already past stay as
     * they were; from today on the sessions follow the edited rule ({@link RotaChange}). The rule and
     * its coming sessions are locked first, so a booking racing the edit either lands before it (and
     * is counted) or waits and meets the new rota.
     *
     * @throws EditConflictException when someone else changed the rule since {@code expectedVersion}
     * @throws InvalidInputException naming each wrong field, or each date whose bookings the change would strand
     */
    @Transactional
    public SavedRule updateRule(Caller caller, Long ruleId, long expectedVersion, RotaRuleInput input) {
        RotaRule rule = lockedRule(caller, ruleId, expectedVersion);
        validator.check(input, caller.locale());
        RotaRule changed = input.rule();
        RotaPattern pattern = input.pattern();
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> dates = pattern.dates(calendars.current()).stream().filter(d -> !d.isBefore(today)).toList();
        RotaChange change = plannedChange(caller, rule, dates, changed.getCapacity());
        rule.revise(changed, pattern);
        LocalDateTime now = LocalDateTime.now(clock);
        change.keep().forEach(slot -> slot.follow(rule));
        change.withdraw().forEach(slot -> slot.withdraw(now));
        rota.addSessions(rule, change.create());
        rota.flush();
        audit.record(caller.username(), CoreAuditAction.RECEPTION_RULE_CHANGED, "RotaRule", rule.getId(), rule.getUnitId(),
                rule.getLeaderName() + " " + rule.getRecurrence() + " " + rule.getStartsOn() + ".." + rule.getEndsOn()
                        + " kept=" + change.keep().size() + " withdrawn=" + change.withdraw().size() + " added=" + change.create().size());
        return new SavedRule(rule, dates);
    }

    /**
     * Withdraws a rule: its coming sessions leave the rota (public page included); sessions already
     * held stay on record.
     *
     * @throws InvalidInputException naming each coming session that still has bookings
     */
    @Transactional
    public RotaRule withdrawRule(Caller caller, Long ruleId, long expectedVersion) {
        RotaRule rule = lockedRule(caller, ruleId, expectedVersion);
        RotaChange change = plannedChange(caller, rule, List.of(), rule.getCapacity());
        LocalDateTime now = LocalDateTime.now(clock);
        change.withdraw().forEach(slot -> slot.withdraw(now));
        rule.withdraw(now);
        rota.flush();
        audit.record(caller.username(), CoreAuditAction.RECEPTION_RULE_WITHDRAWN, "RotaRule", rule.getId(), rule.getUnitId(),
                rule.getLeaderName() + " withdrawn=" + change.withdraw().size());
        return rule;
    }

    /** The rule, visible, kept by the caller's desk, still in force and as the caller last saw it, its row locked. */
    private RotaRule lockedRule(Caller caller, Long ruleId, long expectedVersion) {
        RotaRule rule = rota.findLocked(ruleId).orElse(null);
        if (rule == null || !caller.visibility().sees(unit(rule.getUnitId()).getPath())) {
            throw InvalidInputException.of("ruleId", Messages.get(caller.locale(), "reception.rule.notFound"));
        }
        deskUnit(caller, rule.getUnitId());
        if (rule.isWithdrawn()) {
            throw InvalidInputException.of("ruleId", Messages.get(caller.locale(), "reception.rule.withdrawn"));
        }
        if (rule.getVersion() != expectedVersion) {
            throw new EditConflictException(Messages.get(caller.locale(), "reception.rule.conflict", rule.getLeaderName()));
        }
        return rule;
    }

    /**
     * What changing {@code rule} to name {@code dates} from today on does, with its coming sessions and
     * their bookings read under lock (a plain read on InnoDB would miss a booking committed since this
     * transaction's first read); refused naming every date whose bookings it would strand.
     */
    private RotaChange plannedChange(Caller caller, RotaRule rule, List<LocalDate> dates, int capacity) {
        LocalDate today = LocalDate.now(clock);
        List<ReceptionSlot> future = rota.sessionsOfLocked(rule, today);
        Map<LocalDate, Integer> booked = new HashMap<>();
        appointments.bookedOfRuleLocked(rule, today)
                .forEach(a -> booked.merge(a.getSlot().getDate(), 1, Integer::sum));
        RotaChange change = RotaChange.plan(future, booked, dates, capacity);
        if (!change.refusals().isEmpty()) {
            throw new InvalidInputException(change.refusals().stream()
                    .map(r -> problem(caller, r.key().endsWith("capacityBelowBooked") ? "capacity" : "startsOn", r.key(), r.date(), r.booked()))
                    .toList());
        }
        return change;
    }

    /** The unit's slots from {@code from} to {@code to} (included), with their bookings counted. */
    @Transactional
    public List<SlotView> slots(Caller caller, Long unitId, LocalDate from, LocalDate to) {
        OrgUnit unit = visibleUnit(caller, unitId);
        List<ReceptionSlot> slots = rota.sessions(unit.getId(), from, to);
        Map<Long, Long> booked = appointments.bookedCounts(unit.getId(), from, to);
        return slots.stream().map(s -> new SlotView(s, booked.getOrDefault(s.getId(), 0L).intValue())).toList();
    }

    /** The booked appointments of one slot, for the unit's desk. */
    @Transactional
    public List<Appointment> appointments(Caller caller, Long slotId) {
        ReceptionSlot slot = slot(caller, slotId);
        deskUnit(caller, slot.getUnitId());
        return appointments.booked(slot.getId());
    }

    /**
     * Books a petitioner on a slot. The slot's row is locked first, so two desks booking the last
     * place at once queue here and the second is told the slot is full.
     *
     * @throws InvalidInputException for a missing field, a slot in the past or on a non-working day,
     *                               a full slot, the same phone booked twice, more than five representatives
     */
    @Transactional
    public Appointment book(Caller caller, Long slotId, PetitionerInput petitioner) {
        ReceptionSlot slot = slot(caller, slotId);
        OrgUnit unit = deskUnit(caller, slot.getUnitId());
        List<FieldProblem> problems = new ArrayList<>(validator.problems(petitioner, "", caller.locale()));
        Appointment request = petitioner.appointment();
        LocalDateTime now = LocalDateTime.now(clock);
        // The number first: it locks the unit's row before the slot's, in the order applications take them.
        String number = applications.number(unit, now.getYear());
        takePlace(caller, slot, request, problems);
        // Registered, classified for a leader's plan and scheduled at once: the desk's one-step booking.
        request.apply(unit.getId(), number, ApplicationChannel.DESK, caller.username(), now, null);
        request.classify(Classification.LEADER_PLAN, null, null, null, caller.username(), now);
        request.book(slot, caller.username(), now);
        appointments.add(request);
        notices.issue(request);
        audit.record(caller.username(), CoreAuditAction.RECEPTION_BOOKED, "Appointment", request.getId(), unit.getId(),
                "slot=" + slot.getId() + " " + slot.getDate() + " headCount=" + request.getHeadCount() + " " + request.getNumber());
        return request;
    }

    /**
     * Checks that {@code request} may take a place on {@code slot} with the slot's row locked, and
     * refuses with {@code problems} and every booking rule broken; the caller books it in the same
     * transaction, so two desks taking the last place at once queue here and the second is told it is full.
     */
    void takePlace(Caller caller, ReceptionSlot slot, Appointment request, List<FieldProblem> problems) {
        // The rule's row first, then the session's: the order an edit of the rule takes them, so a
        // booking and an edit queue instead of deadlocking (locking the session joins its rule's row).
        // Read again under the lock: the capacity may have been cut (or the session withdrawn) by an
        // edit that committed while this booking waited.
        rota.lockForBooking(slot);
        // A locking read too: on InnoDB a plain read here would see the snapshot this transaction took
        // when it first read the slot, before the other desk's booking committed (both won on MariaDB).
        List<String> bookedPhones = appointments.bookedLocked(slot.getId()).stream()
                .map(Appointment::getPhone).map(MatchKeys::normalisePhone).toList();
        BookingRules.check(slot, request, LocalDateTime.now(clock), calendars.current(), bookedPhones)
                .forEach(r -> problems.add(problem(caller, r.field(), r.key())));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Cancels an application or a booking, freeing its place; a referred or declined one stands. */
    @Transactional
    public Appointment cancel(Caller caller, Long appointmentId) {
        Appointment a = appointments.findLocked(appointmentId).orElse(null);
        if (a == null || !caller.visibility().sees(unit(a.getUnitId()).getPath())) {
            throw new InvalidInputException(List.of(problem(caller, "appointmentId", "reception.appointment.notFound")));
        }
        deskUnit(caller, a.getUnitId());
        String refused = ApplicationRules.refusal(a.getStatus(), ApplicationRules.Step.CANCEL);
        if (refused != null) {
            throw new IllegalTransitionException(Messages.get(caller.locale(), refused));
        }
        a.cancel(LocalDateTime.now(clock));
        audit.record(caller.username(), CoreAuditAction.RECEPTION_CANCELLED, "Appointment", a.getId(), a.getUnitId(),
                a.getSlot() == null ? a.getNumber() : "slot=" + a.getSlot().getId());
        return a;
    }

    /** The published rota of every unit (or of one) from today for {@code weeks} weeks: public facts only. */
    @Transactional
    public List<PublicSession> publicRota(Long unitId, int weeks) {
        LocalDate today = LocalDate.now(clock);
        List<ReceptionSlot> slots = publishedSlots(unitId, today, today.plusWeeks(Math.max(1, Math.min(weeks, 26))));
        Map<Long, String> names = slots.stream().map(ReceptionSlot::getUnitId).distinct()
                .collect(Collectors.toMap(Function.identity(), id -> unit(id).getName()));
        return slots.stream().map(s -> {
            RotaRule r = s.getRule();
            return new PublicSession(names.get(s.getUnitId()), r.getLeaderName(), r.getLeaderTitle(), r.getResponsibilities(),
                    s.getDate(), s.getStartsAt().toString(), s.getEndsAt().toString(), r.getPlace(), r.getTopics());
        }).toList();
    }

    /**
     * The sessions on the published rota from {@code from} to {@code to}, of one unit or of all: not
     * withdrawn, on a working day (the calendar may have changed since the rota was published).
     */
    List<ReceptionSlot> publishedSlots(Long unitId, LocalDate from, LocalDate to) {
        WorkCalendar calendar = calendars.current();
        return rota.published(unitId, from, to).stream().filter(s -> calendar.knows(s.getDate()) && calendar.isWorkingDay(s.getDate())).toList();
    }

    /** The units whose rota, bookings and reception records the caller keeps, in tree order. */
    public List<OrgUnit> deskUnits(Caller caller) {
        return callerUnits.forRegistration(caller).stream().filter(u -> mayManage(caller, u)).toList();
    }

    /** Whether the caller may keep the rota and book in {@code unit}: LEADER or CLERK, plugin roles counted as what they act as. */
    public boolean mayManage(Caller caller, OrgUnit unit) {
        return procedures.effectiveRoles(caller, unit).stream().anyMatch(DESK_ROLES::contains);
    }

    ReceptionSlot slot(Caller caller, Long slotId) {
        ReceptionSlot slot = rota.findSession(slotId).orElse(null);
        if (slot == null || !caller.visibility().sees(unit(slot.getUnitId()).getPath())) {
            throw InvalidInputException.of("slotId", Messages.get(caller.locale(), "reception.slot.notFound"));
        }
        return slot;
    }

    OrgUnit visibleUnit(Caller caller, Long unitId) {
        OrgUnit unit = unitId == null ? null : units.find(unitId).orElse(null);
        if (unit == null || !caller.visibility().sees(unit.getPath())) {
            throw InvalidInputException.of("unitId", Messages.get(caller.locale(), "reception.unit.notFound"));
        }
        return unit;
    }

    OrgUnit deskUnit(Caller caller, Long unitId) {
        OrgUnit unit = visibleUnit(caller, unitId);
        if (!mayManage(caller, unit)) {
            throw new NotPermittedException(Messages.get(caller.locale(), "reception.notPermitted", unit.getName()));
        }
        return unit;
    }

    OrgUnit unit(Long id) {
        return units.find(id).orElseThrow(() -> new IllegalStateException("No unit " + id));
    }

    static FieldProblem problem(Caller caller, String field, String key, Object... args) {
        return new FieldProblem(field, Messages.get(caller.locale(), key, args));
    }
}
