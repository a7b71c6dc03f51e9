package org.xinfang.plugins.court.reception;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A matter received on a president's reception day (院长接待日): the vice-president who received it,
 * the presiding judge and the division head who attended, what the petitioner said and what was
 * decided. The core's 接访记录 has no place for the attending judges, and a plugin may not write it.
 */
@Entity
@Table(name = "court_president_reception")
public class PresidentReception {

    public static final int LONGEST_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "vice_president", nullable = false, length = 50)
    private String vicePresident;

    @Column(name = "presiding_judge", nullable = false, length = 50)
    private String presidingJudge;

    @Column(name = "division_head", nullable = false, length = 50)
    private String divisionHead;

    @Column(name = "statement", nullable = false, length = LONGEST_TEXT)
    private String statement;

    @Column(name = "decision", nullable = false, length = LONGEST_TEXT)
    private String decision;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected PresidentReception() {
    }

    PresidentReception(long caseId, LocalDate heldOn, String vicePresident, String presidingJudge, String divisionHead,
                       String statement, String decision, String recordedBy, LocalDateTime recordedAt) {
        this.caseId = caseId;
        this.heldOn = heldOn;
        this.vicePresident = vicePresident;
        this.presidingJudge = presidingJudge;
        this.divisionHead = divisionHead;
        this.statement = statement;
        this.decision = decision;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getVicePresident() {
        return vicePresident;
    }

    public String getPresidingJudge() {
        return presidingJudge;
    }

    public String getDivisionHead() {
        return divisionHead;
    }

    public String getStatement() {
        return statement;
    }

    public String getDecision() {
        return decision;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }
}
