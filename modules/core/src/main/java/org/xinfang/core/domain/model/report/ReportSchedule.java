package org.xinfang.core.domain.model.report;

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
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.xinfang.api.model.UnitLevel;

/**
 * An administrator's reporting rule for every unit of one level, or for one unit over its level's.
 * Only changed rules are stored: a level without a row reports by {@link ReportRule#DEFAULT}.
 */
@Entity
@Table(name = "report_schedule")
public class ReportSchedule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_level", length = 16, updatable = false)
    private UnitLevel unitLevel;

    @Column(name = "unit_id", updatable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "cadence", nullable = false, length = 8)
    private ReportCadence cadence;

    @Column(name = "cut_off", nullable = false)
    private LocalTime cutOff;

    @Enumerated(EnumType.STRING)
    @Column(name = "due_weekday", length = 9)
    private DayOfWeek dueWeekday;

    @Column(name = "due_day")
    private Integer dueDay;

    @Column(name = "due_next_month", nullable = false)
    private boolean dueNextMonth;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ReportSchedule() {
    }

    private ReportSchedule(UnitLevel unitLevel, Long unitId) {
        this.unitLevel = unitLevel;
        this.unitId = unitId;
    }

    public static ReportSchedule forLevel(UnitLevel level) {
        return new ReportSchedule(level, null);
    }

    public static ReportSchedule forUnit(Long unitId) {
        return new ReportSchedule(null, unitId);
    }

    /** Takes {@code rule} from now on; reports already given keep the period they were given for. */
    public void change(ReportRule rule, String by, LocalDateTime at) {
        this.cadence = rule.cadence();
        this.cutOff = rule.cutOff();
        this.dueWeekday = rule.dueWeekday();
        this.dueDay = rule.dueDay();
        this.dueNextMonth = rule.dueNextMonth();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public ReportRule rule() {
        return new ReportRule(cadence, cutOff, dueWeekday, dueDay, dueNextMonth);
    }

    public Long getId() {
        return id;
    }

    /** The level it is for; null for one unit's own rule. */
    public UnitLevel getUnitLevel() {
        return unitLevel;
    }

    /** The unit it is for; null for a level's rule. */
    public Long getUnitId() {
        return unitId;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
