package org.xinfang.core.domain.model.ownership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDateTime;

/** One of the four duties ticked: what was done, by whom, when. */
@Embeddable
public class DutyDone {

    public static final int LONGEST_NOTE = 1000;

    @Enumerated(EnumType.STRING)
    @Column(name = "duty", nullable = false, length = 16)
    private OwnershipDuty duty;

    @Column(name = "note", nullable = false, length = LONGEST_NOTE)
    private String note;

    @Column(name = "done_by", nullable = false, length = 64)
    private String doneBy;

    @Column(name = "done_at", nullable = false)
    private LocalDateTime doneAt;

    protected DutyDone() {
    }

    public DutyDone(OwnershipDuty duty, String note, String doneBy, LocalDateTime doneAt) {
        this.duty = duty;
        this.note = note;
        this.doneBy = doneBy;
        this.doneAt = doneAt;
    }

    public OwnershipDuty getDuty() {
        return duty;
    }

    public String getNote() {
        return note;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public LocalDateTime getDoneAt() {
        return doneAt;
    }
}
