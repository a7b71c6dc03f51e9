package org.xinfang.core.application.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.caller.Visibility;
import org.xinfang.api.model.NoticeKind;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.CaseFormData;
import org.xinfang.api.procedure.ClockDeclaration;
import org.xinfang.api.procedure.ClockEffect;
import org.xinfang.api.procedure.Condition;
import org.xinfang.api.procedure.EffectiveProcedure;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.api.procedure.StepInput;
import org.xinfang.api.procedure.StateDeclaration;
import org.xinfang.api.procedure.TransitionDeclaration;
import org.xinfang.api.procedure.UnitMove;
import org.xinfang.core.application.calendar.WorkCalendars;
import org.xinfang.core.application.cases.CaseConflicts;
import org.xinfang.core.application.cases.CaseNotFoundException;
import org.xinfang.core.application.documents.Notices;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.EditConflictException;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.settings.Settings;
import org.xinfang.core.application.supervision.Referrals;
import org.xinfang.core.domain.model.calendar.WorkCalendar;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseRepository;
import org.xinfang.core.domain.model.document.CaseDocument;
import org.xinfang.core.domain.model.procedure.CaseClock;
import org.xinfang.core.domain.model.procedure.CaseClockRepository;
import org.xinfang.core.domain.model.procedure.CaseStep;
import org.xinfang.core.domain.model.procedure.CaseStepRepository;
import org.xinfang.core.domain.model.procedure.ClockStatus;
import org.xinfang.core.domain.model.procedure.StepFacts;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.domain.model.unit.AgencyLine;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;
import org.xinfang.core.application.kernel.CoreAuditAction;
import jakarta.enterprise.event.Event;
import org.xinfang.api.event.CaseMoved;

/**
 * Runs the procedures: checks a step against the case's state, the caller's roles, the inputs and the
 * clocks; then moves the case, starts, stops, pauses or extends its clocks, appends the step to its
 * history and issues the step's written notice — all in one transaction, so a step without its notice
 * is never recorded. Two people acting on the same case at once: the second gets a conflict.
 */
@ApplicationScoped
public class ProcedureEngine {

    /** A step taken: the case as it now stands, the history entry, the notice it issued (or null). */
    public record StepTaken(Case caseFile, CaseStep step, CaseDocument notice) {
    }

    /** The longest a 交办 may set its report-back date ahead. */
    static final int MAX_DUE_DAYS = 365;

    /** The step's reason column. */
    private static final int LONGEST_REASON = 4000;

    /** The actor of the steps the installation takes by itself (a lapsed clock's consequence). */
    public static final String SYSTEM = "system";

    private static final Caller SYSTEM_CALLER = new Caller(SYSTEM, "系统", List.of(), Locale.SIMPLIFIED_CHINESE);

    /** The system's view: every unit (every materialised path starts with "/"). */
    private static final Visibility EVERYWHERE = new Visibility(Set.of("/"));

    @Inject
    private CaseConflicts conflicts;

    @Inject
    private CaseStepRepository steps;

    @Inject
    private CaseClockRepository caseClocks;

    @Inject
    private Event<org.xinfang.api.event.StepTaken> stepEvents;

    @Inject
    private Event<CaseMoved> moveEvents;

    @Inject
    private CaseRepository cases;

    @Inject
    private OrgUnitRepository units;

    @Inject
    private Procedures procedures;

    @Inject
    private PluginRegistry plugins;

    @Inject
    private WorkCalendars calendars;

    @Inject
    private Settings settings;

    @Inject
    private Notices notices;

    @Inject
    private AuditLog audit;

    @Inject
    private IdentityDisclosure disclosure;

    @Inject
    private Referrals referrals;

    @Inject
    private ReviewBodies reviewBodies;

    @Inject
    private Clock clock;

