package org.xinfang.core.domain.model.reception;

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
import java.time.LocalTime;

/**
 * One dated session of a rota rule: a leader receives on this date, in these hours, up to
 * {@code capacity} bookings. Its row is locked while a booking counts the places left.
 */
@Entity
@Table(name = "reception_slot")
public class ReceptionSlot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "rule_id", nullable = false)
    private RotaRule rule;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "slot_date", nullable = false)
    private LocalDate date;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "withdrawn_at")
    private LocalDateTime withdrawnAt;

    protected ReceptionSlot() {
    }

    public ReceptionSlot(RotaRule rule, LocalDate date) {
        this.rule = rule;
        this.unitId = rule.getUnitId();
        this.date = date;
        this.startsAt = rule.getStartsAt();
        this.endsAt = rule.getEndsAt();
        this.capacity = rule.getCapacity();
    }

    /** Takes the rule's hours and capacity again (after the rule was edited) and is on the rota again if withdrawn. */
    public void follow(RotaRule edited) {
        this.startsAt = edited.getStartsAt();
        this.endsAt = edited.getEndsAt();
        this.capacity = edited.getCapacity();
        this.withdrawnAt = null;
    }

    /** Off the rota: not shown, not bookable; the row stays for the bookings that were cancelled on it. */
    public void withdraw(LocalDateTime at) {
        this.withdrawnAt = at;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public LocalDateTime start() {
        return date.atTime(startsAt);
    }

    public Long getId() {
        return id;
    }

    public RotaRule getRule() {
        return rule;
    }

    public Long getUnitId() {
        return unitId;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public int getCapacity() {
        return capacity;
    }
}
