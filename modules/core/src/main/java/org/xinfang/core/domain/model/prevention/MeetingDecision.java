package org.xinfang.core.domain.model.prevention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One decision of an analysis meeting: what is to be done, who answers for it, by when; done once followed up with a note. */
@Entity
@Table(name = "meeting_decision")
public class MeetingDecision {

    public static final int LONGEST_TEXT = 2000;
    public static final int LONGEST_RESPONSIBLE = 100;
    public static final int LONGEST_NOTE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private AnalysisMeeting meeting;

    @Column(name = "decision_text", nullable = false, length = LONGEST_TEXT)
    private String text;

    /** The person who answers for it, by name and post as the minutes write it (责任人). */
    @Column(name = "responsible", nullable = false, length = LONGEST_RESPONSIBLE)
    private String responsible;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_note", length = LONGEST_NOTE)
    private String doneNote;

    @Column(name = "done_by", length = 64)
    private String doneBy;

    @Column(name = "done_at")
    private LocalDateTime doneAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected MeetingDecision() {
    }

    MeetingDecision(AnalysisMeeting meeting, String text, String responsible, LocalDate dueOn) {
        this.meeting = meeting;
        this.text = text;
        this.responsible = responsible;
        this.dueOn = dueOn;
    }

    public void done(String note, String by, LocalDateTime at) {
        this.doneNote = note;
        this.doneBy = by;
        this.doneAt = at;
    }

    public boolean isDone() {
        return doneAt != null;
    }

    /** Not done and past its due date on {@code today}. */
    public boolean isOverdueOn(LocalDate today) {
        return !isDone() && today.isAfter(dueOn);
    }

    public Long getId() {
        return id;
    }

    public AnalysisMeeting getMeeting() {
        return meeting;
    }

    public String getText() {
        return text;
    }

    public String getResponsible() {
        return responsible;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getDoneNote() {
        return doneNote;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public LocalDateTime getDoneAt() {
        return doneAt;
    }

    public long getVersion() {
        return version;
    }
}
