package org.xinfang.core.domain.model.ownership;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 包案: a leader takes personal charge of a case — the four fixes (四定) of task, leader, handler and
 * due date — until the leader closes it. A case has at most one OPEN ownership at a time.
 */
@Entity
@Table(name = "case_ownership")
public class CaseOwnership {

    /** The task's column. */
    public static final int LONGEST_TASK = 1000;
    public static final int LONGEST_GROUP = 1000;
    public static final int LONGEST_PLAN = 4000;

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

    /** 工作专班: who works on it with the leader. */
    @Column(name = "working_group", length = LONGEST_GROUP)
    private String workingGroup;

    /** 化解方案: how the matter is to be resolved. */
    @Column(name = "resolution_plan", length = LONGEST_PLAN)
    private String resolutionPlan;

    /** 四包: the duties ticked so far, one record each. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ownership_duty", joinColumns = @JoinColumn(name = "ownership_id"))
    private List<DutyDone> duties = new ArrayList<>();

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

    /** Ticks one of the four duties; ticking it again replaces its note. */
    public void tick(OwnershipDuty duty, String note, String by, LocalDateTime at) {
        duties.removeIf(d -> d.getDuty() == duty);
        duties.add(new DutyDone(duty, note, by, at));
    }

    public void plan(String group, String plan) {
        this.workingGroup = group;
        this.resolutionPlan = plan;
    }

    /** The duties not ticked yet, in their order: a case is not closed before they are all done (问题不解决不撤案). */
    public List<OwnershipDuty> dutiesOutstanding() {
        return Arrays.stream(OwnershipDuty.values()).filter(d -> duties.stream().noneMatch(done -> done.getDuty() == d)).toList();
    }

    /** The record of a duty, if ticked. */
    public Optional<DutyDone> done(OwnershipDuty duty) {
        return duties.stream().filter(d -> d.getDuty() == duty).findFirst();
    }

    public String getWorkingGroup() {
        return workingGroup;
    }

    public String getResolutionPlan() {
        return resolutionPlan;
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
