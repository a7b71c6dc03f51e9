package org.xinfang.core.domain.model.prevention;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.xinfang.core.domain.model.unit.OrgUnit;

/**
 * 信访稳定风险评估: before a major project starts, the unit weighs whether it will give rise to
 * petitions — the risks found, a rating, the conditions the project must meet — and then follows up
 * on those conditions until it closes the assessment. A project is assessed before it starts, never
 * after: the assessment's date is not later than the project's planned start.
 */
@Entity
@Table(name = "risk_assessment")
public class RiskAssessment {

    public static final int LONGEST_NAME = 200;
    public static final int LONGEST_TEXT = 4000;
    public static final int LONGEST_NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrgUnit unit;

    @Column(name = "project_name", nullable = false, length = LONGEST_NAME)
    private String projectName;

    /** 项目业主 / 建设单位. */
    @Column(name = "project_owner", nullable = false, length = LONGEST_NAME)
    private String projectOwner;

    @Column(name = "planned_start", nullable = false)
    private LocalDate plannedStart;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(name = "risks_found", nullable = false, length = LONGEST_TEXT)
    private String risks;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_rating", nullable = false, length = 8)
    private RiskRating rating;

    /** What the project must do before and while it goes ahead (化解措施、前置条件). */
    @Column(name = "conditions_set", length = LONGEST_TEXT)
    private String conditions;

    @Enumerated(EnumType.STRING)
    @Column(name = "assessment_status", nullable = false, length = 16)
    private AssessmentStatus status;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "closing_note", length = LONGEST_NOTE)
    private String closingNote;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "risk_follow_up", joinColumns = @JoinColumn(name = "assessment_id"))
    // Kept in the order recorded: two follow-ups of one day may share their second (MariaDB keeps whole seconds here).
    @OrderColumn(name = "ordinal")
    private List<FollowUp> followUps = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RiskAssessment() {
    }

    public RiskAssessment(OrgUnit unit, String projectName, String projectOwner, LocalDate plannedStart, LocalDate assessedOn,
                          String risks, RiskRating rating, String conditions, String recordedBy, LocalDateTime recordedAt) {
        this.unit = unit;
        this.projectName = projectName;
        this.projectOwner = projectOwner;
        this.plannedStart = plannedStart;
        this.assessedOn = assessedOn;
        this.risks = risks;
        this.rating = rating;
        this.conditions = conditions;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.status = AssessmentStatus.ASSESSED;
    }

    /** Records one check on the conditions; the assessment is being followed up from then on. */
    public void followUp(LocalDate on, String note, String by, LocalDateTime at) {
        followUps.add(new FollowUp(on, note, by, at));
        status = AssessmentStatus.FOLLOWED_UP;
    }

    public void close(String note, String by, LocalDateTime at) {
        this.closingNote = note;
        this.closedBy = by;
        this.closedAt = at;
        this.status = AssessmentStatus.CLOSED;
    }

    public boolean isClosed() {
        return status == AssessmentStatus.CLOSED;
    }

    public Long getId() {
        return id;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public String getProjectName() {
        return projectName;
    }

    public String getProjectOwner() {
        return projectOwner;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public String getRisks() {
        return risks;
    }

    public RiskRating getRating() {
        return rating;
    }

    public String getConditions() {
        return conditions;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getClosingNote() {
        return closingNote;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public List<FollowUp> getFollowUps() {
        return List.copyOf(followUps);
    }

    public long getVersion() {
        return version;
    }
}
