package org.xinfang.core.application.reception;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.LegalRoute;
import org.xinfang.core.application.kernel.Guesses;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.CoreAuditAction;
import org.xinfang.core.application.kernel.EditConflictException;
import org.xinfang.core.application.kernel.InputValidator;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.domain.model.encryption.MatchKeys;
import org.xinfang.core.domain.model.numbering.NumberSeries;
import org.xinfang.core.domain.model.reception.ApplicationChannel;
import org.xinfang.core.domain.model.reception.ApplicationRules;
import org.xinfang.core.domain.model.reception.Appointment;
import org.xinfang.core.domain.model.reception.AppointmentRepository;
import org.xinfang.core.domain.model.reception.AppointmentStatus;
import org.xinfang.core.domain.model.reception.BookingRules;
import org.xinfang.core.domain.model.reception.Classification;
import org.xinfang.core.domain.model.reception.ReceptionSlot;
import org.xinfang.core.domain.model.reception.RotaRepository;
import org.xinfang.core.domain.model.unit.OrgUnit;

/**
 * Appointments as applications (预约申请 → 分类 → 排期): a petitioner applies at the desk or online
 * without sign-in and gets a number; the unit's desk (LEADER or CLERK) classifies the application —
 * a department handles it, it goes on a leader's reception plan, or it is declined with guidance to
 * the legal route — and schedules a planned one to a slot under the same slot lock and booking rules
 * as {@link Reception#book}. The petitioner looks the application up by number and phone and learns
 * only its status, date and place. Every change is audited.
 */
@ApplicationScoped
public class ReceptionApplications {

    /** The audit's user for what the public does online. */
    public static final String ONLINE_USER = "online";

    /** The number series of applications in a unit and year. */
    static final String SERIES = "RECEPTION";

    @Inject
    private AppointmentRepository appointments;

    @Inject
    private RotaRepository rota;

    @Inject
    private Reception reception;

    @Inject
    private NumberSeries numbers;

    @Inject
    private ReceptionNotices notices;

    @Inject
    private ReminderDelivery delivery;

    @Inject
    private AuditLog audit;

    @Inject
    private InputValidator validator;

    @Inject
    private Guesses guesses;

    @Inject
    private Clock clock;

    /** A unit that publishes sessions, as the public chooses it. */
    public record PublicUnit(Long id, String name) {
    }

    /** A coming session the public may name as preferred: public facts and the slot's id. */
    public record PublicChoice(Long slotId, Long unitId, LocalDate date, String startsAt, String endsAt, String leader, String place) {
    }

    /** What scheduling asks for: the session. */
    public record ScheduleInput(@NotNull(message = "{reception.field.required}") Long slotId) {
    }

    /** What the petitioner learns of an application: its status and, once booked, when and where — nothing else. */
    public record PublicStatus(String number, AppointmentStatus status, LocalDate date, String startsAt, String endsAt, String place) {
    }

    /** The next application number of {@code unit} for {@code year} (朝阳访约〔2026〕12号), under the unit's row lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String number(OrgUnit unit, int year) {
        return String.format("%s访约〔%d〕%d号", unit.getShortName(), year, numbers.next(unit, year, SERIES));
    }

    /** The coming sessions the public may choose from, of one unit or of all, for the public rota's weeks. */
    @Transactional
    public List<PublicChoice> publicChoices(Long unitId) {
        LocalDateTime now = LocalDateTime.now(clock);
        return reception.publishedSlots(unitId, now.toLocalDate(), now.toLocalDate().plusWeeks(Reception.PUBLIC_WEEKS)).stream()
                .filter(s -> s.start().isAfter(now))
                .map(s -> new PublicChoice(s.getId(), s.getUnitId(), s.getDate(), s.getStartsAt().toString(), s.getEndsAt().toString(),
                        s.getRule().getLeaderTitle() + s.getRule().getLeaderName(), s.getRule().getPlace())).toList();
    }

    /** The units that publish coming sessions: where the public may apply. */
    @Transactional
    public List<PublicUnit> publicUnits() {
        Map<Long, PublicUnit> found = new LinkedHashMap<>();
        publicChoices(null).forEach(c -> found.computeIfAbsent(c.unitId(), id -> new PublicUnit(id, reception.unit(id).getName())));
        return List.copyOf(found.values());
    }

    /**
     * Registers an application at the desk of {@code unitId}.
     *
     * @throws NotPermittedException unless the caller is LEADER or CLERK of the unit
     * @throws InvalidInputException naming each missing or wrong field, or the phone's open applications being at the limit
     */
    @Transactional
    public Appointment applyAtDesk(Caller caller, Long unitId, Long preferredSlotId, PetitionerInput petitioner) {
        OrgUnit unit = reception.deskUnit(caller, unitId);
        return register(caller, unit, preferredSlotId, petitioner, ApplicationChannel.DESK);
    }

