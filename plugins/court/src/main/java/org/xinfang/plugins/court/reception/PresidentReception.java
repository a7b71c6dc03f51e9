package org.xinfang.plugins.court.reception;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.xinfang.plugins.court.kernel.CaseRecord;

/**
 * A matter received on a president's reception day (院长接待日): the vice-president who received it,
 * the presiding judge and the division head who attended, what the petitioner said and what was
 * decided. The core's 接访记录 has no place for the attending judges, and a plugin may not write it.
 */
@Entity
@Table(name = "court_president_reception")
public class PresidentReception extends CaseRecord {

    public static final int LONGEST_TEXT = 2000;

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

    protected PresidentReception() {
    }

    PresidentReception(long caseId, LocalDate heldOn, String vicePresident, String presidingJudge, String divisionHead,
                       String statement, String decision, String recordedBy, LocalDateTime recordedAt) {
        super(caseId, recordedBy, recordedAt);
        this.heldOn = heldOn;
        this.vicePresident = vicePresident;
        this.presidingJudge = presidingJudge;
        this.divisionHead = divisionHead;
        this.statement = statement;
        this.decision = decision;
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
}
