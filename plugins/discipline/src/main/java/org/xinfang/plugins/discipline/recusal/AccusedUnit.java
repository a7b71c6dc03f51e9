package org.xinfang.plugins.discipline.recusal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The unit of the organisation tree the accused of a report belongs to (for a township cadre, that
 * township's committee): whoever holds a post there stands aside. Recorded by the clerk, or by
 * registering the report for a joint investigation, where it is also the case's region.
 */
@Entity
@Table(name = "discipline_accused_unit")
public class AccusedUnit {

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "set_by", length = 100, nullable = false)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private LocalDateTime setAt;

    protected AccusedUnit() {
        // JPA
    }

    public AccusedUnit(long caseId, long unitId, String setBy, LocalDateTime setAt) {
        this.caseId = caseId;
        this.unitId = unitId;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    void change(long newUnitId, String by, LocalDateTime at) {
        this.unitId = newUnitId;
        this.setBy = by;
        this.setAt = at;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getSetBy() {
        return setBy;
    }

    public LocalDateTime getSetAt() {
        return setAt;
    }
}