    /**
     * Registers an application made online without sign-in, in a unit that publishes sessions.
     *
     * @throws InvalidInputException naming each missing or wrong field, an unknown unit or session,
     *                               or the phone's open applications in the unit being at the limit
     */
    @Transactional
    public Appointment applyOnline(Locale locale, Long unitId, Long preferredSlotId, PetitionerInput petitioner) {
        Caller online = new Caller(ONLINE_USER, ONLINE_USER, List.of(), locale);
        boolean published = unitId != null && publicUnits().stream().anyMatch(u -> u.id().equals(unitId));
        if (!published) {
            List<FieldProblem> problems = new ArrayList<>(List.of(Reception.problem(online, "unitId", "reception.application.unitNotPublished")));
            problems.addAll(validator.problems(petitioner, "", locale));
            throw new InvalidInputException(problems);
        }
        return register(online, reception.unit(unitId), preferredSlotId, petitioner, ApplicationChannel.ONLINE);
    }

    private Appointment register(Caller caller, OrgUnit unit, Long preferredSlotId, PetitionerInput petitioner, ApplicationChannel channel) {
        List<FieldProblem> problems = new ArrayList<>(validator.problems(petitioner, "", caller.locale()));
        Appointment request = petitioner.appointment();
        ReceptionSlot preferred = null;
        if (preferredSlotId != null) {
            preferred = publicChoices(unit.getId()).stream().anyMatch(c -> c.slotId().equals(preferredSlotId))
                    ? rota.findSession(preferredSlotId).orElse(null) : null;
            if (preferred == null) {
                problems.add(Reception.problem(caller, "preferredSlotId", "reception.application.preferredSlot.invalid"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        // Taking the number locks the unit's row, so two applications of one phone at once are counted one after the other.
        String number = number(unit, now.getYear());
        long open = appointments.countOfPhoneLocked(unit.getId(), request.getPhoneKey(),
                List.of(AppointmentStatus.APPLIED, AppointmentStatus.PLANNED, AppointmentStatus.BOOKED));
        if (ApplicationRules.overLimit(open)) {
            throw InvalidInputException.of("phone", Messages.get(caller.locale(), "reception.application.tooMany", ApplicationRules.MAX_OPEN_PER_PHONE));
        }
        boolean online = channel == ApplicationChannel.ONLINE;
        request.apply(unit.getId(), number, channel, online ? null : caller.username(), now, preferred);
        appointments.add(request);
        audit.record(caller.username(), CoreAuditAction.RECEPTION_APPLIED, "Appointment", request.getId(), unit.getId(),
                number + " " + channel + (preferred == null ? "" : " preferredSlot=" + preferred.getId()));
        return request;
    }

    /**
     * The applications of a unit the caller keeps the desk of, newest first; of one status, or all when null.
     *
     * @throws NotPermittedException unless the caller is LEADER or CLERK of the unit
     */
    @Transactional
    public List<Appointment> applications(Caller caller, Long unitId, AppointmentStatus status) {
        OrgUnit unit = reception.deskUnit(caller, unitId);
        return appointments.ofUnit(unit.getId(), status);
    }

    /** One application, for its unit's desk. */
    @Transactional
    public Appointment application(Caller caller, Long appointmentId) {
        Appointment a = visible(caller, appointmentId, false);
        reception.deskUnit(caller, a.getUnitId());
        return a;
    }

    /**
     * Classifies an applied application, as read at {@code expectedVersion}.
     *
     * @throws EditConflictException       when someone changed it since (another desk classified it first)
     * @throws IllegalTransitionException  when it is no longer waiting for classification
     * @throws InvalidInputException       naming the missing department, guidance or legal route
     */
    @Transactional
    public Appointment classify(Caller caller, Long appointmentId, long expectedVersion, ClassificationInput decision) {
        Appointment a = visible(caller, appointmentId, true);
        reception.deskUnit(caller, a.getUnitId());
        if (a.getVersion() != expectedVersion) {
            throw new EditConflictException(Messages.get(caller.locale(), "reception.application.conflict", a.getNumber(),
                    a.getStatus().label().in(caller.locale())));
        }
        refuseStep(caller, a, ApplicationRules.Step.CLASSIFY);
        validator.check(decision, caller.locale());
        Classification classification = decision.classification();
        LegalRoute legalRoute = decision.legalRoute();
        a.classify(classification, strip(decision.department()), strip(decision.guidance()), legalRoute, caller.username(),
                LocalDateTime.now(clock));
        audit.record(caller.username(), CoreAuditAction.RECEPTION_CLASSIFIED, "Appointment", a.getId(), a.getUnitId(),
                a.getNumber() + " " + classification + (a.getDepartment() == null ? "" : " " + a.getDepartment())
                        + (legalRoute == null ? "" : " " + legalRoute));
        return a;
    }

    /**
     * Books a planned application on a slot of its unit, with the slot's row locked and the same
     * rules as a booking at the desk, and issues its written notice.
     *
     * @throws IllegalTransitionException when it is not on a leader's plan (not yet classified, declined, booked, cancelled)
     * @throws InvalidInputException      for a slot of another unit, past, on a holiday or full, or the phone already on it
     */
    @Transactional
    public Appointment schedule(Caller caller, Long appointmentId, Long slotId) {
        Appointment a = visible(caller, appointmentId, true);
        reception.deskUnit(caller, a.getUnitId());
        refuseStep(caller, a, ApplicationRules.Step.SCHEDULE);
        validator.checkValue(ScheduleInput.class, "slotId", slotId, caller.locale());
        ReceptionSlot slot = reception.slot(caller, slotId);
        if (!slot.getUnitId().equals(a.getUnitId())) {
            throw InvalidInputException.of("slotId", Messages.get(caller.locale(), "reception.application.slotOtherUnit"));
        }
        reception.takePlace(caller, slot, a, new ArrayList<>());
        a.book(slot, caller.username(), LocalDateTime.now(clock));
        notices.issue(a);
        audit.record(caller.username(), CoreAuditAction.RECEPTION_SCHEDULED, "Appointment", a.getId(), a.getUnitId(),
                a.getNumber() + " slot=" + slot.getId() + " " + slot.getDate());
        return a;
    }

    /**
     * What the public learns of its application: found only when the number and the phone (digits
     * compared, by their match key) both match, so a number alone tells nothing; empty otherwise, the
     * same for both. Every miss counts against the address, the number and the phone typed (the
     * receipts' throttle, ADR 0038): numbers are sequential, so without the wait a phone could be
     * tried against every number of a year in seconds.
     *
     * @throws Guesses.TooMany when any of the three guessed too often lately, before anything is looked up
     */
    @Transactional
    public Optional<PublicStatus> publicStatus(String number, String phone, String address, Locale locale) {
        String key = MatchKeys.ofPhone(phone);
        String typedNumber = number == null ? "" : number.strip();
        List<String> tries = new ArrayList<>(List.of(address, "application:" + typedNumber));
        if (key != null) {
            tries.add("phone:" + key);
        }
        if (tries.stream().anyMatch(t -> !guesses.allows(t))) {
            throw Guesses.waitUntil(tries.stream().map(guesses::freeAt).max(java.time.Instant::compareTo).orElseThrow(), clock, locale,
                    "receipt.public.tooMany");
        }
        Optional<PublicStatus> found = typedNumber.isEmpty() || key == null ? Optional.empty()
                : appointments.byNumberAndPhone(typedNumber, key).map(a -> {
                    ReceptionSlot slot = a.getStatus() == AppointmentStatus.BOOKED ? a.getSlot() : null;
                    return slot == null ? new PublicStatus(a.getNumber(), a.getStatus(), null, null, null, null)
                            : new PublicStatus(a.getNumber(), a.getStatus(), slot.getDate(), slot.getStartsAt().toString(),
                            slot.getEndsAt().toString(), slot.getRule().getPlace());
                });
        if (found.isEmpty()) {
            tries.forEach(guesses::failed);
        }
        return found;
    }

    /** Whether reminders go by text message here too (an SMS gateway is configured); the desk tells the petitioner. */
    public boolean smsAvailable() {
        return delivery.smsAvailable();
    }

    private Appointment visible(Caller caller, Long appointmentId, boolean lock) {
        Appointment a = (lock ? appointments.findLocked(appointmentId) : appointments.find(appointmentId)).orElse(null);
        if (a == null || !caller.visibility().sees(reception.unit(a.getUnitId()).getPath())) {
            throw InvalidInputException.of("appointmentId", Messages.get(caller.locale(), "reception.application.notFound"));
        }
        return a;
    }

    private static void refuseStep(Caller caller, Appointment a, ApplicationRules.Step step) {
        String refused = ApplicationRules.refusal(a.getStatus(), step);
        if (refused != null) {
            throw new IllegalTransitionException(Messages.get(caller.locale(), refused));
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
