package org.xinfang.core.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One run of the audit log's verification: when, for whom (an administrator, or the schedule), how
 * many events it read, and — when the log is not intact — the first bad event or checkpoint and what
 * is wrong with it.
 */
@Entity
@Table(name = "audit_verification")
public class AuditVerification {

    /** Who asks when the schedule verifies. */
    public static final String SCHEDULE = "(schedule)";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "finished_at", nullable = false)
    private LocalDateTime finishedAt;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "events_checked", nullable = false)
    private long eventsChecked;

    @Column(name = "intact", nullable = false)
    private boolean intact;

    @Column(name = "first_bad_id")
    private Long firstBadId;

    @Enumerated(EnumType.STRING)
    @Column(name = "problem", length = 32)
    private AuditProblem problem;

    @Column(name = "detail", length = 1000)
    private String detail;

    protected AuditVerification() {
    }

    private AuditVerification(LocalDateTime startedAt, LocalDateTime finishedAt, String requestedBy, long eventsChecked,
                              Long firstBadId, AuditProblem problem, String detail) {
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.requestedBy = requestedBy;
        this.eventsChecked = eventsChecked;
        this.intact = problem == null;
        this.firstBadId = firstBadId;
        this.problem = problem;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    public static AuditVerification intact(LocalDateTime startedAt, LocalDateTime finishedAt, String requestedBy, long eventsChecked) {
        return new AuditVerification(startedAt, finishedAt, requestedBy, eventsChecked, null, null, null);
    }

    /** {@code badId} is the event's id, or the checkpoint's for {@link AuditProblem#CHECKPOINT_CHANGED}. */
    public static AuditVerification broken(LocalDateTime startedAt, LocalDateTime finishedAt, String requestedBy, long eventsChecked,
                                           long badId, AuditProblem problem, String detail) {
        return new AuditVerification(startedAt, finishedAt, requestedBy, eventsChecked, badId, problem, detail);
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public long getEventsChecked() {
        return eventsChecked;
    }

    public boolean isIntact() {
        return intact;
    }

    public Long getFirstBadId() {
        return firstBadId;
    }

    public AuditProblem getProblem() {
        return problem;
    }

    public String getDetail() {
        return detail;
    }
}
