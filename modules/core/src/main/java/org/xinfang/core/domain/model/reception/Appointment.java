package org.xinfang.core.domain.model.reception;

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
import java.time.LocalDateTime;
import org.xinfang.core.domain.model.cases.Masking;

/**
 * A petitioner's booking on a reception slot (预约接访): who comes (name, phone — shown masked —,
 * an optional e-mail for the reminder), what it is about, and how many come (a collective visit
 * sends at most five representatives). Each reminder is marked once sent, so it goes out once.
 */
@Entity
@Table(name = "reception_appointment")
public class Appointment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "slot_id", nullable = false)
    private ReceptionSlot slot;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "petitioner_name", nullable = false, length = 64)
    private String petitionerName;

    @Column(name = "phone", nullable = false, length = 20)
    private String phone;

    @Column(name = "email", length = 128)
    private String email;

    @Column(name = "matter", nullable = false, length = 1000)
    private String matter;

    @Column(name = "head_count", nullable = false)
    private int headCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private AppointmentStatus status;

    @Column(name = "booked_by", nullable = false, length = 64)
    private String bookedBy;

    @Column(name = "booked_at", nullable = false)
    private LocalDateTime bookedAt;

    @Column(name = "cancelled_at")
    private LocalDateTime cancelledAt;

    @Column(name = "leader_reminded_at")
    private LocalDateTime leaderRemindedAt;

    @Column(name = "petitioner_reminded_at")
    private LocalDateTime petitionerRemindedAt;

    protected Appointment() {
    }

    public Appointment(String petitionerName, String phone, String email, String matter, int headCount) {
        this.petitionerName = petitionerName;
        this.phone = phone;
        this.email = email;
        this.matter = matter;
        this.headCount = headCount;
    }

    /** Takes a place on {@code slot}. */
    public void book(ReceptionSlot slot, String bookedBy, LocalDateTime bookedAt) {
        this.slot = slot;
        this.unitId = slot.getUnitId();
        this.status = AppointmentStatus.BOOKED;
        this.bookedBy = bookedBy;
        this.bookedAt = bookedAt;
    }

    public void cancel(LocalDateTime at) {
        this.status = AppointmentStatus.CANCELLED;
        this.cancelledAt = at;
    }

    /** The leader received the petitioner: the booking is used, no longer a place held. */
    public void held() {
        this.status = AppointmentStatus.HELD;
    }

    public void leaderReminded(LocalDateTime at) {
        this.leaderRemindedAt = at;
    }

    public void petitionerReminded(LocalDateTime at) {
        this.petitionerRemindedAt = at;
    }

    public String getMaskedPhone() {
        return Masking.mask(phone, 3, 4);
    }

    public Long getId() {
        return id;
    }

    public ReceptionSlot getSlot() {
        return slot;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getPetitionerName() {
        return petitionerName;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getMatter() {
        return matter;
    }

    public int getHeadCount() {
        return headCount;
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public String getBookedBy() {
        return bookedBy;
    }

    public LocalDateTime getBookedAt() {
        return bookedAt;
    }

    public LocalDateTime getLeaderRemindedAt() {
        return leaderRemindedAt;
    }

    public LocalDateTime getPetitionerRemindedAt() {
        return petitionerRemindedAt;
    }
}
