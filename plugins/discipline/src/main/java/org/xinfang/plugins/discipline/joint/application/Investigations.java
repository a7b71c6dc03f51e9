package org.xinfang.plugins.discipline.joint.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.LocalDateTime;
import java.util.List;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.AuditTrail;
import org.xinfang.api.port.CaseReader;
import org.xinfang.api.port.Documents;
import org.xinfang.plugins.discipline.DisciplinePlugin;
import org.xinfang.plugins.discipline.joint.AttachmentKind;
import org.xinfang.plugins.discipline.joint.JointAttachment;
import org.xinfang.plugins.discipline.joint.JointCase;
import org.xinfang.plugins.discipline.joint.JointOutcome;
import org.xinfang.plugins.discipline.kernel.Roles;
import org.xinfang.plugins.discipline.kernel.Texts;

/**
 * The team's work on a joint case: the 初查方案 and findings, interview records and other papers as
 * attachments of the case, the due date, and the outcome — 立案, 信访结案 or still in verification —
 * with the money and results recovered. Investigators and leaders of the committee record it.
 */
@ApplicationScoped
public class Investigations {

    @Inject
    private JointRecords records;

    @Inject
    private Documents documents;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** What people write about a sealed report is kept with its reporter's pseudonym. */
    @Inject
    private CaseReader cases;

    /** The outcome as recorded: amounts in yuan (null: none). */
    public record Outcome(JointOutcome outcome, LocalDate on, BigDecimal moneyCollected, BigDecimal lossesRecovered,
                          int contractsEnded, BigDecimal paymentsRestored, String note) {
    }

    /** Plan, findings, due date: each replaced when given, kept when null. */
    @Transactional
    public JointCase recordWork(Caller caller, long jointCaseId, String plan, String findings, LocalDate dueOn) {
        JointCase c = workable(caller, jointCaseId);
        if (dueOn != null) {
            Roles.require(caller, c.getCommitteeUnitPath(), "discipline.joint.onlyLeaderSetsDue", DisciplinePlugin.ROLE_LEADER);
            c.setDueOn(dueOn);
        }
        if (plan != null) {
            c.setPlan(cases.protect(caller, c.getCaseId(), plan, JointCase.LONGEST_PLAN));
        }
        if (findings != null) {
            c.setFindings(cases.protect(caller, c.getCaseId(), findings, JointCase.LONGEST_FINDINGS));
        }
        audit.record(caller, JointAuditAction.DISCIPLINE_JOINT_WORK_RECORDED, "JointCase", c.getId(), c.getCommitteeUnitId(),
                (plan != null ? "plan " : "") + (findings != null ? "findings " : "") + (dueOn != null ? "due " + dueOn : ""));
        return c;
    }

    /** A paper of the work, stored with the discipline case by the core's checks, listed here by kind. */
    @Transactional
    public JointAttachment attach(Caller caller, long jointCaseId, AttachmentKind kind, String fileName, String title, byte[] content) {
        JointCase c = workable(caller, jointCaseId);
        String shown = title == null || title.isBlank() ? Texts.get(caller.locale(), "discipline.joint.attachment." + kind.name())
                : cases.protect(caller, c.getCaseId(), title, JointAttachment.LONGEST_TITLE);
        // An interview record names who was heard, the reporter among them: only the keeper opens it.
        long documentId = documents.attach(caller, c.getCaseId(), fileName, shown, content, kind == AttachmentKind.INTERVIEW);
        JointAttachment attachment = new JointAttachment(c.getId(), kind, documentId, shown, caller.username(), LocalDateTime.now(clock));
        records.add(attachment);
        audit.record(caller, JointAuditAction.DISCIPLINE_JOINT_ATTACHED, "JointCase", c.getId(), c.getCommitteeUnitId(), kind + " " + shown);
        return attachment;
    }

    @Transactional
    public List<JointAttachment> attachments(Caller caller, long jointCaseId) {
        return records.attachments(records.visibleCase(caller, jointCaseId).getId());
    }

    /** The outcome: only for a case a team took. */
    @Transactional
    public JointCase recordOutcome(Caller caller, long jointCaseId, Outcome outcome) {
        JointCase c = workable(caller, jointCaseId);
        if (c.getTeamId() == null) {
            throw Texts.invalid(caller.locale(), "outcome", "discipline.joint.noTeamYet", c.getCaseNumber());
        }
        LocalDate on = outcome.on() != null ? outcome.on() : LocalDate.now(clock);
        if (on.isAfter(LocalDate.now(clock))) {
            throw Texts.invalid(caller.locale(), "on", "discipline.joint.outcomeInFuture");
        }
        // An outcome cannot come before the report was found in the screening (1999 for 2026 is a typo).
        if (on.isBefore(YearMonth.parse(c.getPeriod()).atDay(1))) {
            throw Texts.invalid(caller.locale(), "on", "discipline.joint.outcomeBeforeScreening", c.getPeriod());
        }
        c.recordOutcome(outcome.outcome(), on, outcome.moneyCollected(), outcome.lossesRecovered(), outcome.contractsEnded(),
                outcome.paymentsRestored(), cases.protect(caller, c.getCaseId(), outcome.note(), JointCase.LONGEST_RESULTS_NOTE));
        audit.record(caller, JointAuditAction.DISCIPLINE_JOINT_OUTCOME_RECORDED, "JointCase", c.getId(), c.getCommitteeUnitId(),
                c.getCaseNumber() + " " + outcome.outcome() + " " + c.getMoneyCollected());
        return c;
    }

    /** The committee's selected cases past their due date and not concluded. */
    @Transactional
    public List<JointCase> overdue(Caller caller, long committeeUnitId, int year) {
        LocalDate today = LocalDate.now(clock);
        return records.visibleOfYear(caller, committeeUnitId, year).stream().filter(c -> c.isOverdue(today)).toList();
    }

    private JointCase workable(Caller caller, long jointCaseId) {
        JointCase c = records.visibleCase(caller, jointCaseId);
        Roles.require(caller, c.getCommitteeUnitPath(), "discipline.joint.mayNotWork",
                DisciplinePlugin.ROLE_INVESTIGATOR, DisciplinePlugin.ROLE_LEADER);
        c.requireSelected(caller.locale());
        return c;
    }
}
