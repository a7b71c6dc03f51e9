package org.xinfang.core.application.supervision;

import static org.xinfang.core.domain.model.user.CoreRoles.CLERK;
import static org.xinfang.core.domain.model.user.CoreRoles.HANDLER;
import static org.xinfang.core.domain.model.user.CoreRoles.LEADER;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.api.procedure.StepInput;
import org.xinfang.api.procedure.TransitionDeclaration;
import org.xinfang.api.procedure.UnitMove;
import org.xinfang.core.application.calendar.WorkCalendars;
import org.xinfang.core.application.cases.CaseNotFoundException;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.CoreAuditAction;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.application.procedure.Procedures;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseRepository;
import org.xinfang.core.domain.model.procedure.CaseClock;
import org.xinfang.core.domain.model.procedure.CaseClockRepository;
import org.xinfang.core.domain.model.procedure.CaseStep;
import org.xinfang.core.domain.model.procedure.CaseStepRepository;
import org.xinfang.core.domain.model.procedure.ClockStatus;
import org.xinfang.core.domain.model.procedure.StepFacts;
import org.xinfang.core.domain.model.supervision.CaseReferral;
import org.xinfang.core.domain.model.supervision.CaseReferralRepository;
import org.xinfang.core.domain.model.supervision.ReferralStatus;
import org.xinfang.core.domain.model.supervision.ReminderKind;
import org.xinfang.core.domain.model.unit.OrgUnit;

/**
 * 转送/交办 as the sending unit follows them: every step that moves a case to another unit is recorded
 * here, and the sending unit keeps read-only sight of the case. An assignment with a report-back date
 * comes back with its result (报告办理结果); the assigning unit files it (审结备案) or returns it for more
 * work with its reasons and a new date, which restarts the report-back clock.
 */
@ApplicationScoped
public class Referrals {

    /** The longest a returned matter may be given until its new report-back date. */
    static final int MAX_DUE_DAYS = 365;

    @Inject
    private CaseReferralRepository referrals;

    @Inject
    private CaseRepository cases;

    @Inject
    private CaseStepRepository steps;

    @Inject
    private CaseClockRepository clocks;

    @Inject
    private Procedures procedures;

    @Inject
    private WorkCalendars calendars;

    @Inject
    private Recipients recipients;

    @Inject
    private Inbox inbox;

    @Inject
    private IdentityDisclosure disclosure;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** A referral as a page shows it, with what the caller may do on it. */
    public record ReferralView(CaseReferral referral, boolean mayReport, boolean mayFile, boolean overdue) {
    }

    /** A referral with its case's number and subject, for the sending unit's list. */
    public record Followed(CaseReferral referral, String caseNumber, String subject, String caseStatus, boolean overdue) {
    }

    /**
     * Records a step that moved a case from {@code from} to {@code to}. A step that sends it back (an
     * objection) ends the referral it came by; a step that sends it to a unit the step names (转送, 交办)
     * starts one, waiting for a report when the step set a report-back date; a review sent to the body
     * above starts one that the deciding unit follows read-only; a move up the agency's line starts none.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moved(Case c, TransitionDeclaration step, StepFacts facts, OrgUnit from, OrgUnit to, String by, LocalDateTime at) {
        if (step.move() == UnitMove.BACK) {
            referrals.ofCase(c.getId()).stream()
                    .filter(r -> r.getToUnit().getId().equals(from.getId()) && r.getFromUnit().getId().equals(to.getId()))
                    .filter(r -> r.getStatus() != ReferralStatus.FILED && r.getStatus() != ReferralStatus.WITHDRAWN)
                    .forEach(CaseReferral::withdrawn);
            return;
        }
        if (step.move() == UnitMove.REVIEW_BODY) {
            // The unit whose decision is under review keeps read-only sight of it: it answers for that
            // decision and sees what the body above makes of it, but no longer acts on the case.
            referrals.add(new CaseReferral(c.getId(), step.name(), from, to, null, by, at));
            return;
        }
        if (step.move() != UnitMove.TO_TARGET) {
            // Otherwise only a 转送 or 交办 is followed. A move up the agency's line (a report about a
            // body's own head, sealed) gives the unit it leaves no sight of it.
            return;
        }
        LocalDate reportBy = step.inputs().contains(StepInput.DUE_DATE) ? facts.dueDate() : null;
        referrals.add(new CaseReferral(c.getId(), step.name(), from, to, reportBy, by, at));
    }

    /**
     * The case for a caller who works on it or whose units sent it on (read-only for those).
     *
     * @throws CaseNotFoundException when neither
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Case seenBy(Caller caller, Long caseId) {
        return visible(caller, caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
    }

    /** Whether the caller sees the case or follows it (read-only, as a unit it was sent on from). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean sees(Caller caller, Long caseId) {
        return visible(caller, caseId).isPresent();
    }

    private Optional<Case> visible(Caller caller, Long caseId) {
        return cases.find(caseId, caller.visibility()).or(() -> cases.findFollowed(caseId, caller.visibility()));
    }

    /** The referrals of a case the caller sees or follows, with what the caller may do. */
    @Transactional
    public List<ReferralView> of(Caller caller, Long caseId) {
        Case c = seenBy(caller, caseId);
        LocalDate today = LocalDate.now(clock);
        boolean works = caller.visibility().sees(c.getUnit().getPath());
        return referrals.ofCase(c.getId()).stream()
                .map(r -> new ReferralView(r, works && r.isAwaitingReport() && mayReport(caller, r),
                        r.getStatus() == ReferralStatus.REPORTED && mayFile(caller, r), overdue(r, today)))
                .toList();
    }

