package org.xinfang.plugins.company.protection;

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
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One follow-up check on a protected complainant's situation: when, by whom, what it found and — when
 * retaliation was found — in which aspects and what the company did. {@code scheduledNo} is the
 * scheduled check it fulfilled, or null for a check made before the next one was due.
 */
@Entity
@Table(name = "company_protection_check")
public class ProtectionCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "protection_id", nullable = false)
    private long protectionId;

    @Column(name = "scheduled_no")
    private Integer scheduledNo;

    @Column(name = "checked_on", nullable = false)
    private LocalDate checkedOn;

    @Column(name = "checked_by", length = 50, nullable = false)
    private String checkedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "finding", length = 20, nullable = false)
    private Finding finding;

    /** The aspects found wanting, comma-separated names; null when nothing was found. */
    @Column(name = "aspects", length = 100)
    private String aspects;

    @Column(name = "action_taken", length = 500)
    private String actionTaken;

    @Column(name = "note", length = 500)
    private String note;

    @Column(name = "recorded_by", length = 100, nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected ProtectionCheck() {
        // JPA
    }

    ProtectionCheck(long protectionId, Integer scheduledNo, CheckInput input, String recordedBy, LocalDateTime recordedAt) {
        this.protectionId = protectionId;
        this.scheduledNo = scheduledNo;
        this.checkedOn = input.checkedOn();
        this.checkedBy = input.checkedBy();
        this.finding = input.finding();
        this.aspects = input.aspects().isEmpty() ? null : input.aspects().stream().map(Enum::name).collect(Collectors.joining(","));
        this.actionTaken = input.actionTaken();
        this.note = input.note();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getProtectionId() {
        return protectionId;
    }

    public Integer getScheduledNo() {
        return scheduledNo;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public Finding getFinding() {
        return finding;
    }

    public List<Aspect> getAspects() {
        return aspects == null ? List.of() : Arrays.stream(aspects.split(",")).map(Aspect::valueOf).toList();
    }

    public String getActionTaken() {
        return actionTaken;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }
}
