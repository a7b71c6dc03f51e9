package org.xinfang.plugins.court.hearing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A review hearing (复查听证) of a matter under review: first scheduled — when, where, who presides and
 * who takes part — then, once held, recorded: what the petitioner said, what the court's side said, and
 * the conclusion. A hearing is recorded once.
 */
@Entity
@Table(name = "court_review_hearing")
public class ReviewHearing {

    public static final int LONGEST_TEXT = 2000;
    public static final int LONGEST_PARTICIPANTS = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "place", nullable = false, length = 200)
    private String place;

    @Column(name = "presiding", nullable = false, length = 50)
    private String presiding;

    @Column(name = "participants", nullable = false, length = LONGEST_PARTICIPANTS)
    private String participants;

    @Column(name = "scheduled_by", nullable = false, length = 64)
    private String scheduledBy;

    @Column(name = "petitioner_statement", length = LONGEST_TEXT)
    private String petitionerStatement;

    @Column(name = "court_statement", length = LONGEST_TEXT)
    private String courtStatement;

    @Column(name = "conclusion", length = LONGEST_TEXT)
    private String conclusion;

    @Column(name = "recorded_by", length = 64)
    private String recordedBy;

    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;

    protected ReviewHearing() {
    }

    ReviewHearing(long caseId, LocalDateTime startsAt, String place, String presiding, String participants, String scheduledBy) {
        this.caseId = caseId;
        this.startsAt = startsAt;
        this.place = place;
        this.presiding = presiding;
        this.participants = participants;
        this.scheduledBy = scheduledBy;
    }

    void recordAs(String petitionerSaid, String courtSaid, String concluded, String by, LocalDateTime at) {
        this.petitionerStatement = petitionerSaid;
        this.courtStatement = courtSaid;
        this.conclusion = concluded;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public boolean isHeld() {
        return recordedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getPresiding() {
        return presiding;
    }

    public String getParticipants() {
        return participants;
    }

    public String getScheduledBy() {
        return scheduledBy;
    }

    public String getPetitionerStatement() {
        return petitionerStatement;
    }

    public String getCourtStatement() {
        return courtStatement;
    }

    public String getConclusion() {
        return conclusion;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }
}
