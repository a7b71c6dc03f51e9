package org.xinfang.core.application.prevention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.plugin.MeetingKind;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.kernel.RecordNotFoundException;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.CoreAuditAction;
import org.xinfang.core.application.kernel.InputValidator;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseRepository;
import org.xinfang.core.domain.model.prevention.AnalysisMeeting;
import org.xinfang.core.domain.model.prevention.AnalysisMeetingRepository;
import org.xinfang.core.domain.model.prevention.MeetingDecision;
import org.xinfang.core.domain.model.unit.OrgUnit;

/**
 * 信访形势分析研判例会 and the other kinds of meeting an agency declares ({@link MeetingKinds}: a
 * court's 联席会议 with outside bodies, a company's monthly 两级领导班子碰头会): a unit's clerks and
 * leaders record a meeting of a kind open to their unit — the matters it reviewed, which must be cases
 * they see in that unit or below, and its decisions — and follow each decision up; the unit and those
 * above read them, month by month and kind by kind, with the undone decisions past their date flagged.
 * A case id the caller may not use is refused by id in the same words whether it exists or not.
 */
@ApplicationScoped
public class AnalysisMeetings {

    /** The most meetings a list holds. */
    public static final int LIST_LIMIT = 200;

    @Inject
    private AnalysisMeetingRepository meetings;

    @Inject
    private CaseRepository cases;

    @Inject
    private MeetingKinds kinds;

    @Inject
    private PreventionDesk desk;

    @Inject
    private IdentityDisclosure disclosure;

    @Inject
    private InputValidator validator;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** A reviewed matter as the caller may read it: number and subject only when they still see the case. */
    public record Matter(Long caseId, String number, String subject) {
    }

    /** A decision with its overdue flag (not done and past its date). */
    public record DecisionView(MeetingDecision decision, boolean overdue) {
    }

    /** A meeting as a page shows it, with its kind's name and what the caller may do on it. */
    public record MeetingView(AnalysisMeeting meeting, List<Matter> matters, List<DecisionView> decisions, boolean mayFollowUp, String kindLabel) {
    }

    /** A kind a unit records, with the day this month's meeting of it was last held (null: not yet; always null unless monthly). */
    public record KindView(MeetingKind kind, LocalDate heldThisMonth) {
    }

    /** How a decision was carried out. */
    public record Done(@NotBlank(message = "{prevention.field.required}") @Size(max = 2000, message = "{prevention.field.tooLong}") String note) {
    }

