package org.xinfang.core.application.prevention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.kernel.RecordNotFoundException;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.CoreAuditAction;
import org.xinfang.core.application.kernel.InputValidator;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.domain.model.prevention.RiskAssessment;
import org.xinfang.core.domain.model.prevention.RiskAssessmentRepository;
import org.xinfang.core.domain.model.unit.OrgUnit;

/**
 * 信访稳定风险评估: a unit's clerks and leaders record the assessment of a major project before it
 * starts, follow up on the conditions it set as often as needed, and close it; the unit and those
 * above read them. A project is never assessed after its planned start.
 */
@ApplicationScoped
public class RiskAssessments {

    /** The most assessments a list holds. */
    public static final int LIST_LIMIT = 500;

    @Inject
    private RiskAssessmentRepository assessments;

    @Inject
    private PreventionDesk desk;

    @Inject
    private InputValidator validator;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** One check on the conditions: the day it was made and what was found. */
    public record FollowUpInput(
            @NotNull(message = "{prevention.field.required}") @PastOrPresent(message = "{prevention.date.future}") LocalDate followedOn,
            @NotBlank(message = "{prevention.field.required}") @Size(max = 2000, message = "{prevention.field.tooLong}") String note) {
    }

    /** Why the assessment is closed (may be left out). */
    public record Closing(@Size(max = 1000, message = "{prevention.field.tooLong}") String note) {
    }

    /**
     * Records an assessment.
     *
     * @throws InvalidInputException naming each bad field ({@code assessedOn} when after the planned start)
     * @throws NotPermittedException unless the caller is a clerk or leader of the unit
     */
    @Transactional
    public RiskAssessment record(Caller caller, AssessmentInput in) {
        validator.check(in, caller.locale());
        OrgUnit unit = desk.recordingUnit(caller, in.unitId());
        RiskAssessment saved = assessments.add(new RiskAssessment(unit, in.projectName().strip(), in.projectOwner().strip(), in.plannedStart(),
                in.assessedOn(), in.risks().strip(), in.riskRating(), stripped(in.conditions()), caller.username(), LocalDateTime.now(clock)));
        audit.record(caller.username(), CoreAuditAction.RISK_ASSESSED, "RiskAssessment", saved.getId(), unit.getId(),
                saved.getRating().name() + " " + saved.getProjectName() + " start " + saved.getPlannedStart());
        return saved;
    }

    /**
     * Records one follow-up of the conditions.
     *
     * @throws RecordNotFoundException      when the caller does not see the assessment
     * @throws NotPermittedException        unless the caller is a clerk or leader of its unit
     * @throws IllegalTransitionException   when it is closed
     * @throws InvalidInputException        naming {@code followedOn} or {@code note}
     */
    @Transactional
    public RiskAssessment followUp(Caller caller, Long assessmentId, FollowUpInput in) {
        RiskAssessment a = openForChange(caller, assessmentId);
        validator.check(in, caller.locale());
        if (in.followedOn().isBefore(a.getAssessedOn())) {
            throw InvalidInputException.of("followedOn", Messages.get(caller.locale(), "prevention.followedOn.beforeAssessed", a.getAssessedOn()));
        }
        a.followUp(in.followedOn(), in.note().strip(), caller.username(), LocalDateTime.now(clock));
        audit.record(caller.username(), CoreAuditAction.RISK_FOLLOWED_UP, "RiskAssessment", a.getId(), a.getUnit().getId(),
                "on " + in.followedOn() + " " + abbreviate(in.note().strip()));
        return a;
    }

    /**
     * Closes the assessment: its conditions need no more follow-up.
     *
     * @throws RecordNotFoundException    when the caller does not see it
     * @throws NotPermittedException      unless the caller is a clerk or leader of its unit
     * @throws IllegalTransitionException when it is closed already
     */
    @Transactional
    public RiskAssessment close(Caller caller, Long assessmentId, Closing in) {
        RiskAssessment a = openForChange(caller, assessmentId);
        validator.check(in, caller.locale());
        a.close(stripped(in.note()), caller.username(), LocalDateTime.now(clock));
        audit.record(caller.username(), CoreAuditAction.RISK_ASSESSMENT_CLOSED, "RiskAssessment", a.getId(), a.getUnit().getId(),
                a.getFollowUps().size() + " follow-ups");
        return a;
    }

    /** @throws RecordNotFoundException when the caller does not see it */
    @Transactional
    public RiskAssessment get(Caller caller, Long assessmentId) {
        return assessments.find(assessmentId).filter(a -> caller.visibility().sees(a.getUnit().getPath()))
                .orElseThrow(() -> notFound(caller, assessmentId));
    }

    /**
     * The assessments of a unit and those below it (none named: every unit the caller sees), assessed
     * within the period (either end may be open), the latest first.
     *
     * @throws InvalidInputException naming {@code unitId} when the caller does not see it, {@code to} when before {@code from}
     */
    @Transactional
    public List<RiskAssessment> list(Caller caller, Long unitId, LocalDate from, LocalDate to) {
        PreventionDesk.requireOrdered(caller, from, to);
        return assessments.within(desk.scope(caller, unitId), from, to, LIST_LIMIT);
    }

    /** Whether the caller may follow up or close {@code a}: a clerk or leader of its unit, while it is not closed. */
    public boolean mayChange(Caller caller, RiskAssessment a) {
        return !a.isClosed() && desk.keepsDesk(caller, a.getUnit());
    }

    /** The units the caller records assessments in. */
    @Transactional
    public List<OrgUnit> deskUnits(Caller caller) {
        return desk.deskUnits(caller);
    }

    private RiskAssessment openForChange(Caller caller, Long assessmentId) {
        RiskAssessment a = assessments.findLocked(assessmentId).filter(x -> caller.visibility().sees(x.getUnit().getPath()))
                .orElseThrow(() -> notFound(caller, assessmentId));
        desk.requireDesk(caller, a.getUnit());
        if (a.isClosed()) {
            throw new IllegalTransitionException(Messages.get(caller.locale(), "prevention.assessment.closed", a.getProjectName()));
        }
        return a;
    }

    private static RecordNotFoundException notFound(Caller caller, Long id) {
        return new RecordNotFoundException(Messages.get(caller.locale(), "prevention.assessment.notFound", String.valueOf(id)));
    }

    static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }
}
