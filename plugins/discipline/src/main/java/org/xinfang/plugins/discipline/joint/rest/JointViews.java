package org.xinfang.plugins.discipline.joint.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.xinfang.api.caller.Caller;
import org.xinfang.plugins.discipline.joint.AttachmentKind;
import org.xinfang.plugins.discipline.joint.Eligibility;
import org.xinfang.plugins.discipline.joint.Figures;
import org.xinfang.plugins.discipline.joint.JointAttachment;
import org.xinfang.plugins.discipline.joint.JointCase;
import org.xinfang.plugins.discipline.joint.JointOutcome;
import org.xinfang.plugins.discipline.joint.JointSettings;
import org.xinfang.plugins.discipline.joint.JointStatus;
import org.xinfang.plugins.discipline.joint.PoolMember;
import org.xinfang.plugins.discipline.joint.ReturnStatus;
import org.xinfang.plugins.discipline.joint.ScreeningRound;
import org.xinfang.plugins.discipline.joint.Team;
import org.xinfang.plugins.discipline.joint.application.Screening;
import org.xinfang.plugins.discipline.kernel.Texts;

/** What the joint investigation's API answers, one record per thing, labels in the caller's language. */
public final class JointViews {

    private JointViews() {
    }

    public record JointCaseJson(long id, long version, long committeeUnitId, long reportingUnitId, String reportingUnitName,
                                long caseId, String caseNumber, String subject, String accusedName, String accusedUnit,
                                long regionUnitId, String regionUnitName, @Schema(implementation = ScreeningRound.class) String round, String period, int year,
                                boolean repeatReport, boolean aboutUnitHead,
                                @Schema(type = SchemaType.ARRAY, implementation = Eligibility.class) List<String> eligibility,
                                @Schema(implementation = JointStatus.class) String status,
                                String statusLabel, String proposal, String proposedBy, String decisionNote, String decidedBy,
                                Long formDocumentId, String formNumber, Long teamId, String dueOn, boolean overdue, String plan,
                                String findings, @Schema(implementation = JointOutcome.class) String outcome, String outcomeLabel, String outcomeOn, BigDecimal moneyCollected,
                                BigDecimal lossesRecovered, int contractsEnded, BigDecimal paymentsRestored, String resultsNote) {

        static JointCaseJson of(JointCase c, Caller caller, java.time.LocalDate today) {
            return new JointCaseJson(c.getId(), c.getVersion(), c.getCommitteeUnitId(), c.getReportingUnitId(), c.getReportingUnitName(),
                    c.getCaseId(), c.getCaseNumber(), c.getSubject(), c.getAccusedName(), c.getAccusedUnit(), c.getRegionUnitId(),
                    c.getRegionUnitName(), c.getRound().name(), c.getPeriod(), c.getYear(), c.isRepeatReport(), c.isAboutUnitHead(),
                    c.getEligibility().stream().map(Enum::name).toList(), c.getStatus().name(),
                    Texts.get(caller.locale(), "discipline.joint.status." + c.getStatus().name()), c.getProposal(), c.getProposedBy(),
                    c.getDecisionNote(), c.getDecidedBy(), c.getFormDocumentId(), c.getFormNumber(), c.getTeamId(),
                    c.getDueOn() == null ? null : c.getDueOn().toString(), c.isOverdue(today), c.getPlan(), c.getFindings(),
                    c.getOutcome() == null ? null : c.getOutcome().name(),
                    c.getOutcome() == null ? null : Texts.get(caller.locale(), "discipline.joint.outcome." + c.getOutcome().name()),
                    c.getOutcomeOn() == null ? null : c.getOutcomeOn().toString(), c.getMoneyCollected(), c.getLossesRecovered(),
                    c.getContractsEnded(), c.getPaymentsRestored(), c.getResultsNote());
        }
    }

    public record ReturnJson(long unitId, String unitName, String period, String dueOn, @Schema(implementation = ReturnStatus.class) String status, boolean flagged, int reports,
                             String returnedBy, LocalDateTime returnedAt) {

        static ReturnJson of(Screening.UnitReturn r) {
            return new ReturnJson(r.unit().id(), r.unit().name(), r.period().toString(), r.dueOn().toString(), r.status().name(),
                    r.status() == org.xinfang.plugins.discipline.joint.ReturnStatus.OVERDUE, r.reports(), r.returnedBy(),
                    r.returnedAt());
        }
    }

    public record SettingsJson(long committeeUnitId, int monthlyDueDay, int daysPerCase) {

        static SettingsJson of(JointSettings s) {
            return new SettingsJson(s.getCommitteeUnitId(), s.getMonthlyDueDay(), s.getDaysPerCase());
        }
    }

    public record PoolMemberJson(long id, String name, long unitId, String unitName, String post, String username,
                                 boolean standingCommittee, boolean approved, String approvedBy) {

        static PoolMemberJson of(PoolMember m) {
            return new PoolMemberJson(m.getId(), m.getName(), m.getUnitId(), m.getUnitName(), m.getPost(), m.getUsername(),
                    m.isStandingCommittee(), m.isApproved(), m.getApprovedBy());
        }
    }

    public record TeamJson(long id, String name, PoolMemberJson leader, List<PoolMemberJson> members) {

        static TeamJson of(Team t) {
            return new TeamJson(t.getId(), t.getName(), PoolMemberJson.of(t.getLeader()),
                    t.everyone().stream().skip(1).map(PoolMemberJson::of).toList());
        }
    }

    public record AttachmentJson(long id, @Schema(implementation = AttachmentKind.class) String kind, long documentId, String title, String addedBy,
                                 LocalDateTime addedAt) {

        static AttachmentJson of(JointAttachment a) {
            return new AttachmentJson(a.getId(), a.getKind().name(), a.getDocumentId(), a.getTitle(), a.getAddedBy(), a.getAddedAt());
        }
    }

    public record FiguresRowJson(String label, int found, int repeats, int aboutUnitHeads, int selected, int filed, int concluded,
                                 int verifying, BigDecimal moneyRecovered, BigDecimal lossesRecovered, int contractsEnded,
                                 BigDecimal paymentsRestored) {

        static FiguresRowJson of(Figures.Row r) {
            return new FiguresRowJson(r.label(), r.found(), r.repeats(), r.aboutUnitHeads(), r.selected(), r.filed(), r.concluded(),
                    r.verifying(), r.moneyRecovered(), r.lossesRecovered(), r.contractsEnded(), r.paymentsRestored());
        }
    }

    public record FiguresJson(long committeeUnitId, int year, FiguresRowJson total, List<FiguresRowJson> teams) {

        static FiguresJson of(long committeeUnitId, Figures f) {
            return new FiguresJson(committeeUnitId, f.year(), FiguresRowJson.of(f.total()), f.teams().stream().map(FiguresRowJson::of).toList());
        }
    }

    public record CommitteeJson(long id, String code, String name, List<CommitteeJson> lowerCommittees) {
    }
}
