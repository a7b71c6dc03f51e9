package org.xinfang.core.domain.model.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.xinfang.core.domain.model.unit.OrgUnit;

/**
 * A case sent from one unit to another (转送, 交办, or any step that moves it): the sending unit keeps
 * read-only sight of the case. An assignment with a report-back date waits for the result; the
 * assigning unit files it (审结备案) or returns it for more work with its reasons and a new date.
 */
@Entity
@Table(name = "case_referral")
public class CaseReferral {

    public static final int LONGEST_REPORT = 4000;
    public static final int LONGEST_NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "transition", nullable = false, length = 64)
    private String transition;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "from_unit_id", nullable = false)
    private OrgUnit fromUnit;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "to_unit_id", nullable = false)
    private OrgUnit toUnit;

    @Column(name = "referred_by", nullable = false, length = 64)
    private String referredBy;

    @Column(name = "referred_at", nullable = false)
    private LocalDateTime referredAt;

    @Column(name = "report_due_on")
    private LocalDate reportDueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "referral_status", nullable = false, length = 16)
    private ReferralStatus status;

    @Column(name = "report", length = LONGEST_REPORT)
    private String report;

    @Column(name = "reported_by", length = 64)
    private String reportedBy;

    @Column(name = "reported_at")
    private LocalDateTime reportedAt;

    @Column(name = "return_reason", length = LONGEST_NOTE)
    private String returnReason;

    @Column(name = "returns", nullable = false)
    private int returns;

    @Column(name = "filing_note", length = LONGEST_NOTE)
    private String filingNote;

    @Column(name = "filed_by", length = 64)
    private String filedBy;

    @Column(name = "filed_at")
    private LocalDateTime filedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CaseReferral() {
    }

    public CaseReferral(Long caseId, String transition, OrgUnit fromUnit, OrgUnit toUnit, LocalDate reportDueOn, String by,
                        LocalDateTime at) {
        this.caseId = caseId;
        this.transition = transition;
        this.fromUnit = fromUnit;
        this.toUnit = toUnit;
        this.reportDueOn = reportDueOn;
        this.referredBy = by;
        this.referredAt = at;
        this.status = reportDueOn == null ? ReferralStatus.FOLLOWING : ReferralStatus.AWAITING_REPORT;
    }

    public void reported(String text, String by, LocalDateTime at) {
        this.report = text;
        this.reportedBy = by;
        this.reportedAt = at;
        this.status = ReferralStatus.REPORTED;
    }

    public void filed(String note, String by, LocalDateTime at) {
        this.filingNote = note;
        this.filedBy = by;
        this.filedAt = at;
        this.status = ReferralStatus.FILED;
    }

    /** Back for more work: the report stays on record in the audit trail, the new date applies. */
    public void returned(String reason, LocalDate newDueOn) {
        this.returnReason = reason;
        this.reportDueOn = newDueOn;
        this.returns++;
        this.status = ReferralStatus.AWAITING_REPORT;
    }

    /** The receiving body objected and sent the matter back: nothing more to follow. */
    public void withdrawn() {
        this.status = ReferralStatus.WITHDRAWN;
    }

    public boolean isAwaitingReport() {
        return status == ReferralStatus.AWAITING_REPORT;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getTransition() {
        return transition;
    }

    public OrgUnit getFromUnit() {
        return fromUnit;
    }

    public OrgUnit getToUnit() {
        return toUnit;
    }

    public String getReferredBy() {
        return referredBy;
    }

    public LocalDateTime getReferredAt() {
        return referredAt;
    }

    public LocalDate getReportDueOn() {
        return reportDueOn;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public String getReport() {
        return report;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public LocalDateTime getReportedAt() {
        return reportedAt;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public int getReturns() {
        return returns;
    }

    public String getFilingNote() {
        return filingNote;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public LocalDateTime getFiledAt() {
        return filedAt;
    }

    public long getVersion() {
        return version;
    }
}