    /** The matters the caller's units sent on and follow, the ones waiting longest first. */
    @Transactional
    public List<Followed> followedBy(Caller caller) {
        LocalDate today = LocalDate.now(clock);
        List<Followed> rows = new ArrayList<>();
        for (CaseReferral r : referrals.fromUnits(caller.visibility(), 500)) {
            cases.findFollowed(r.getCaseId(), caller.visibility()).ifPresent(c -> rows.add(new Followed(r, c.getNumber(),
                    disclosure.redact(c, c.getSubject()), c.getStatus(), overdue(r, today))));
        }
        rows.sort(Comparator.comparing((Followed f) -> f.referral().getStatus() == ReferralStatus.FILED)
                .thenComparing(f -> f.referral().getReportDueOn(), Comparator.nullsLast(Comparator.naturalOrder())));
        return rows;
    }

    /**
     * The receiving unit reports the result of an assigned matter; its report-back clock stops.
     *
     * @throws NotPermittedException      unless the caller works in the unit the matter was assigned to
     * @throws IllegalTransitionException when it does not wait for a report or has no result yet
     * @throws InvalidInputException      naming {@code report} when it is empty or too long
     */
    @Transactional
    public CaseReferral report(Caller caller, Long referralId, String report) {
        Locale locale = caller.locale();
        CaseReferral r = locked(caller, referralId);
        if (!mayReport(caller, r)) {
            throw new NotPermittedException(Messages.get(locale, "referral.report.notPermitted", r.getToUnit().getName()));
        }
        Case c = seenBy(caller, r.getCaseId());
        if (!r.isAwaitingReport()) {
            throw new IllegalTransitionException(Messages.get(locale, "referral.notAwaiting", r.getStatus().label().in(locale)));
        }
        if (!hasResult(c, r)) {
            throw new IllegalTransitionException(Messages.get(locale, "referral.noResult", c.getNumber()));
        }
        String text = required(locale, "report", report, CaseReferral.LONGEST_REPORT);
        LocalDateTime now = LocalDateTime.now(clock);
        r.reported(disclosure.protect(c, text, CaseReferral.LONGEST_REPORT), caller.username(), now);
        clocks.ofCase(c.getId()).stream()
                .filter(k -> k.getName().equals(GeneralProcedure.CLOCK_REPORT_BACK) && k.getStatus() != ClockStatus.STOPPED)
                .forEach(k -> k.stop(now.toLocalDate()));
        audit.record(caller.username(), CoreAuditAction.REFERRAL_REPORTED, "Case", c.getId(), r.getFromUnit().getId(),
                "referral " + r.getId() + " " + disclosure.redact(c, abbreviate(text)));
        notify(r, c, recipients.of(r.getFromUnit(), List.of(CLERK, LEADER)), "referral.reported");
        return r;
    }

    /**
     * The assigning unit files the reported result (审结备案).
     *
     * @throws NotPermittedException      unless the caller works in the unit that assigned it
     * @throws IllegalTransitionException unless a report waits for filing
     */
    @Transactional
    public CaseReferral file(Caller caller, Long referralId, String note) {
        Locale locale = caller.locale();
        CaseReferral r = reportedForFiling(caller, referralId);
        Case c = seenBy(caller, r.getCaseId());
        String text = optional(locale, "note", note, CaseReferral.LONGEST_NOTE);
        r.filed(text, caller.username(), LocalDateTime.now(clock));
        audit.record(caller.username(), CoreAuditAction.REFERRAL_FILED, "Case", c.getId(), r.getFromUnit().getId(),
                "referral " + r.getId() + (text == null ? "" : " " + abbreviate(text)));
        notify(r, c, recipients.of(r.getToUnit(), List.of(CLERK, HANDLER, LEADER)), "referral.filed");
        return r;
    }

