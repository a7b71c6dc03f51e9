package org.xinfang.core.domain.model.prevention;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One check on whether a project meets the conditions its assessment set: when, what was found, who wrote it. */
@Embeddable
public class FollowUp {

    public static final int LONGEST_NOTE = 2000;

    @Column(name = "followed_on", nullable = false)
    private LocalDate followedOn;

    @Column(name = "note", nullable = false, length = LONGEST_NOTE)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected FollowUp() {
    }

    public FollowUp(LocalDate followedOn, String note, String recordedBy, LocalDateTime recordedAt) {
        this.followedOn = followedOn;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public LocalDate getFollowedOn() {
        return followedOn;
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
