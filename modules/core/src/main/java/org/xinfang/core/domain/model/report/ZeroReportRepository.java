package org.xinfang.core.domain.model.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Units' reports. Whether the caller may see a unit is the use case's check. */
public interface ZeroReportRepository {

    /**
     * The unit's report for the period, read after locking the unit's row and with a locking read, so
     * that two clerks reporting at once queue and the second finds the first's report.
     */
    Optional<ZeroReport> ofPeriodLocked(Long unitId, ReportPeriod period);

    /** Stores a report and writes it now, so that the unique key guards it inside the caller's transaction. */
    ZeroReport add(ZeroReport report);

    /** The unit's reports whose period starts within {@code [from, to]}, the latest first. */
    List<ZeroReport> ofUnit(Long unitId, LocalDate from, LocalDate to);

    /** The reports of the units directly under {@code parentId} whose period contains {@code day}. */
    List<ZeroReport> ofChildrenCovering(Long parentId, LocalDate day);

    /** The unit's reports whose period shares a day with {@code [from, to]}, oldest first. */
    List<ZeroReport> ofUnitOverlapping(Long unitId, LocalDate from, LocalDate to);

    /** The cases received within {@code [from, to]} and registered in the unit itself, wherever they went since: the figure a report carries. */
    int casesReceived(Long unitId, LocalDate from, LocalDate to);
}
