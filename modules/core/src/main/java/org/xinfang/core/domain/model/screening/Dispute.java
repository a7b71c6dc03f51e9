package org.xinfang.core.domain.model.screening;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.xinfang.core.domain.model.unit.OrgUnit;

/**
 * One dispute found in screening (排查出的矛盾纠纷), a line of the unit's ledger: who is at odds (names
 * as text), about what, how risky, who answers for it, the plan and the time limit (定人、定方案、定时限).
 * It is worked on until it is resolved — with a note saying how — or turned into a case, and then stays
 * as it ended.
 */
@Entity
@Table(name = "screening_dispute")
public class Dispute {

    public static final int LONGEST_PARTIES = 500;
    public static final int LONGEST_MATTER = 2000;
    public static final int LONGEST_PERSON = 100;
    public static final int LONGEST_PLAN = 2000;
    public static final int LONGEST_RESOLUTION = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private OrgUnit unit;

    @Column(name = "found_on", nullable = false, updatable = false)
    private LocalDate foundOn;

    /** The screening round it was found in: the first day of that round. */
    @Column(name = "round_starts_on", nullable = false, updatable = false)
    private LocalDate roundStartsOn;

    @Column(name = "parties", nullable = false, length = LONGEST_PARTIES)
    private String parties;

    @Column(name = "matter", nullable = false, length = LONGEST_MATTER)
    private String matter;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk", nullable = false, length = 8)
    private RiskLevel risk;

    @Column(name = "responsible_person", nullable = false, length = LONGEST_PERSON)
    private String responsiblePerson;

    @Column(name = "plan", nullable = false, length = LONGEST_PLAN)
    private String plan;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "dispute_status", nullable = false, length = 16)
    private DisputeStatus status;

    @Column(name = "resolution", length = LONGEST_RESOLUTION)
    private String resolution;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "settled_by", length = 64)
    private String settledBy;

    @Column(name = "settled_at")
    private LocalDateTime settledAt;

    @Column(name = "registered_by", nullable = false, length = 64, updatable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private LocalDateTime registeredAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Dispute() {
    }

    /** What the screening found and what the unit means to do about it. */
    public record Finding(LocalDate foundOn, String parties, String matter, RiskLevel risk, String responsiblePerson, String plan,
                          LocalDate dueOn) {
    }

    public Dispute(OrgUnit unit, RoundPeriod round, Finding finding, String registeredBy, LocalDateTime registeredAt) {
        this.unit = unit;
        this.roundStartsOn = round.startsOn();
        this.foundOn = finding.foundOn();
        this.parties = finding.parties();
        this.matter = finding.matter();
        this.risk = finding.risk();
        this.responsiblePerson = finding.responsiblePerson();
        this.plan = finding.plan();
        this.dueOn = finding.dueOn();
        this.status = DisputeStatus.OPEN;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    public boolean isOpen() {
        return status == DisputeStatus.OPEN;
    }

    /** Settled on the spot or by mediation: how, in the note. */
    public void resolve(String note, String by, LocalDateTime at) {
        settle(DisputeStatus.RESOLVED, by, at);
        this.resolution = note;
    }

    /** The matter is now followed as a case under the procedure. */
    public void turnIntoCase(Long linkedCaseId, String by, LocalDateTime at) {
        settle(DisputeStatus.TURNED_INTO_CASE, by, at);
        this.caseId = linkedCaseId;
    }

    private void settle(DisputeStatus outcome, String by, LocalDateTime at) {
        if (!isOpen()) {
            throw new IllegalStateException("Dispute " + id + " is already " + status);
        }
        this.status = outcome;
        this.settledBy = by;
        this.settledAt = at;
    }

    /** Still open after its time limit on {@code today}. */
    public boolean isOverdueOn(LocalDate today) {
        return isOpen() && today.isAfter(dueOn);
    }

    public Long getId() {
        return id;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public LocalDate getFoundOn() {
        return foundOn;
    }

    public LocalDate getRoundStartsOn() {
        return roundStartsOn;
    }

    public String getParties() {
        return parties;
    }

    public String getMatter() {
        return matter;
    }

    public RiskLevel getRisk() {
        return risk;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public String getPlan() {
        return plan;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public DisputeStatus getStatus() {
        return status;
    }

    public String getResolution() {
        return resolution;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getSettledBy() {
        return settledBy;
    }

    public LocalDateTime getSettledAt() {
        return settledAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public LocalDateTime getRegisteredAt() {
        return registeredAt;
    }

    public long getVersion() {
        return version;
    }
}
