package org.xinfang.core.domain.model.supervision;

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
import java.util.Locale;

/**
 * That a reminder was sent: about a clock or an order, of a kind, for a due date; or to a unit missing
 * its report for a period. Its key is unique in the database, so a second scanner that tries to send
 * the same reminder fails before sending.
 */
@Entity
@Table(name = "sent_reminder")
public class SentReminder {

    public static final String CLOCK = "clock";
    public static final String ORDER = "order";

    /** The subject type of a unit missing its report, one per cadence: the periods of two cadences can start on one day. */
    public static final String MISSING_REPORT = "report-";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_type", nullable = false, length = 16)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reminder_kind", nullable = false, length = 24)
    private ReminderKind kind;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    /** The case the clock or order belongs to; none for a missing report. */
    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "sent_at", nullable = false)
    private LocalDateTime sentAt;

    protected SentReminder() {
    }

    public SentReminder(String subjectType, Long subjectId, ReminderKind kind, LocalDate dueOn, Long caseId, LocalDateTime sentAt) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.kind = kind;
        this.dueOn = dueOn;
        this.caseId = caseId;
        this.sentAt = sentAt;
    }

    /** That {@code unitId} was reminded of its report of {@code cadence} for the period starting {@code periodStart}. */
    public static SentReminder ofMissingReport(Long unitId, String cadence, LocalDate periodStart, LocalDateTime sentAt) {
        return new SentReminder(MISSING_REPORT + cadence.toLowerCase(Locale.ROOT), unitId, ReminderKind.REPORT_MISSING,
                periodStart, null, sentAt);
    }

    public Long getId() {
        return id;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public ReminderKind getKind() {
        return kind;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Long getCaseId() {
        return caseId;
    }
}
