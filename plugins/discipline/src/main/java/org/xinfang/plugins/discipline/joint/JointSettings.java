package org.xinfang.plugins.discipline.joint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A committee's own rules for joint investigations: the day of the month by which lower committees
 * return their monthly form (the seed's committee: the 20th), and the days a team has for a case.
 */
@Entity
@Table(name = "discipline_joint_settings")
public class JointSettings {

    public static final int DEFAULT_DUE_DAY = 20;
    public static final int DEFAULT_DAYS_PER_CASE = 60;

    @Id
    @Column(name = "committee_unit_id")
    private Long committeeUnitId;

    @Column(name = "monthly_due_day", nullable = false)
    private int monthlyDueDay = DEFAULT_DUE_DAY;

    @Column(name = "days_per_case", nullable = false)
    private int daysPerCase = DEFAULT_DAYS_PER_CASE;

    @Column(name = "updated_by", length = 100, nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected JointSettings() {
        // JPA
    }

    /** The defaults, for a committee that never changed them (not stored). */
    public static JointSettings defaults(long committeeUnitId) {
        JointSettings settings = new JointSettings();
        settings.committeeUnitId = committeeUnitId;
        settings.updatedBy = "";
        return settings;
    }

    public void change(int dueDay, int days, String by, LocalDateTime at) {
        this.monthlyDueDay = dueDay;
        this.daysPerCase = days;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getCommitteeUnitId() {
        return committeeUnitId;
    }

    public int getMonthlyDueDay() {
        return monthlyDueDay;
    }

    public int getDaysPerCase() {
        return daysPerCase;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
