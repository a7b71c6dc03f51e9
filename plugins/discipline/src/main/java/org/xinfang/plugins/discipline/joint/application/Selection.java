package org.xinfang.plugins.discipline.joint.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.AuditTrail;
import org.xinfang.api.port.CaseReader;
import org.xinfang.api.port.Documents;
import org.xinfang.plugins.discipline.DisciplinePlugin;
import org.xinfang.plugins.discipline.joint.Eligibility;
import org.xinfang.plugins.discipline.joint.JointCase;
import org.xinfang.plugins.discipline.kernel.Roles;
import org.xinfang.plugins.discipline.kernel.Texts;

/**
 * The 拟办单 (重要信访件拟办单): the committee's office proposes a registered report for a joint
 * investigation with the categories it meets and its opinion; a leader of the committee approves or
 * rejects it — nobody else may — and the approved form is issued as a numbered PDF with the case.
 */
@ApplicationScoped
public class Selection {

    /** The series in the form's number: 青纪拟办〔2026〕3号. */
    static final String SERIES = "拟办";

    private static final String ENTITY = "JointCase";
    /** The form is an official paper of the committee: always in Chinese, whoever issues it. */
    private static final Locale PAPER = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

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

    /** The office (the committee's clerks) proposes. */
    @Transactional
    public JointCase propose(Caller caller, long jointCaseId, Set<Eligibility> eligibility, String opinion) {
        JointCase candidate = records.visibleCase(caller, jointCaseId);
        Roles.require(caller, candidate.getCommitteeUnitPath(), "discipline.joint.onlyOfficeProposes", DisciplinePlugin.ROLE_CLERK);
        candidate.propose(eligibility, cases.protect(caller, candidate.getCaseId(), opinion, JointCase.LONGEST_PROPOSAL),
                caller.username(), LocalDateTime.now(clock), caller.locale());
        audit.record(caller, JointAuditAction.DISCIPLINE_JOINT_PROPOSED, ENTITY, candidate.getId(), candidate.getCommitteeUnitId(),
                candidate.getCaseNumber() + " " + eligibility);
        return candidate;
    }

    /** A leader approves (the report becomes a joint case and its form is issued) or rejects. */
    @Transactional
    public JointCase decide(Caller caller, long jointCaseId, boolean approve, String note) {
        JointCase candidate = records.visibleCase(caller, jointCaseId);
        Roles.require(caller, candidate.getCommitteeUnitPath(), "discipline.joint.onlyLeaderApproves", DisciplinePlugin.ROLE_LEADER);
        candidate.decide(approve, cases.protect(caller, candidate.getCaseId(), note, JointCase.LONGEST_DECISION_NOTE),
                caller.username(), LocalDateTime.now(clock), caller.locale());
        if (approve) {
            Documents.Issued form = documents.issue(caller, candidate.getCaseId(), new Documents.Draft(SERIES,
                    Texts.get(PAPER, "discipline.joint.form.title"), null, paragraphs(candidate, caller.displayName())));
            candidate.formIssued(form.documentId(), form.number());
        }
        audit.record(caller, approve ? JointAuditAction.DISCIPLINE_JOINT_APPROVED : JointAuditAction.DISCIPLINE_JOINT_REJECTED,
                ENTITY, candidate.getId(), candidate.getCommitteeUnitId(),
                candidate.getCaseNumber() + (candidate.getFormNumber() == null ? "" : " " + candidate.getFormNumber()));
        return candidate;
    }

    /** The form's body: what the register holds, the categories ticked, the office's opinion, the leader's decision. */
    static List<String> paragraphs(JointCase c, String leaderName) {
        List<String> lines = new ArrayList<>();
        lines.add(Texts.get(PAPER, "discipline.joint.form.case", c.getCaseNumber(), c.getSubject()));
        lines.add(Texts.get(PAPER, "discipline.joint.form.accused", nullToDash(c.getAccusedName()), nullToDash(c.getAccusedUnit()),
                c.getRegionUnitName()));
        lines.add(Texts.get(PAPER, "discipline.joint.form.source", c.getReportingUnitName(),
                Texts.get(PAPER, "discipline.joint.round." + c.getRound().name()), c.getPeriod(),
                Texts.get(PAPER, c.isRepeatReport() ? "discipline.yes" : "discipline.no"),
                Texts.get(PAPER, c.isAboutUnitHead() ? "discipline.yes" : "discipline.no")));
        StringBuilder categories = new StringBuilder();
        int n = 1;
        for (Eligibility e : c.getEligibility()) {
            categories.append(n == 1 ? "" : "；").append(n++).append(". ").append(Texts.get(PAPER, "discipline.joint.eligibility." + e.name()));
        }
        lines.add(Texts.get(PAPER, "discipline.joint.form.eligibility", categories.toString()));
        lines.add(Texts.get(PAPER, "discipline.joint.form.proposal", c.getProposal(), c.getProposedBy(), c.getProposedAt().format(DAY)));
        lines.add(Texts.get(PAPER, "discipline.joint.form.decision", c.getDecisionNote() == null ? "" : c.getDecisionNote(),
                leaderName, c.getDecidedAt().format(DAY)));
        return lines;
    }

    private static String nullToDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