    /**
     * Starts the clocks a new case runs from registration — those its plugin wants for this case's form
     * — and writes the first history entry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void registered(Case c, CaseFormData form) {
        EffectiveProcedure procedure = procedures.of(c.getAgencyType());
        Optional<AgencyPlugin> plugin = plugins.find(c.getAgencyType());
        LocalDate today = c.getCreatedAt().toLocalDate();
        WorkCalendar calendar = calendars.current();
        for (ClockDeclaration declared : procedure.clocks()) {
            if (declared.startsAtRegistration()
                    && plugin.map(p -> p.startsClockAtRegistration(declared.name(), form)).orElse(true)) {
                CaseClock started = new CaseClock(c.getId(), declared.name());
                started.start(c.getReceivedOn().isBefore(today) ? c.getReceivedOn() : today, registrationDays(procedure, declared, c),
                        declared.count(), calendar);
                caseClocks.add(started);
            }
        }
        steps.add(new CaseStep(c.getId(), CaseStep.REGISTER, c.getStatus(), c.getStatus(), c.getCreatedBy(), c.getCreatedAt(),
                StepFacts.NONE, c.getUnit().getId(), c.getUnit().getId()));
    }

    /** A clock's period from registration: the setting, or for a same-day channel's intake clock that channel's own. */
    private int registrationDays(EffectiveProcedure procedure, ClockDeclaration declared, Case c) {
        Integer sameDay = ClockSettings.SAME_DAY_CHANNELS.get(c.getChannel());
        if (sameDay != null && declared.name().equals(GeneralProcedure.CLOCK_INTAKE)) {
            return settings.number(ClockSettings.channelKey(c.getChannel()), sameDay);
        }
        return settings.number(procedure.settingKey(declared), declared.days());
    }

