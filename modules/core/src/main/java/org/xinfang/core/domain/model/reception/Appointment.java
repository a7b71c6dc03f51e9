package org.xinfang.core.domain.model.reception;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.time.LocalDateTime;
import java.util.Objects;
import org.xinfang.api.model.LegalRoute;
import org.xinfang.core.domain.model.cases.Masking;
import org.xinfang.core.domain.model.encryption.EncryptedColumn;
import org.xinfang.core.domain.model.encryption.MatchKeys;

/**
 * A petitioner's application for a leader's reception and, once scheduled, the booking on a slot
 * (预约接访): who comes (name, phone — shown masked —, an optional e-mail for the reminder), what it
 * is about, and how many come (a collective visit sends at most five representatives). It is
 * registered at the desk or online under a number (朝阳访约〔2026〕12号), classified by the desk
 * (see {@link Classification}), and a planned one is scheduled to a slot. Each reminder is marked
 * once sent, so it goes out once; the version refuses the second of two desks deciding at once.
 */
@Entity
@Table(name = "reception_appointment")
public class Appointment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The session booked; none while the application waits for classification or a session. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "slot_id")
    private ReceptionSlot slot;

    @Column(name = "application_number", length = 40)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 16)
    private ApplicationChannel channel = ApplicationChannel.DESK;

    /** The phone's match key (its digits, keyed-hashed): what the per-phone limit and the public lookup compare. */
    @Column(name = "phone_key", nullable = false, length = 64)
    private String phoneKey = "";

    /** Who registered it at the desk; null for an online application. */
    @Column(name = "applied_by", length = 64)
    private String appliedBy;

    @Column(name = "applied_at")
    private LocalDateTime appliedAt;

    /** The session an online applicant would like, if any; the desk decides. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "preferred_slot_id")
    private ReceptionSlot preferredSlot;

    @Enumerated(EnumType.STRING)
    @Column(name = "classification", length = 16)
    private Classification classification;

    @Column(name = "department", length = 200)
    private String department;

    @Column(name = "guidance", length = 1000)
    private String guidance;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_route", length = 40)
    private LegalRoute legalRoute;

    @Column(name = "classified_by", length = 64)
    private String classifiedBy;

    @Column(name = "classified_at")
    private LocalDateTime classifiedAt;

    /** The channels the petitioner's reminder went by (MAIL, SMS), so the desk knows whether a text went. */
    @Column(name = "petitioner_reminded_via", length = 32)
    private String petitionerRemindedVia;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "petitioner_name", nullable = false, length = 64)
    private String petitionerName;

    /** Stored encrypted (docs/adr/0017). */
    @Convert(converter = EncryptedColumn.class)
    @Column(name = "phone", nullable = false, length = 100)
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

    @Column(name = "booked_by", length = 64)
    private String bookedBy;

    @Column(name = "booked_at")
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
        this.phoneKey = Objects.requireNonNullElse(MatchKeys.ofPhone(phone), "");
    }

    /**
     * Registers the application in {@code unitId} under {@code number}; {@code appliedBy} is the desk
     * clerk, or null when the petitioner applied online.
     */
    public void apply(Long unitId, String number, ApplicationChannel channel, String appliedBy, LocalDateTime at,
                      ReceptionSlot preferredSlot) {
        this.unitId = unitId;
        this.number = number;
        this.channel = channel;
        this.appliedBy = appliedBy;
        this.appliedAt = at;
        this.preferredSlot = preferredSlot;
        this.status = AppointmentStatus.APPLIED;
    }

    /** Records the desk's classification; the status follows from it. */
    public void classify(Classification classification, String department, String guidance, LegalRoute legalRoute, String by,
                         LocalDateTime at) {
        this.classification = classification;
        this.department = classification == Classification.DEPARTMENT ? department : null;
        this.guidance = classification == Classification.DECLINED ? guidance : null;
        this.legalRoute = classification == Classification.DECLINED ? legalRoute : null;
        this.classifiedBy = by;
        this.classifiedAt = at;
        this.status = classification.leadsTo();
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

    public void petitionerReminded(LocalDateTime at, String via) {
        this.petitionerRemindedAt = at;
        this.petitionerRemindedVia = via;
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

    public String getNumber() {
        return number;
    }

    public ApplicationChannel getChannel() {
        return channel;
    }

    public String getPhoneKey() {
        return phoneKey;
    }

    public String getAppliedBy() {
        return appliedBy;
    }

    public LocalDateTime getAppliedAt() {
        return appliedAt;
    }

    public ReceptionSlot getPreferredSlot() {
        return preferredSlot;
    }

    public Classification getClassification() {
        return classification;
    }

    public String getDepartment() {
        return department;
    }

    public String getGuidance() {
        return guidance;
    }

    public LegalRoute getLegalRoute() {
        return legalRoute;
    }

    public String getClassifiedBy() {
        return classifiedBy;
    }

    public LocalDateTime getClassifiedAt() {
        return classifiedAt;
    }

    public String getPetitionerRemindedVia() {
        return petitionerRemindedVia;
    }

    public long getVersion() {
        return version;
    }
}
