package org.xinfang.plugins.discipline.joint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A lower committee's monthly important-report form for one month, returned (月报): with the reports
 * it registered that month, or none (a nil return still counts as returned).
 */
@Entity
@Table(name = "discipline_joint_monthly_return")
public class MonthlyReturn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "committee_unit_id", nullable = false)
    private Long committeeUnitId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "period", length = 7, nullable = false)
    private String period;

    @Column(name = "reports", nullable = false)
    private int reports;

    @Column(name = "returned_by", length = 100, nullable = false)
    private String returnedBy;

    @Column(name = "returned_at", nullable = false)
    private LocalDateTime returnedAt;

    protected MonthlyReturn() {
        // JPA
    }

    public MonthlyReturn(long committeeUnitId, long unitId, String period, String returnedBy, LocalDateTime returnedAt) {
        this.committeeUnitId = committeeUnitId;
        this.unitId = unitId;
        this.period = period;
        this.returnedBy = returnedBy;
        this.returnedAt = returnedAt;
    }

    public void counted() {
        reports++;
    }

    public Long getId() {
        return id;
    }

    public Long getCommitteeUnitId() {
        return committeeUnitId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getPeriod() {
        return period;
    }

    public int getReports() {
        return reports;
    }

    public String getReturnedBy() {
        return returnedBy;
    }

    public LocalDateTime getReturnedAt() {
        return returnedAt;
    }
}
