package org.xinfang.web.interfaces.web.prevention;

import jakarta.faces.model.SelectItem;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The unit and period a prevention page narrows its list and its Excel ledger to: by default the first
 * unit the user sees (their own, in tree order) from the first day of the year, open-ended.
 */
public final class LedgerFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long unitId;
    private LocalDate from;
    private LocalDate to;

    LedgerFilter(List<SelectItem> seenUnits, LocalDate today) {
        this.unitId = seenUnits.isEmpty() ? null : (Long) seenUnits.get(0).getValue();
        this.from = today.withDayOfYear(1);
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
