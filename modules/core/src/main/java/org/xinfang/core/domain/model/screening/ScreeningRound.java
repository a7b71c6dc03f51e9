package org.xinfang.core.domain.model.screening;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.xinfang.core.domain.model.unit.OrgUnit;

/**
 * A unit's word that it screened for one round — with the number of disputes it registered for the
 * round then, none included (排查零报告). Once per unit and round.
 */
@Entity
@Table(name = "screening_round")
public class ScreeningRound {

    public static final int LONGEST_NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private OrgUnit unit;

    @Column(name = "starts_on", nullable = false, updatable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false, updatable = false)
    private LocalDate endsOn;

    @Column(name = "disputes_found", nullable = false, updatable = false)
    private int disputesFound;

    @Column(name = "note", length = LONGEST_NOTE, updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    protected ScreeningRound() {
    }

    public ScreeningRound(OrgUnit unit, RoundPeriod round, int disputesFound, String note, String recordedBy, LocalDateTime recordedAt) {
        this.unit = unit;
        this.startsOn = round.startsOn();
        this.endsOn = round.endsOn();
        this.disputesFound = disputesFound;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public RoundPeriod period() {
        return new RoundPeriod(startsOn, endsOn);
    }

    public Long getId() {
        return id;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public int getDisputesFound() {
        return disputesFound;
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