    /**
     * Records a meeting with its matters and decisions.
     *
     * @throws InvalidInputException naming each bad field, {@code caseIds} with the ids the caller may not use
     * @throws NotPermittedException unless the caller is a clerk or leader of the unit
     */
    @Transactional
    public AnalysisMeeting record(Caller caller, MeetingInput in) {
        validator.check(in, caller.locale());
        OrgUnit unit = desk.recordingUnit(caller, in.unitId());
        MeetingKind kind = kindOf(caller, unit, in);
        List<Case> reviewed = new ArrayList<>();
        List<Long> refused = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(in.caseIds())) {
            Optional<Case> c = cases.find(id, caller.visibility()).filter(x -> unit.contains(x.getUnit()));
            c.ifPresentOrElse(reviewed::add, () -> refused.add(id));
        }
        if (!refused.isEmpty()) {
            throw InvalidInputException.of("caseIds", Messages.get(caller.locale(), "prevention.caseIds.notSeen",
                    refused.stream().map(String::valueOf).collect(Collectors.joining("、")), unit.getName()));
        }
        AnalysisMeeting meeting = new AnalysisMeeting(unit, kind.code(), in.meetingDate(), in.month(), in.attendees().strip(),
                kind.outsideBodies() ? in.outsideBodies().strip() : null,
                protect(reviewed, RiskAssessments.stripped(in.situation()), AnalysisMeeting.LONGEST_SITUATION),
                reviewed.stream().map(Case::getId).collect(Collectors.toSet()), caller.username(), LocalDateTime.now(clock));
        for (MeetingInput.DecisionInput d : in.decisions()) {
            meeting.decide(protect(reviewed, d.decision().strip(), MeetingDecision.LONGEST_TEXT), d.responsible().strip(), d.dueOn());
        }
        meetings.add(meeting);
        audit.record(caller.username(), CoreAuditAction.MEETING_RECORDED, "AnalysisMeeting", meeting.getId(), unit.getId(),
                kind.code() + " " + in.month() + " held " + in.meetingDate() + " matters=" + reviewed.size() + " decisions=" + in.decisions().size());
        return meeting;
    }

    /**
     * The kind the meeting is recorded as: one available to the unit's agency type, with its outside
     * bodies when the kind records them and without when it does not.
     *
     * @throws InvalidInputException naming {@code kind} or {@code outsideBodies}
     */
    private MeetingKind kindOf(Caller caller, OrgUnit unit, MeetingInput in) {
        String code = in.kind() == null || in.kind().isBlank() ? AnalysisMeeting.ANALYSIS_KIND : in.kind().strip();
        List<MeetingKind> available = kinds.availableTo(unit.getAgencyType());
        MeetingKind kind = available.stream().filter(k -> k.code().equals(code)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("kind", Messages.get(caller.locale(), "prevention.kind.notAvailable", code, unit.getName(),
                        available.stream().map(k -> k.label().in(caller.locale()) + "（" + k.code() + "）").collect(Collectors.joining("、")))));
        boolean named = in.outsideBodies() != null && !in.outsideBodies().isBlank();
        if (kind.outsideBodies() && !named) {
            throw InvalidInputException.of("outsideBodies", Messages.get(caller.locale(), "prevention.outsideBodies.required", kind.label().in(caller.locale())));
        }
        if (!kind.outsideBodies() && named) {
            throw InvalidInputException.of("outsideBodies", Messages.get(caller.locale(), "prevention.outsideBodies.notRecorded", kind.label().in(caller.locale())));
        }
        return kind;
    }

    /**
     * Follows up a decision as done, with how it was carried out.
     *
     * @throws RecordNotFoundException    when the caller does not see its meeting
     * @throws NotPermittedException      unless the caller is a clerk or leader of the meeting's unit
     * @throws IllegalTransitionException when it is done already
     * @throws InvalidInputException      naming {@code note}
     */
    @Transactional
    public MeetingDecision done(Caller caller, Long decisionId, Done in) {
        MeetingDecision d = meetings.findDecisionLocked(decisionId).filter(x -> caller.visibility().sees(x.getMeeting().getUnit().getPath()))
                .orElseThrow(() -> new RecordNotFoundException(Messages.get(caller.locale(), "prevention.decision.notFound", String.valueOf(decisionId))));
        OrgUnit unit = d.getMeeting().getUnit();
        desk.requireDesk(caller, unit);
        if (d.isDone()) {
            throw new IllegalTransitionException(Messages.get(caller.locale(), "prevention.decision.done", d.getDoneBy(), d.getDoneAt().toLocalDate()));
        }
        validator.check(in, caller.locale());
        d.done(protect(reviewedSeen(caller, d.getMeeting()), in.note().strip(), MeetingDecision.LONGEST_NOTE), caller.username(),
                LocalDateTime.now(clock));
        audit.record(caller.username(), CoreAuditAction.MEETING_DECISION_DONE, "AnalysisMeeting", d.getMeeting().getId(), unit.getId(),
                "decision " + d.getId() + " " + RiskAssessments.abbreviate(d.getDoneNote()));
        return d;
    }

    /** @throws RecordNotFoundException when the caller does not see the meeting */
    @Transactional
    public MeetingView get(Caller caller, Long meetingId) {
        AnalysisMeeting m = meetings.find(meetingId).filter(x -> caller.visibility().sees(x.getUnit().getPath()))
                .orElseThrow(() -> new RecordNotFoundException(Messages.get(caller.locale(), "prevention.meeting.notFound", String.valueOf(meetingId))));
        return view(caller, m, LocalDate.now(clock));
    }

    /**
     * The meetings of a unit and those below it (none named: every unit the caller sees) that reviewed
     * {@code month} (null: every month), the latest first.
     *
     * @throws InvalidInputException naming {@code unitId} when the caller does not see it
     */
    @Transactional
    public List<MeetingView> list(Caller caller, Long unitId, YearMonth month) {
        return list(caller, unitId, month, null);
    }

    /**
     * The meetings as {@link #list(Caller, Long, YearMonth)}, of one kind (null: every kind).
     *
     * @throws InvalidInputException naming {@code unitId} when the caller does not see it, {@code kind} when no such kind is installed
     */
    @Transactional
    public List<MeetingView> list(Caller caller, Long unitId, YearMonth month, String kind) {
        if (kind != null) {
            kinds.known(kind, caller.locale());
        }
        LocalDate today = LocalDate.now(clock);
        return meetings.within(desk.scope(caller, unitId), month, kind, LIST_LIMIT).stream().map(m -> view(caller, m, today)).toList();
    }

    /**
     * The kinds a unit records (none named: the caller's first unit), the analysis meeting first, each
     * monthly one with whether — and when — this month's meeting was held in that unit.
     *
     * @throws InvalidInputException naming {@code unitId} when the caller does not see it
     */
    @Transactional
    public List<KindView> kinds(Caller caller, Long unitId) {
        OrgUnit unit = desk.ledgerUnit(caller, unitId);
        YearMonth thisMonth = YearMonth.now(clock);
        return kinds.availableTo(unit.getAgencyType()).stream().map(k -> new KindView(k, k.monthly()
                ? meetings.lastHeld(unit.getId(), k.code(), thisMonth.atDay(1), thisMonth.atEndOfMonth()).orElse(null) : null)).toList();
    }

    /** The units the caller records meetings in. */
    @Transactional
    public List<OrgUnit> deskUnits(Caller caller) {
        return desk.deskUnits(caller);
    }

    private MeetingView view(Caller caller, AnalysisMeeting m, LocalDate today) {
        List<Matter> matters = m.getCaseIds().stream().sorted().map(id -> cases.find(id, caller.visibility())
                .map(c -> new Matter(id, c.getNumber(), disclosure.redact(c, c.getSubject()))).orElse(new Matter(id, null, null))).toList();
        List<DecisionView> decisions = m.getDecisions().stream().map(d -> new DecisionView(d, d.isOverdueOn(today))).toList();
        return new MeetingView(m, matters, decisions, desk.keepsDesk(caller, m.getUnit()), kinds.label(m.getKind(), caller.locale()));
    }

    private List<Case> reviewedSeen(Caller caller, AnalysisMeeting m) {
        Set<Long> ids = m.getCaseIds();
        return ids.stream().map(id -> cases.find(id, caller.visibility())).flatMap(Optional::stream).toList();
    }

    /** {@code text} with the sealed identities of every reviewed case replaced by their pseudonyms. */
    private String protect(List<Case> reviewed, String text, int longest) {
        String kept = text;
        for (Case c : reviewed) {
            kept = disclosure.protect(c, kept, longest);
        }
        return kept;
    }
}