    /**
     * Takes the step {@code transition} on a case the caller may see, provided nobody changed the case
     * since {@code expectedVersion} was read.
     *
     * @throws CaseNotFoundException       when the case is outside the caller's view
     * @throws InvalidInputException       naming the unknown step or each missing or bad input
     * @throws NotPermittedException       when none of the caller's roles may take it
     * @throws IllegalTransitionException  when the state or a clock does not allow it now
     * @throws EditConflictException       when someone else changed the case first
     */
    @Transactional
    public StepTaken take(Caller caller, Long caseId, long expectedVersion, String transition, StepFacts facts) {
        Locale locale = caller.locale();
        Case c = cases.find(caseId, caller.visibility()).orElseThrow(() -> cases.findFollowed(caseId, caller.visibility())
                // A unit that sent the case on or decided it keeps sight of it, not the work: say so, not "not found".
                .<RuntimeException>map(followed -> new NotPermittedException(Messages.get(locale, "step.followedOnly", followed.getUnit().getName())))
                .orElseGet(() -> new CaseNotFoundException(caseId)));
        if (c.getVersion() != expectedVersion) {
            throw conflict(locale, c);
        }
        EffectiveProcedure procedure = procedures.of(c.getAgencyType());
        TransitionDeclaration step = procedure.transition(transition == null ? "" : transition)
                .orElseThrow(() -> InvalidInputException.of("transition", Messages.get(locale, "step.unknown", transition)));
        String stepLabel = step.label().in(locale);
        if (!step.from().contains(c.getStatus())) {
            throw new IllegalTransitionException(Messages.get(locale, "step.illegal", stateLabel(procedure, c.getStatus(), locale), stepLabel));
        }
        Set<String> roles = procedures.effectiveRoles(caller, c.getUnit());
        if (step.roles().stream().noneMatch(roles::contains)) {
            throw new NotPermittedException(Messages.get(locale, "step.notPermitted", c.getUnit().getName(), stepLabel));
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, CaseClock> clocks = clocksOf(c.getId());
        List<String> blocked = blockers(procedure, step, c, clocks, today, caller);
        if (!blocked.isEmpty()) {
            throw new IllegalTransitionException(String.join(" ", blocked));
        }
        OrgUnit target = checkInputs(procedure, step, c, clocks, facts, today, locale);
        OrgUnit to = destination(step.move(), c, target, stepLabel, locale);
        Optional<PluginRules> rules = pluginRules(c);
        if (!to.getId().equals(c.getUnit().getId())) {
            rules.flatMap(r -> r.refusedMove(step, c.getUnit(), to, locale)).ifPresent(why -> {
                throw new IllegalTransitionException(why);
            });
        }
        rules.flatMap(r -> r.refusedAtRegisteringUnit(step, locale)).ifPresent(why -> {
            throw new IllegalTransitionException(why);
        });
        return perform(caller, c, procedure, step, clocks, facts, to, today);
    }

    /**
     * Takes {@code transition} in the system's name (actor {@value #SYSTEM}) with {@code reason}, when it
     * applies now: the case is in one of its from-states, nothing blocks it, it asks for no input but a
     * reason and the move it makes has a destination the case's plugin accepts. Otherwise nothing is
     * written and nothing thrown — the scheduled work that asked (a lapsed clock's announcement) runs on
     * in its own transaction, which a refusal thrown here would roll back.
     */
    @Transactional
    public Optional<StepTaken> takeBySystem(Long caseId, String transition, String reason) {
        Optional<Case> found = cases.find(caseId, EVERYWHERE);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Case c = found.get();
        EffectiveProcedure procedure = procedures.of(c.getAgencyType());
        Optional<TransitionDeclaration> declared = procedure.transition(transition == null ? "" : transition);
        if (declared.isEmpty() || !declared.get().from().contains(c.getStatus())
                || !Set.of(StepInput.REASON).containsAll(declared.get().inputs())
                || declared.get().move() == UnitMove.TO_TARGET
                || (declared.get().requires(StepInput.REASON) && (reason == null || reason.isBlank() || reason.length() > LONGEST_REASON))) {
            return Optional.empty();
        }
        TransitionDeclaration step = declared.get();
        Locale locale = SYSTEM_CALLER.locale();
        LocalDate today = LocalDate.now(clock);
        Map<String, CaseClock> clocks = clocksOf(c.getId());
        if (!blockers(procedure, step, c, clocks, today, SYSTEM_CALLER).isEmpty()) {
            return Optional.empty();
        }
        Optional<OrgUnit> to = switch (step.move()) {
            case UP_LINE -> AgencyLine.above(c.getUnit(), c.getAgencyType(), units::childrenOf);
            default -> Optional.of(destination(step.move(), c, null, step.label().in(locale), locale));
        };
        if (to.isEmpty()) {
            return Optional.empty();
        }
        Optional<PluginRules> rules = pluginRules(c);
        if (!to.get().getId().equals(c.getUnit().getId())
                && rules.flatMap(r -> r.refusedMove(step, c.getUnit(), to.get(), locale)).isPresent()) {
            return Optional.empty();
        }
        if (rules.flatMap(r -> r.refusedAtRegisteringUnit(step, locale)).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(perform(SYSTEM_CALLER, c, procedure, step, clocks,
                new StepFacts(reason, null, null, null, null, null, null), to.get(), today));
    }

    /** Writes a step already checked: clocks, the move, the history, its notice, the audit and the events. */
    private StepTaken perform(Caller caller, Case c, EffectiveProcedure procedure, TransitionDeclaration step,
                              Map<String, CaseClock> clocks, StepFacts facts, OrgUnit to, LocalDate today) {
        Locale locale = caller.locale();
        // A reason typed with the reporter's name or phone in it is stored with the pseudonym instead.
        StepFacts given = c.hasSealedIdentities() ? facts.withReason(disclosure.protect(c, facts.reason(), LONGEST_REASON)) : facts;
        OrgUnit from = c.getUnit();
        // The notice's number first: it locks the issuing unit's row, and taking that lock before any
        // insert that references the unit (each takes a shared lock on it in InnoDB) keeps two steps
        // in one unit from deadlocking on MySQL.
        String noticeNumber = step.notice() == null ? null : notices.number(from, today.getYear(), step.notice());
        WorkCalendar calendar = calendars.current();
        applyClocks(procedure, step, c, clocks, given, today, calendar);
        String fromState = c.getStatus();
        LocalDateTime now = LocalDateTime.now(clock);
        c.moveTo(step.to(), to, caller.username(), now);
        CaseStep taken = new CaseStep(c.getId(), step.name(), fromState, step.to(), caller.username(), now, given,
                from.getId(), to.getId());
        steps.add(taken);
        if (taken.movedUnit()) {
            referrals.moved(c, step, given, from, to, caller.username(), now);
        }
        try {
            cases.flush();
        } catch (OptimisticLockException concurrentWriter) {
            throw conflict(locale, c);
        }
        CaseDocument notice = step.notice() == null ? null
                : notices.issue(caller, c, procedure, step, taken, given, from, to, clocks, today, noticeNumber);
        audit.record(caller.username(), CoreAuditAction.CASE_STEP, "Case", c.getId(), to.getId(),
                new StepAuditDetail(step.name(), fromState, step.to(), taken.movedUnit() ? from.getId() : null,
                        taken.movedUnit() ? to.getId() : null, given.reason()).text());
        stepEvents.fire(new org.xinfang.api.event.StepTaken(c.getId(), c.getAgencyType(), step.name(), fromState, step.to(),
                to.getId(), caller.username()));
        if (taken.movedUnit()) {
            moveEvents.fire(new CaseMoved(c.getId(), c.getAgencyType(), from.getId(), to.getId(), step.name(), caller.username()));
        }
        return new StepTaken(c, taken, notice);
    }

    /** The steps the caller may take on the case now, and those their roles allow but the clocks block (with why). */
    @Transactional
    public List<StepOption> options(Caller caller, Long caseId) {
        return options(caller, visible(caller, caseId));
    }

    /**
     * The same for a case already in hand — also one that a step just moved out of the caller's view,
     * so that the answer to that step can still show where the case went.
     */
    @Transactional
    public List<StepOption> options(Caller caller, Case c) {
        EffectiveProcedure procedure = procedures.of(c.getAgencyType());
        Set<String> roles = procedures.effectiveRoles(caller, c.getUnit());
        Map<String, CaseClock> clocks = clocksOf(c.getId());
        LocalDate today = LocalDate.now(clock);
        Optional<PluginRules> rules = pluginRules(c);
        List<StepOption> options = new ArrayList<>();
        for (TransitionDeclaration t : procedure.from(c.getStatus())) {
            if (t.roles().stream().anyMatch(roles::contains)) {
                List<String> blocked = blockers(procedure, t, c, clocks, today, caller);
                rules.ifPresent(r -> blocked.addAll(pluginBlockers(r, c, t, caller.locale())));
                if (t.move() == UnitMove.REVIEW_BODY && reviewBodies.above(c.getAgencyType(), c.getUnit()).isEmpty()) {
                    blocked.add(noReviewBody(c, t.label().in(caller.locale()), caller.locale()));
                }
                options.add(new StepOption(t, blocked.isEmpty() ? null : String.join(" ", blocked), maxExtension(procedure, t)));
            }
        }
        return options;
    }

    /**
     * The units {@code transition} may name as its target on the case: every unit the step and the case's
     * plugin would accept — not the case's own, only units below for a 交办, none the plugin refuses (a
     * workshop of another company) — so that the step's dialog offers only choices that will be taken.
     */
    @Transactional
    public List<OrgUnit> targets(Case c, String transition) {
        Optional<TransitionDeclaration> declared = procedures.of(c.getAgencyType()).transition(transition == null ? "" : transition);
        if (declared.isEmpty() || !declared.get().requires(StepInput.TARGET_UNIT)) {
            return List.of();
        }
        TransitionDeclaration step = declared.get();
        Optional<PluginRules> rules = pluginRules(c);
        Locale locale = Locale.ROOT;
        return units.findAll().stream()
                .filter(unit -> targetProblem(step, c, unit, locale).isEmpty())
                .filter(unit -> step.move() != UnitMove.TO_TARGET
                        || rules.flatMap(r -> r.refusedMove(step, c.getUnit(), unit, locale)).isEmpty())
                .toList();
    }

    /** What is wrong with {@code target} as the unit {@code step} names, whatever the case's plugin says. */
    private static Optional<String> targetProblem(TransitionDeclaration step, Case c, OrgUnit target, Locale locale) {
        if (target.getId().equals(c.getUnit().getId())) {
            return Optional.of(Messages.get(locale, "step.target.same"));
        }
        if (step.notice() == NoticeKind.ASSIGNMENT && !c.getUnit().contains(target)) {
            // 交办 is a body's instruction to one below it, and its 交办函 says so; a matter for a
            // body elsewhere or above is forwarded (转送), never assigned.
            return Optional.of(Messages.get(locale, "step.target.notBelow", target.getName(), c.getUnit().getName()));
        }
        return Optional.empty();
    }

    /** A step the caller's roles allow from the case's state; {@code blockedBecause} is null when it may be taken now. */
    public record StepOption(TransitionDeclaration transition, String blockedBecause, int maxExtensionDays) {

        public boolean isAvailable() {
            return blockedBecause == null;
        }
    }

    /** The case's history, oldest first. */
    @Transactional
    public List<CaseStep> history(Caller caller, Long caseId) {
        return history(visible(caller, caseId));
    }

    @Transactional
    public List<CaseStep> history(Case c) {
        return steps.ofCase(c.getId());
    }

    /**
     * A notice of the step {@code stepId} was served on {@code servedOn}, later than the step itself (the
     * petitioner fetched it on the portal): each window that step opened for the petitioner and that is
     * still running starts again from service ({@link GeneralProcedure#WINDOWS_FROM_SERVICE}). Answers
     * the windows moved, for the audit trail.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ClockReading> servedLater(Case c, Long stepId, LocalDate servedOn) {
        Optional<CaseStep> issuing = steps.ofCase(c.getId()).stream().filter(s -> s.getId().equals(stepId)).findFirst();
        EffectiveProcedure procedure = procedures.of(c.getAgencyType());
        Optional<TransitionDeclaration> step = issuing.flatMap(s -> procedure.transition(s.getTransition()));
        if (step.isEmpty()) {
            return List.of();
        }
        Map<String, CaseClock> clocks = clocksOf(c.getId());
        WorkCalendar calendar = calendars.current();
        List<ClockReading> moved = new ArrayList<>();
        step.get().clocks().stream()
                .filter(effect -> effect.action() == ClockEffect.Action.START && GeneralProcedure.WINDOWS_FROM_SERVICE.contains(effect.clock()))
                .forEach(effect -> {
                    CaseClock window = clocks.get(effect.clock());
                    Optional<ClockDeclaration> declared = procedure.clock(effect.clock());
                    if (window != null && declared.isPresent() && window.getStatus() == ClockStatus.RUNNING
                            && window.getStartedOn().isBefore(servedOn)) {
                        window.start(servedOn, window.getDays(), window.getCount(), calendar);
                        moved.add(reading(declared.get(), window));
                    }
                });
        return moved;
    }

    /** The case's clocks as they stand today, in the order the procedure declares them. */
    @Transactional
    public List<ClockReading> clocks(Caller caller, Long caseId) {
        return clocks(visible(caller, caseId));
    }

    @Transactional
    public List<ClockReading> clocks(Case c) {
        EffectiveProcedure procedure = procedures.of(c.getAgencyType());
        Map<String, CaseClock> clocks = clocksOf(c.getId());
        List<ClockReading> readings = new ArrayList<>();
        for (ClockDeclaration declared : procedure.clocks()) {
            CaseClock kept = clocks.get(declared.name());
            if (kept != null) {
                readings.add(reading(declared, kept));
            }
        }
        return readings;
    }

    /**
     * The most pressing running clock of each case (paused ones included, stopped ones not), for lists:
     * one query for a page of cases.
     */
    @Transactional
    public Map<Long, ClockReading> nextDeadlines(List<Case> page) {
        if (page.isEmpty()) {
            return Map.of();
        }
        Map<Long, Case> byId = page.stream().collect(Collectors.toMap(Case::getId, c -> c));
        Map<Long, ClockReading> next = new HashMap<>();
        for (CaseClock kept : caseClocks.runningOf(byId.keySet())) {
            if (!next.containsKey(kept.getCaseId())) {
                procedures.of(byId.get(kept.getCaseId()).getAgencyType()).clock(kept.getName())
                        .ifPresent(declared -> next.put(kept.getCaseId(), reading(declared, kept)));
            }
        }
        return next;
    }

    private Case visible(Caller caller, Long caseId) {
        return cases.find(caseId, caller.visibility()).orElseThrow(() -> new CaseNotFoundException(caseId));
    }

    private ClockReading reading(ClockDeclaration declared, CaseClock kept) {
        LocalDate today = LocalDate.now(clock);
        WorkCalendar calendar = calendars.current();
        LocalDate due = kept.dueAsOf(today, calendar);
        Long left = kept.getStatus() == ClockStatus.STOPPED ? null : calendar.daysLeft(today, due, kept.getCount());
        return new ClockReading(declared.name(), declared.label(), kept.getCount(), kept.getDays(), kept.getStartedOn(), due,
                left, kept.getStatus(), kept.getPausedSince(), kept.getPausedDays(), kept.getExtensionDays(), kept.getStoppedOn(),
                calendar.knows(due));
    }

    private Map<String, CaseClock> clocksOf(Long caseId) {
        return caseClocks.ofCase(caseId).stream().collect(Collectors.toMap(CaseClock::getName, k -> k));
    }

    /** What keeps the step from being taken now: unmet conditions, a second extension. */
    private List<String> blockers(EffectiveProcedure procedure, TransitionDeclaration step, Case c, Map<String, CaseClock> clocks,
                                  LocalDate today, Caller caller) {
        Locale locale = caller.locale();
        List<String> blocked = new ArrayList<>();
        String stepLabel = step.label().in(locale);
        for (Condition condition : step.conditions()) {
            CaseClock kept = condition.clock() == null ? null : clocks.get(condition.clock());
            String clockLabel = condition.clock() == null ? "" : procedure.clock(condition.clock()).map(d -> d.label().in(locale)).orElse(condition.clock());
            switch (condition.kind()) {
                case WITHIN_CLOCK -> {
                    if (kept == null || kept.getStatus() == ClockStatus.STOPPED) {
                        blocked.add(Messages.get(locale, "step.within.notRunning", clockLabel, stepLabel));
                    } else if (kept.isLapsed(today)) {
                        blocked.add(Messages.get(locale, "step.within.lapsed", clockLabel, kept.getDueOn(), stepLabel));
                    }
                }
                case CLOCK_LAPSED -> {
                    if (kept == null || kept.getStatus() == ClockStatus.STOPPED) {
                        blocked.add(Messages.get(locale, "step.within.notRunning", clockLabel, stepLabel));
                    } else if (!kept.isLapsed(today)) {
                        blocked.add(Messages.get(locale, "step.lapsed.notYet", clockLabel, kept.dueAsOf(today, calendars.current()), stepLabel));
                    }
                }
                case REPEAT_OF_CONCLUDED -> {
                    if (c.getRepeatOf() == null || !concluded(c.getRepeatOf())) {
                        blocked.add(Messages.get(locale, "step.repeat.none"));
                    }
                }
                case NO_REVIEW_BODY -> reviewBodies.above(c.getAgencyType(), c.getUnit()).ifPresent(body ->
                        blocked.add(Messages.get(locale, "step.reviewBody.exists", body.getName(), stepLabel)));
                case NOT_REPEAT_OF_CONCLUDED -> {
                    if (c.getRepeatOf() != null && concluded(c.getRepeatOf())) {
                        // The concluded case is named only to a caller who may see it (repeat detection never
                        // reveals a case the caller cannot see).
                        Case seen = c.repeatOfSeenBy(caller.visibility());
                        blocked.add(seen == null ? Messages.get(locale, "step.repeat.concludedUnseen", stepLabel)
                                : Messages.get(locale, "step.repeat.concluded", seen.getNumber(), stepLabel));
                    }
                }
            }
        }
        for (ClockEffect effect : step.clocks()) {
            CaseClock kept = clocks.get(effect.clock());
            if (effect.action() == ClockEffect.Action.EXTEND) {
                String clockLabel = procedure.clock(effect.clock()).map(d -> d.label().in(locale)).orElse(effect.clock());
                if (kept == null || kept.getStatus() == ClockStatus.STOPPED) {
                    blocked.add(Messages.get(locale, "step.within.notRunning", clockLabel, stepLabel));
                } else if (kept.isExtended()) {
                    blocked.add(Messages.get(locale, "step.extension.once", clockLabel));
                }
            }
        }
        return blocked;
    }

    private static boolean concluded(Case earlier) {
        return GeneralProcedure.CONCLUDED.equals(earlier.getStatus());
    }

    /** Checks each input the step asks for; returns the target unit when it asks for one. */
    private OrgUnit checkInputs(EffectiveProcedure procedure, TransitionDeclaration step, Case c, Map<String, CaseClock> clocks,
                                StepFacts facts, LocalDate today, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        OrgUnit target = null;
        if (step.requires(StepInput.REASON)) {
            if (facts.reason() == null || facts.reason().isBlank()) {
                problems.add(required("reason", locale));
            } else if (facts.reason().length() > LONGEST_REASON) {
                problems.add(new FieldProblem("reason", Messages.get(locale, "step.reason.size", LONGEST_REASON)));
            }
        }
        if (step.requires(StepInput.TARGET_UNIT)) {
            if (facts.targetUnitId() == null) {
                problems.add(required("targetUnitId", locale));
            } else {
                Optional<OrgUnit> found = units.find(facts.targetUnitId());
                if (found.isEmpty()) {
                    problems.add(new FieldProblem("targetUnitId", Messages.get(locale, "step.target.unknown", facts.targetUnitId())));
                } else {
                    Optional<String> problem = targetProblem(step, c, found.get(), locale);
                    if (problem.isPresent()) {
                        problems.add(new FieldProblem("targetUnitId", problem.get()));
                    } else {
                        target = found.get();
                    }
                }
            }
        }
        if (step.requires(StepInput.DUE_DATE)) {
            if (facts.dueDate() == null) {
                problems.add(required("dueDate", locale));
            } else if (!facts.dueDate().isAfter(today)) {
                problems.add(new FieldProblem("dueDate", Messages.get(locale, "step.dueDate.past")));
            } else if (facts.dueDate().isAfter(today.plusDays(MAX_DUE_DAYS))) {
                problems.add(new FieldProblem("dueDate", Messages.get(locale, "step.dueDate.tooFar", MAX_DUE_DAYS)));
            }
        }
        if (step.requires(StepInput.OUTCOME) && facts.outcome() == null) {
            problems.add(required("outcome", locale));
        }
        if (step.requires(StepInput.LEGAL_ROUTE) && facts.legalRoute() == null) {
            problems.add(required("legalRoute", locale));
        }
        if (step.requires(StepInput.RATING) && facts.rating() == null) {
            problems.add(required("rating", locale));
        }
        if (step.requires(StepInput.EXTENSION_DAYS)) {
            int max = maxExtension(procedure, step);
            if (facts.extensionDays() == null) {
                problems.add(required("extensionDays", locale));
            } else if (facts.extensionDays() < 1 || facts.extensionDays() > max) {
                problems.add(new FieldProblem("extensionDays", Messages.get(locale, "step.extension.range", max)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return target;
    }

    /** The longest extension the step's extended clock allows (its setting), 0 when it extends none. */
    private int maxExtension(EffectiveProcedure procedure, TransitionDeclaration step) {
        return step.clocks().stream().filter(e -> e.action() == ClockEffect.Action.EXTEND)
                .map(e -> procedure.clock(e.clock())).flatMap(Optional::stream)
                .mapToInt(d -> settings.number(procedure.extensionSettingKey(d), d.maxExtensionDays()))
                .findFirst().orElse(0);
    }

    private static FieldProblem required(String field, Locale locale) {
        return new FieldProblem(field, Messages.get(locale, "step.input.required", Messages.get(locale, "step.field." + field)));
    }

    /**
     * Where the step takes the case: a named unit, back where it came from, to the body that reviews its
     * unit's decisions, up its agency's line, or nowhere.
     */
    private OrgUnit destination(UnitMove move, Case c, OrgUnit target, String stepLabel, Locale locale) {
        return switch (move) {
            case NONE -> c.getUnit();
            case TO_TARGET -> target;
            case REVIEW_BODY -> reviewBodies.above(c.getAgencyType(), c.getUnit())
                    .orElseThrow(() -> new IllegalTransitionException(noReviewBody(c, stepLabel, locale)));
            case UP_LINE -> AgencyLine.above(c.getUnit(), c.getAgencyType(), units::childrenOf)
                    .orElseThrow(() -> new IllegalTransitionException(Messages.get(locale, "step.line.none", c.getUnit().getName(),
                            agencyLabel(c.getAgencyType(), locale), stepLabel)));
            case BACK -> cameFrom(c);
        };
    }

    /** Why a review cannot be asked: the unit that decided stands at the top of its agency's review line. */
    private String noReviewBody(Case c, String stepLabel, Locale locale) {
        return Messages.get(locale, "step.review.none", c.getUnit().getName(), agencyLabel(c.getAgencyType(), locale), stepLabel);
    }

    private String agencyLabel(String agencyType, Locale locale) {
        return plugins.agencyLabel(agencyType, locale);
    }

    /**
     * The case's plugin's rules on moves and on its registering unit, with the case's form and whether
     * the case has never left that unit read once for all the steps asked about.
     */
    private record PluginRules(AgencyPlugin plugin, CaseFormData form, boolean neverMoved) {

        /** The objection to the registering unit taking {@code step} while the case has never left it (a head's report is only sent up). */
        Optional<String> refusedAtRegisteringUnit(TransitionDeclaration step, Locale locale) {
            return neverMoved ? plugin.refusesAtRegisteringUnit(form, step.name()).map(why -> why.in(locale)) : Optional.empty();
        }

        /** The objection to moving the case from {@code from} to {@code to} (a head's report to a bureau). */
        Optional<String> refusedMove(TransitionDeclaration step, OrgUnit from, OrgUnit to, Locale locale) {
            return plugin.refusesMove(form, step.name(), new AgencyPlugin.MoveTarget(to.getId(), to.getName(), to.getAgencyType(),
                            to.getLevel(), to.getParent() == null ? null : to.getParent().getId(), from.getId()))
                    .map(why -> why.in(locale));
        }
    }

    /** The rules of the case's plugin, when it has one. */
    private Optional<PluginRules> pluginRules(Case c) {
        return plugins.find(c.getAgencyType()).map(plugin -> new PluginRules(plugin,
                cases.form(plugin.caseForm().entity(), c.getId()).orElse(null),
                steps.ofCase(c.getId()).stream().noneMatch(CaseStep::movedUnit)));
    }

    /**
     * What the case's plugin holds against a step before anyone fills it in, so that it is shown
     * blocked, with why, rather than offered and then refused: the registering unit's own refusals (a
     * head's report is only sent up), a refused move up the line, whose target is known beforehand, and
     * a step to a chosen unit the plugin refuses for every unit (a company's chain of responsibility
     * not yet filled in), which would otherwise open a dialog with nothing to choose.
     */
    private List<String> pluginBlockers(PluginRules rules, Case c, TransitionDeclaration step, Locale locale) {
        List<String> blocked = new ArrayList<>();
        rules.refusedAtRegisteringUnit(step, locale).ifPresent(blocked::add);
        if (step.move() == UnitMove.UP_LINE) {
            // The case may come from another transaction (a page's): walk the tree from the unit as read here.
            units.find(c.getUnit().getId()).flatMap(unit -> AgencyLine.above(unit, c.getAgencyType(), units::childrenOf))
                    .flatMap(to -> rules.refusedMove(step, c.getUnit(), to, locale)).ifPresent(blocked::add);
        }
        if (step.move() == UnitMove.TO_TARGET && step.requires(StepInput.TARGET_UNIT)) {
            everyTargetRefused(rules, c, step, locale).ifPresent(blocked::add);
        }
        return blocked;
    }

    /**
     * Why the plugin refuses every unit the core would let {@code step} name, or empty when it accepts
     * one: its refusals for the units directly below the case's (where such a step most often goes,
     * so they are asked first and the whole tree only when each of them is refused), or for all when
     * none is below, each said once.
     */
    private Optional<String> everyTargetRefused(PluginRules rules, Case c, TransitionDeclaration step, Locale locale) {
        Optional<Map<Long, String>> below = refusals(rules, c, step, units.childrenOf(c.getUnit()), locale);
        Optional<Map<Long, String>> all = below.flatMap(b -> refusals(rules, c, step, units.findAll(), locale));
        return all.filter(refused -> !refused.isEmpty())
                .map(refused -> String.join(" ", new LinkedHashSet<>((below.get().isEmpty() ? refused : below.get()).values())));
    }

    /** The plugin's refusal of each of {@code candidates} the core accepts, by unit id; empty as soon as it accepts one. */
    private Optional<Map<Long, String>> refusals(PluginRules rules, Case c, TransitionDeclaration step, List<OrgUnit> candidates,
                                                 Locale locale) {
        Map<Long, String> refusals = new LinkedHashMap<>();
        for (OrgUnit unit : candidates) {
            if (targetProblem(step, c, unit, locale).isPresent()) {
                continue;
            }
            Optional<String> refused = rules.refusedMove(step, c.getUnit(), unit, locale);
            if (refused.isEmpty()) {
                return Optional.empty();
            }
            refusals.put(unit.getId(), refused.get());
        }
        return Optional.of(refusals);
    }

    /** The unit that last sent the case to where it is now (the registering unit when none did). */
    private OrgUnit cameFrom(Case c) {
        return steps.lastArrival(c.getId(), c.getUnit().getId()).flatMap(s -> units.find(s.getFromUnitId())).orElse(c.getUnit());
    }

    private void applyClocks(EffectiveProcedure procedure, TransitionDeclaration step, Case c, Map<String, CaseClock> clocks,
                             StepFacts facts, LocalDate today, WorkCalendar calendar) {
        for (ClockEffect effect : step.clocks()) {
            ClockDeclaration declared = procedure.clock(effect.clock()).orElseThrow();
            CaseClock kept = clocks.get(effect.clock());
            switch (effect.action()) {
                case START -> {
                    boolean first = kept == null;
                    if (first) {
                        kept = new CaseClock(c.getId(), declared.name());
                        clocks.put(declared.name(), kept);
                    }
                    if (declared.dueDateGiven()) {
                        kept.startUntil(today, facts.dueDate(), calendar);
                    } else {
                        kept.start(today, settings.number(procedure.settingKey(declared), declared.days()), declared.count(), calendar);
                    }
                    if (first) {
                        caseClocks.add(kept);
                    }
                }
                case STOP -> {
                    if (kept != null && kept.getStatus() != ClockStatus.STOPPED) {
                        kept.stop(today);
                    }
                }
                case PAUSE -> {
                    if (kept != null) {
                        kept.pause(today);
                    }
                }
                case RESUME -> {
                    if (kept != null) {
                        kept.resume(today, calendar);
                    }
                }
                case EXTEND -> kept.extend(facts.extensionDays(), calendar);
            }
        }
        // A finished matter owes nothing more: whatever its procedure left running stops with it.
        if (procedure.state(step.to()).map(StateDeclaration::terminal).orElse(false)) {
            clocks.values().stream().filter(k -> k.getStatus() != ClockStatus.STOPPED).forEach(k -> k.stop(today));
        }
    }

    private static String stateLabel(EffectiveProcedure procedure, String state, Locale locale) {
        return procedure.state(state).map(s -> s.label().in(locale)).orElse(state);
    }

    private EditConflictException conflict(Locale locale, Case c) {
        return conflicts.of(locale, c);
    }
}
