package org.xinfang.core.application.prevention;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.xinfang.core.domain.model.user.CoreRoles;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.calendar.WorkCalendars;
import org.xinfang.core.application.cases.CaseNotFoundException;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.CoreAuditAction;
import org.xinfang.core.application.kernel.InputValidator;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.application.procedure.Procedures;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseRepository;
import org.xinfang.core.domain.model.prevention.Mediation;
import org.xinfang.core.domain.model.prevention.MediationRepository;
import org.xinfang.core.domain.model.procedure.CaseClock;
import org.xinfang.core.domain.model.procedure.CaseClockRepository;
import org.xinfang.core.domain.model.procedure.ClockStatus;

/**
 * 访调对接: the staff of the unit holding a case refer it to people's, administrative or judicial
 * mediation (三调联动) and record the outcome. While it is in mediation its running statutory clocks
 * pause if the setting says so ({@link MediationSettings}), and the clocks that referral paused resume
 * when the outcome is recorded, the days in mediation given back. A case has at most one open
 * mediation: the case's row is locked before the check, so two referrals at once queue and the second
 * is refused; a finished case is not referred.
 */
@ApplicationScoped
public class Mediations {

    /** Who refers and records: the staff of the unit holding the case. */
    @Inject
    private MediationRepository mediations;

    @Inject
    private CaseRepository cases;

    @Inject
    private CaseClockRepository clocks;

    @Inject
    private WorkCalendars calendars;

    @Inject
    private MediationSettings settings;

    @Inject
    private Procedures procedures;

    @Inject
    private IdentityDisclosure disclosure;

    @Inject
    private InputValidator validator;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** A mediation as the case page shows it. */
    public record MediationView(Mediation mediation, boolean mayConclude) {
    }

    /**
     * Refers a case the caller sees to mediation.
     *
     * @throws CaseNotFoundException      when the caller does not see the case
     * @throws NotPermittedException      unless the caller is a clerk, handler or leader of the case's unit
     * @throws InvalidInputException      naming {@code kind}, {@code mediator} or {@code matter}
     * @throws IllegalTransitionException when the case is finished or already in mediation
     */
    @Transactional
    public Mediation refer(Caller caller, Long caseId, MediationInput in) {
        Case c = visible(caller, caseId);
        requireStaff(caller, c);
        validator.check(in, caller.locale());
        if (finished(c)) {
            throw new IllegalTransitionException(Messages.get(caller.locale(), "prevention.mediation.finished", c.getNumber()));
        }
        Optional<Mediation> open = mediations.openOfLocked(c.getId());
        if (open.isPresent()) {
            throw new IllegalTransitionException(Messages.get(caller.locale(), "prevention.mediation.alreadyOpen", c.getNumber(),
                    open.get().getKind().label().in(caller.locale()), open.get().getMediator()));
        }
        LocalDate today = LocalDate.now(clock);
        Mediation m = mediations.add(new Mediation(c.getId(), c.getUnit().getId(), in.kind(), in.mediator().strip(),
                disclosure.protect(c, RiskAssessments.stripped(in.matter()), Mediation.LONGEST_MATTER), today, caller.username(),
                LocalDateTime.now(clock)));
        if (settings.pausesClocks()) {
            for (CaseClock k : clocks.ofCase(c.getId())) {
                if (k.getStatus() == ClockStatus.RUNNING) {
                    k.pause(today);
                    m.paused(k.getId());
                }
            }
        }
        audit.record(caller.username(), CoreAuditAction.MEDIATION_REFERRED, "Case", c.getId(), c.getUnit().getId(),
                in.kind().name() + " " + m.getMediator() + " clocksPaused=" + m.getPausedClockIds().size());
        return m;
    }

    /**
     * Records the outcome of the case's open mediation; the clocks its referral paused resume.
     *
     * @throws CaseNotFoundException      when the caller does not see the case
     * @throws NotPermittedException      unless the caller is a clerk, handler or leader of the case's unit
     * @throws InvalidInputException      naming {@code result}, {@code agreement} or {@code concludedOn}
     * @throws IllegalTransitionException when no mediation is open
     */
    @Transactional
    public Mediation conclude(Caller caller, Long caseId, MediationOutcome in) {
        Case c = visible(caller, caseId);
        requireStaff(caller, c);
        validator.check(in, caller.locale());
        Mediation m = mediations.openOfLocked(c.getId()).orElseThrow(() -> new IllegalTransitionException(
                Messages.get(caller.locale(), "prevention.mediation.noneOpen", c.getNumber())));
        if (in.concludedOn().isBefore(m.getReferredOn())) {
            throw InvalidInputException.of("concludedOn", Messages.get(caller.locale(), "prevention.concludedOn.beforeReferred", m.getReferredOn()));
        }
        LocalDate today = LocalDate.now(clock);
        m.conclude(in.result(), disclosure.protect(c, RiskAssessments.stripped(in.agreement()), Mediation.LONGEST_AGREEMENT),
                in.concludedOn(), caller.username(), LocalDateTime.now(clock));
        int resumed = 0;
        for (CaseClock k : clocks.ofCase(c.getId())) {
            // Only what this referral paused: a clock a hearing paused waits for the hearing.
            if (m.getPausedClockIds().contains(k.getId()) && k.getStatus() == ClockStatus.PAUSED) {
                k.resume(today, calendars.current());
                resumed++;
            }
        }
        audit.record(caller.username(), CoreAuditAction.MEDIATION_CONCLUDED, "Case", c.getId(), c.getUnit().getId(),
                in.result().name() + " on " + in.concludedOn() + " clocksResumed=" + resumed);
        return m;
    }

    /** The mediations of a case the caller sees, the newest first. */
    @Transactional
    public List<MediationView> of(Caller caller, Long caseId) {
        Case c = visible(caller, caseId);
        boolean staff = mayAct(caller, c);
        return mediations.ofCase(c.getId()).stream().map(m -> new MediationView(m, staff && m.isOpen())).toList();
    }

    /** Whether the caller may refer the case now: staff of its unit, the case not finished and not in mediation. */
    @Transactional
    public boolean mayRefer(Caller caller, Long caseId) {
        Case c = cases.find(caseId, caller.visibility()).orElse(null);
        return c != null && mayAct(caller, c) && !finished(c) && mediations.ofCase(c.getId()).stream().noneMatch(Mediation::isOpen);
    }

    private boolean mayAct(Caller caller, Case c) {
        return procedures.holdsIn(caller, c.getUnit(), CoreRoles.STAFF);
    }

    private void requireStaff(Caller caller, Case c) {
        if (!mayAct(caller, c)) {
            throw new NotPermittedException(Messages.get(caller.locale(), "prevention.mediation.notStaff", c.getUnit().getName()));
        }
    }

    private Case visible(Caller caller, Long caseId) {
        return cases.find(caseId, caller.visibility()).orElseThrow(() -> new CaseNotFoundException(caseId));
    }

    private boolean finished(Case c) {
        return procedures.of(c.getAgencyType()).state(c.getStatus()).map(s -> s.terminal()).orElse(false);
    }
}
