package org.xinfang.plugins.discipline.joint;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.xinfang.api.plugin.Refusal;
import org.xinfang.plugins.discipline.kernel.Texts;

/**
 * An important report on the committee's register (重要信访件、案件登记表) and, once a leader selects it,
 * a joint case (联查件): one per discipline case. It goes REGISTERED → PROPOSED (the office's 拟办单)
 * → SELECTED or REJECTED (a leader), then a team takes it, works it to a due date and records the
 * outcome with the money and results. The year's figures are counted from these rows, never typed in.
 *
 * <p>The committee is the one that runs the joint investigation; the reporting unit is the committee
 * office itself or the lower committee that returned the form. The accused's name and unit are copied
 * from the report when it is registered, as the paper form has them.
 */
@Entity
@Table(name = "discipline_joint_case")
public class JointCase {

    /** The columns of the texts people type about the report (kept with its sealed identities redacted). */
    public static final int LONGEST_PROPOSAL = 1000;
    public static final int LONGEST_DECISION_NOTE = 500;
    public static final int LONGEST_PLAN = 2000;
    public static final int LONGEST_FINDINGS = 4000;
    public static final int LONGEST_RESULTS_NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "committee_unit_id", nullable = false)
    private Long committeeUnitId;

    @Column(name = "committee_unit_path", length = 255, nullable = false)
    private String committeeUnitPath;

    @Column(name = "reporting_unit_id", nullable = false)
    private Long reportingUnitId;

    @Column(name = "reporting_unit_name", length = 100, nullable = false)
    private String reportingUnitName;

    @Column(name = "reporting_unit_path", length = 255, nullable = false)
    private String reportingUnitPath;

    @Column(name = "case_id", nullable = false, unique = true)
    private Long caseId;

    @Column(name = "case_number", length = 64, nullable = false)
    private String caseNumber;

    @Column(name = "subject", length = 200, nullable = false)
    private String subject;

    @Column(name = "accused_name", length = 50)
    private String accusedName;

    @Column(name = "accused_unit", length = 100)
    private String accusedUnit;

    /** The region the report concerns: the unit of the tree the accused belongs to. */
    @Column(name = "region_unit_id", nullable = false)
    private Long regionUnitId;

    @Column(name = "region_unit_name", length = 100, nullable = false)
    private String regionUnitName;

    @Enumerated(EnumType.STRING)
    @Column(name = "screening_round", length = 16, nullable = false)
    private ScreeningRound round;

    /** The month of the return (for a concentrated round, the month it was held), {@code 2026-03}. */
    @Column(name = "period", length = 7, nullable = false)
    private String period;

    @Column(name = "screening_year", nullable = false)
    private int year;

    /** 重复信访件. */
    @Column(name = "repeat_report", nullable = false)
    private boolean repeatReport;

    /** 涉及单位主要负责人. */
    @Column(name = "about_unit_head", nullable = false)
    private boolean aboutUnitHead;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "discipline_joint_eligibility", joinColumns = @JoinColumn(name = "joint_case_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 48, nullable = false)
    private Set<Eligibility> eligibility = EnumSet.noneOf(Eligibility.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private JointStatus status = JointStatus.REGISTERED;

    @Column(name = "registered_by", length = 100, nullable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false)
    private LocalDateTime registeredAt;

    /** 拟办意见. */
    @Column(name = "proposal", length = LONGEST_PROPOSAL)
    private String proposal;

    @Column(name = "proposed_by", length = 100)
    private String proposedBy;

    @Column(name = "proposed_at")
    private LocalDateTime proposedAt;

    /** 领导审批意见. */
    @Column(name = "decision_note", length = LONGEST_DECISION_NOTE)
    private String decisionNote;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    /** The issued 拟办单 (a core document of the case). */
    @Column(name = "form_document_id")
    private Long formDocumentId;

    @Column(name = "form_number", length = 64)
    private String formNumber;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "due_on")
    private LocalDate dueOn;

    /** 初查方案. */
    @Column(name = "plan", length = LONGEST_PLAN)
    private String plan;

    /** 核查情况. */
    @Column(name = "findings", length = LONGEST_FINDINGS)
    private String findings;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 16)
    private JointOutcome outcome;

    @Column(name = "outcome_on")
    private LocalDate outcomeOn;

    /** 收缴违纪款, yuan. */
    @Column(name = "money_collected", precision = 14, scale = 2, nullable = false)
    private BigDecimal moneyCollected = BigDecimal.ZERO;

    /** 挽回经济损失, yuan. */
    @Column(name = "losses_recovered", precision = 14, scale = 2, nullable = false)
    private BigDecimal lossesRecovered = BigDecimal.ZERO;

    /** 终止（出让、承包）合同, count. */
    @Column(name = "contracts_ended", nullable = false)
    private int contractsEnded;

    /** 兑现、补发款项, yuan (补交村委会款、直补款、减免款…). */
    @Column(name = "payments_restored", precision = 14, scale = 2, nullable = false)
    private BigDecimal paymentsRestored = BigDecimal.ZERO;

    @Column(name = "results_note", length = LONGEST_RESULTS_NOTE)
    private String resultsNote;

    protected JointCase() {
        // JPA
    }

    /** What the important-report form records, copied once when the report is registered. */
    public record Registration(long committeeUnitId, String committeeUnitPath, long reportingUnitId, String reportingUnitName,
                               String reportingUnitPath,
                               long caseId, String caseNumber, String subject, String accusedName, String accusedUnit,
                               long regionUnitId, String regionUnitName, ScreeningRound round, YearMonth period,
                               boolean repeatReport, boolean aboutUnitHead, Set<Eligibility> eligibility) {
    }

    public JointCase(Registration r, String by, LocalDateTime at) {
        this.committeeUnitId = r.committeeUnitId();
        this.committeeUnitPath = r.committeeUnitPath();
        this.reportingUnitId = r.reportingUnitId();
        this.reportingUnitName = r.reportingUnitName();
        this.reportingUnitPath = r.reportingUnitPath();
        this.caseId = r.caseId();
        this.caseNumber = r.caseNumber();
        this.subject = r.subject();
        this.accusedName = r.accusedName();
        this.accusedUnit = r.accusedUnit();
        this.regionUnitId = r.regionUnitId();
        this.regionUnitName = r.regionUnitName();
        this.round = r.round();
        this.period = r.period().toString();
        this.year = r.period().getYear();
        this.repeatReport = r.repeatReport();
        this.aboutUnitHead = r.aboutUnitHead();
        this.eligibility = r.eligibility().isEmpty() ? EnumSet.noneOf(Eligibility.class) : EnumSet.copyOf(r.eligibility());
        this.registeredBy = by;
        this.registeredAt = at;
    }

    /** The office proposes the report for a joint investigation, ticking the categories it meets. */
    public void propose(Set<Eligibility> categories, String opinion, String by, LocalDateTime at, Locale locale) {
        if (status != JointStatus.REGISTERED && status != JointStatus.REJECTED) {
            throw Refusal.conflict(Texts.get(locale, "discipline.joint.notProposable", caseNumber, statusLabel(locale)));
        }
        if (categories.isEmpty()) {
            throw Texts.invalid(locale, "eligibility", "discipline.joint.eligibility.none");
        }
        this.eligibility = EnumSet.copyOf(categories);
        this.proposal = opinion;
        this.proposedBy = by;
        this.proposedAt = at;
        this.decidedBy = null;
        this.decidedAt = null;
        this.decisionNote = null;
        this.status = JointStatus.PROPOSED;
    }

    /** A leader's decision on the 拟办单. */
    public void decide(boolean approve, String note, String by, LocalDateTime at, Locale locale) {
        if (status != JointStatus.PROPOSED) {
            throw Refusal.conflict(Texts.get(locale, "discipline.joint.notProposed", caseNumber, statusLabel(locale)));
        }
        this.status = approve ? JointStatus.SELECTED : JointStatus.REJECTED;
        this.decisionNote = note;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public void formIssued(long documentId, String number) {
        this.formDocumentId = documentId;
        this.formNumber = number;
    }

    /** Refuses work on a report that is not (yet) a joint case. */
    public void requireSelected(Locale locale) {
        if (status != JointStatus.SELECTED) {
            throw Refusal.conflict(Texts.get(locale, "discipline.joint.notSelected", caseNumber, statusLabel(locale)));
        }
    }

    public void takenBy(long team, LocalDate due) {
        this.teamId = team;
        this.dueOn = due;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    /** The outcome and what was recovered; amounts replace the earlier record (a correction, audited). */
    public void recordOutcome(JointOutcome result, LocalDate on, BigDecimal collected, BigDecimal losses, int contracts,
                              BigDecimal payments, String note) {
        this.outcome = result;
        this.outcomeOn = on;
        this.moneyCollected = collected == null ? BigDecimal.ZERO : collected;
        this.lossesRecovered = losses == null ? BigDecimal.ZERO : losses;
        this.contractsEnded = contracts;
        this.paymentsRestored = payments == null ? BigDecimal.ZERO : payments;
        this.resultsNote = note;
    }

    /** Overdue: selected, past its due date, and not concluded (立案 or 信访结案). */
    public boolean isOverdue(LocalDate today) {
        return status == JointStatus.SELECTED && dueOn != null && today.isAfter(dueOn) && !isConcluded();
    }

    /** 立案 or 信访结案: the case left verification. */
    public boolean isConcluded() {
        return outcome == JointOutcome.FILED || outcome == JointOutcome.CONCLUDED;
    }

    private String statusLabel(Locale locale) {
        return Texts.get(locale, "discipline.joint.status." + status.name());
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getCommitteeUnitId() {
        return committeeUnitId;
    }

    public String getCommitteeUnitPath() {
        return committeeUnitPath;
    }

    public Long getReportingUnitId() {
        return reportingUnitId;
    }

    public String getReportingUnitName() {
        return reportingUnitName;
    }

    public String getReportingUnitPath() {
        return reportingUnitPath;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getSubject() {
        return subject;
    }

    public String getAccusedName() {
        return accusedName;
    }

    public String getAccusedUnit() {
        return accusedUnit;
    }

    public Long getRegionUnitId() {
        return regionUnitId;
    }

    public String getRegionUnitName() {
        return regionUnitName;
    }

    public ScreeningRound getRound() {
        return round;
    }

    public String getPeriod() {
        return period;
    }

    public int getYear() {
        return year;
    }

    public boolean isRepeatReport() {
        return repeatReport;
    }

    public boolean isAboutUnitHead() {
        return aboutUnitHead;
    }

    public Set<Eligibility> getEligibility() {
        return eligibility.isEmpty() ? EnumSet.noneOf(Eligibility.class) : EnumSet.copyOf(eligibility);
    }

    public JointStatus getStatus() {
        return status;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public LocalDateTime getRegisteredAt() {
        return registeredAt;
    }

    public String getProposal() {
        return proposal;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public LocalDateTime getProposedAt() {
        return proposedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public Long getFormDocumentId() {
        return formDocumentId;
    }

    public String getFormNumber() {
        return formNumber;
    }

    public Long getTeamId() {
        return teamId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getPlan() {
        return plan;
    }

    public String getFindings() {
        return findings;
    }

    public JointOutcome getOutcome() {
        return outcome;
    }

    public LocalDate getOutcomeOn() {
        return outcomeOn;
    }

    public BigDecimal getMoneyCollected() {
        return moneyCollected;
    }

    public BigDecimal getLossesRecovered() {
        return lossesRecovered;
    }

    public int getContractsEnded() {
        return contractsEnded;
    }

    public BigDecimal getPaymentsRestored() {
        return paymentsRestored;
    }

    public String getResultsNote() {
        return resultsNote;
    }
}