    /**
     * The assigning unit returns the result for more work, with its reasons and a new report-back date.
     *
     * @throws InvalidInputException naming {@code reason} or {@code dueOn} when missing or out of range
     */
    @Transactional
    public CaseReferral returnForWork(Caller caller, Long referralId, String reason, LocalDate dueOn) {
        Locale locale = caller.locale();
        CaseReferral r = reportedForFiling(caller, referralId);
        Case c = seenBy(caller, r.getCaseId());
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        String why = null;
        try {
            why = required(locale, "reason", reason, CaseReferral.LONGEST_NOTE);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (dueOn == null) {
            problems.add(new FieldProblem("dueOn", Messages.get(locale, "supervision.field.required")));
        } else if (!dueOn.isAfter(today) || dueOn.isAfter(today.plusDays(MAX_DUE_DAYS))) {
            problems.add(new FieldProblem("dueOn", Messages.get(locale, "referral.dueOn.range", today.plusDays(1), today.plusDays(MAX_DUE_DAYS))));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate reportBy = calendars.current().nextWorkingDayFrom(dueOn);
        r.returned(disclosure.protect(c, why, CaseReferral.LONGEST_NOTE), reportBy);
        CaseClock reportBack = clocks.ofCase(c.getId()).stream().filter(k -> k.getName().equals(GeneralProcedure.CLOCK_REPORT_BACK))
                .findFirst().orElseGet(() -> clocks.add(new CaseClock(c.getId(), GeneralProcedure.CLOCK_REPORT_BACK)));
        reportBack.startUntil(today, reportBy, calendars.current());
        audit.record(caller.username(), CoreAuditAction.REFERRAL_RETURNED, "Case", c.getId(), r.getFromUnit().getId(),
                "referral " + r.getId() + " due " + reportBy + " " + disclosure.redact(c, abbreviate(why)));
        notify(r, c, recipients.of(r.getToUnit(), List.of(CLERK, HANDLER, LEADER)), "referral.returned");
        return r;
    }

    /**
     * The unit that supervises a case where it is now: the unit that sent it there, else the unit
     * above it, else (the root) the unit itself.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OrgUnit supervisingUnit(Case c) {
        List<CaseReferral> all = referrals.ofCase(c.getId());
        for (int i = all.size() - 1; i >= 0; i--) {
            CaseReferral r = all.get(i);
            if (r.getToUnit().getId().equals(c.getUnit().getId()) && r.getStatus() != ReferralStatus.WITHDRAWN) {
                return r.getFromUnit();
            }
        }
        return c.getUnit().getParent() != null ? c.getUnit().getParent() : c.getUnit();
    }

    /**
     * The referral, locked. One and the same refusal, naming the id, for one that does not exist and one
     * about a case the caller neither sees nor follows: the answer does not tell which ids exist.
     */
    private CaseReferral locked(Caller caller, Long referralId) {
        return referrals.findLocked(referralId).filter(r -> sees(caller, r.getCaseId()))
                .orElseThrow(() -> new NotPermittedException(Messages.get(caller.locale(), "referral.notFound", String.valueOf(referralId))));
    }

    private CaseReferral reportedForFiling(Caller caller, Long referralId) {
        Locale locale = caller.locale();
        CaseReferral r = locked(caller, referralId);
        seenBy(caller, r.getCaseId());
        if (!mayFile(caller, r)) {
            throw new NotPermittedException(Messages.get(locale, "referral.file.notPermitted", r.getFromUnit().getName()));
        }
        if (r.getStatus() != ReferralStatus.REPORTED) {
            throw new IllegalTransitionException(Messages.get(locale, "referral.notReported", r.getStatus().label().in(locale)));
        }
        return r;
    }

    /** The staff of the unit it was sent to report (not a unit above speaking for it). */
    private boolean mayReport(Caller caller, CaseReferral r) {
        return procedures.holdsIn(caller, r.getToUnit(), Set.of(CLERK, HANDLER, LEADER));
    }

    /** The clerks and leaders of the unit that sent it file it (not a unit below filing its own report). */
    private boolean mayFile(Caller caller, CaseReferral r) {
        return procedures.holdsIn(caller, r.getFromUnit(), Set.of(CLERK, LEADER));
    }

    /** The matter has a result to report: it is finished, or a step since the referral gave an outcome. */
    private boolean hasResult(Case c, CaseReferral r) {
        if (procedures.of(c.getAgencyType()).state(c.getStatus()).map(s -> s.terminal()).orElse(false)) {
            return true;
        }
        return steps.ofCase(c.getId()).stream()
                .anyMatch(s -> s.getOutcome() != null && !s.getOccurredAt().isBefore(r.getReferredAt()));
    }

    private static boolean overdue(CaseReferral r, LocalDate today) {
        return r.isAwaitingReport() && r.getReportDueOn() != null && today.isAfter(r.getReportDueOn());
    }

    private void notify(CaseReferral r, Case c, Set<String> to, String key) {
        Object[] facts = {c.getNumber(), disclosure.redact(c, c.getSubject()), r.getFromUnit().getName(), r.getToUnit().getName(),
                r.getReportDueOn() == null ? "" : r.getReportDueOn().toString()};
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        inbox.post(to, c.getId(), ReminderKind.REPORT_BACK, Messages.get(zh, key + ".title", facts), Messages.get(zh, key + ".body", facts));
    }

    static String required(Locale locale, String field, String text, int longest) {
        String t = optional(locale, field, text, longest);
        if (t == null) {
            throw InvalidInputException.of(field, Messages.get(locale, "supervision.field.required"));
        }
        return t;
    }

    static String optional(Locale locale, String field, String text, int longest) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() > longest) {
            throw InvalidInputException.of(field, Messages.get(locale, "supervision.field.tooLong", longest, t.length()));
        }
        return t;
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }
}
