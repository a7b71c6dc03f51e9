package org.xinfang.core.domain.model.report;

import java.util.List;
import java.util.Optional;
import org.xinfang.api.model.UnitLevel;

/** The stored reporting rules: one per level at most, one per unit at most. */
public interface ReportScheduleRepository {

    Optional<ReportSchedule> ofLevel(UnitLevel level);

    Optional<ReportSchedule> ofUnit(Long unitId);

    /** Every stored rule, the levels' first. */
    List<ReportSchedule> all();

    ReportSchedule add(ReportSchedule schedule);

    void remove(ReportSchedule schedule);
}
