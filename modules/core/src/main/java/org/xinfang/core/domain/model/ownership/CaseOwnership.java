package org.xinfang.core.domain.model.ownership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * 包案: a leader takes personal charge of a case — the four fixes (四定) of task, leader, handler and
 * due date — until the leader closes it. A case has at most one OPEN ownership at a time.
 */
@Entity
@Table(name = "case_ownership")
public class CaseOwnership {

    /** The task's column. */
    public static final int LONGEST_TASK = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "leader_username", nullable = false, length = 64)
    private String leaderUsername;

    @Column(name = "handler_username", nullable = false, length = 64)
    private String handlerUsername;

    @Column(name = "task", nullable = false, length = LONGEST_TASK)
    private String task;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 8)
    private OwnershipStatus status;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    protected CaseOwnership() {
    }

    public CaseOwnership(String leaderUsername, String handlerUsername, String task, LocalDate dueOn) {
        this.leaderUsername = leaderUsername;
        this.handlerUsername = handlerUsername;
        this.task = task;
        this.dueOn = dueOn;
    }

    public void open(Long caseId, Long unitId, String by, LocalDateTime at) {
        this.caseId = caseId;
        this.unitId = unitId;
        this.status = OwnershipStatus.OPEN;
        this.createdBy = by;
        this.createdAt = at;
    }

    public void close(String by, LocalDateTime at) {
        this.status = OwnershipStatus.DONE;
        this.closedBy = by;
        this.closedAt = at;
    }

    /** Past its due date and still open on {@code today}. */
    public boolean isOverdueOn(LocalDate today) {
        return status == OwnershipStatus.OPEN && dueOn.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getLeaderUsername() {
        return leaderUsername;
    }

    public String getHandlerUsername() {
        return handlerUsername;
    }

    public String getTask() {
        return task;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public OwnershipStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }
}
