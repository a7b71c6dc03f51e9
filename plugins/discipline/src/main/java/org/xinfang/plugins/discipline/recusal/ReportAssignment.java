package org.xinfang.plugins.discipline.recusal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A user put on a report as its handler (承办人) or an investigator (核查人员), after the recusal check. */
@Entity
@Table(name = "discipline_report_assignment")
@NamedQuery(name = "ReportAssignment.ofCase",
        query = "SELECT a FROM ReportAssignment a WHERE a.caseId = :caseId ORDER BY a.id")
public class ReportAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "username", length = 100, nullable = false)
    private String username;

    @Column(name = "display_name", length = 100, nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "duty", length = 32, nullable = false)
    private Duty duty;

    @Column(name = "assigned_by", length = 100, nullable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private LocalDateTime assignedAt;

    protected ReportAssignment() {
        // JPA
    }

    public ReportAssignment(long caseId, String username, String displayName, Duty duty, String assignedBy, LocalDateTime assignedAt) {
        this.caseId = caseId;
        this.username = username;
        this.displayName = displayName;
        this.duty = duty;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Duty getDuty() {
        return duty;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public LocalDateTime getAssignedAt() {
        return assignedAt;
    }
}
