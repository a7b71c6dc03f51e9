package org.xinfang.plugins.company.protection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One protection flag on a company matter: since when the complainant is protected, why, and — once a
 * leader cleared it — why it ended. Its follow-up checks count from {@link #getSince()}.
 */
@Entity
@Table(name = "company_protection")
public class Protection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "since", nullable = false)
    private LocalDate since;

    @Column(name = "reason", length = 500, nullable = false)
    private String reason;

    @Column(name = "flagged_by", length = 100, nullable = false)
    private String flaggedBy;

    @Column(name = "flagged_at", nullable = false)
    private LocalDateTime flaggedAt;

    @Column(name = "clear_reason", length = 500)
    private String clearReason;

    @Column(name = "cleared_by", length = 100)
    private String clearedBy;

    @Column(name = "cleared_at")
    private LocalDateTime clearedAt;

    protected Protection() {
        // JPA
    }

    Protection(long caseId, LocalDate since, String reason, String flaggedBy, LocalDateTime flaggedAt) {
        this.caseId = caseId;
        this.since = since;
        this.reason = reason;
        this.flaggedBy = flaggedBy;
        this.flaggedAt = flaggedAt;
    }

    void clear(String why, String by, LocalDateTime at) {
        this.clearReason = why;
        this.clearedBy = by;
        this.clearedAt = at;
    }

    public boolean isActive() {
        return clearedAt == null;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public LocalDate getSince() {
        return since;
    }

    public String getReason() {
        return reason;
    }

    public String getFlaggedBy() {
        return flaggedBy;
    }

    public LocalDateTime getFlaggedAt() {
        return flaggedAt;
    }

    public String getClearReason() {
        return clearReason;
    }

    public String getClearedBy() {
        return clearedBy;
    }

    public LocalDateTime getClearedAt() {
        return clearedAt;
    }
}
