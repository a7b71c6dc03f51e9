package org.xinfang.core.domain.model.reception;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * A leader's reception on a unit's rota (接访排班): who receives (name, title, what they are
 * responsible for), where, on what topics, how many petitioners may book each session, the hours,
 * and the dates as a {@link RotaPattern}. Saving a rule creates its slots; the rule itself is what
 * the public page shows about the leader.
 */
@Entity
@Table(name = "reception_rule")
public class RotaRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "leader_name", nullable = false, length = 64)
    private String leaderName;

    @Column(name = "leader_title", nullable = false, length = 64)
    private String leaderTitle;

    @Column(name = "responsibilities", length = 500)
    private String responsibilities;

    @Column(name = "leader_email", length = 128)
    private String leaderEmail;

    @Column(name = "place", nullable = false, length = 200)
    private String place;

    @Column(name = "topics", length = 500)
    private String topics;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "recurrence", nullable = false, length = 16)
    private Recurrence recurrence;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_weekday", length = 16)
    private DayOfWeek weekday;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "withdrawn_at")
    private LocalDateTime withdrawnAt;

    protected RotaRule() {
    }

    /** The leader and the session; the pattern and unit are given when the rule is saved. */
    public RotaRule(String leaderName, String leaderTitle, String responsibilities, String leaderEmail, String place,
                    String topics, int capacity, LocalTime startsAt, LocalTime endsAt) {
        this.leaderName = leaderName;
        this.leaderTitle = leaderTitle;
        this.responsibilities = responsibilities;
        this.leaderEmail = leaderEmail;
        this.place = place;
        this.topics = topics;
        this.capacity = capacity;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    /** Places the rule in its unit with its dates; ONCE ends the day it starts. */
    public void schedule(Long unitId, RotaPattern pattern, String createdBy, LocalDateTime createdAt) {
        this.unitId = unitId;
        this.recurrence = pattern.recurrence();
        this.startsOn = pattern.startsOn();
        this.endsOn = pattern.recurrence() == Recurrence.ONCE ? pattern.startsOn() : pattern.endsOn();
        this.weekday = pattern.recurrence() == Recurrence.ONCE ? pattern.startsOn().getDayOfWeek() : pattern.weekday();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Takes the leader, session and pattern of {@code changed}; the unit and the author stay. */
    public void revise(RotaRule changed, RotaPattern pattern) {
        this.leaderName = changed.leaderName;
        this.leaderTitle = changed.leaderTitle;
        this.responsibilities = changed.responsibilities;
        this.leaderEmail = changed.leaderEmail;
        this.place = changed.place;
        this.topics = changed.topics;
        this.capacity = changed.capacity;
        this.startsAt = changed.startsAt;
        this.endsAt = changed.endsAt;
        schedule(unitId, pattern, createdBy, createdAt);
    }

    /** The rule receives no more; its sessions already held stay on record. */
    public void withdraw(LocalDateTime at) {
        this.withdrawnAt = at;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public long getVersion() {
        return version;
    }

    public RotaPattern pattern() {
        return new RotaPattern(recurrence, weekday, startsOn, endsOn);
    }

    public Long getId() {
        return id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getLeaderName() {
        return leaderName;
    }

    public String getLeaderTitle() {
        return leaderTitle;
    }

    public String getResponsibilities() {
        return responsibilities;
    }

    public String getLeaderEmail() {
        return leaderEmail;
    }

    public String getPlace() {
        return place;
    }

    public String getTopics() {
        return topics;
    }

    public int getCapacity() {
        return capacity;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public Recurrence getRecurrence() {
        return recurrence;
    }

    public DayOfWeek getWeekday() {
        return weekday;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }
}
