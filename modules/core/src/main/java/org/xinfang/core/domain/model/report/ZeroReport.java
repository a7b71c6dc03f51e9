package org.xinfang.core.domain.model.report;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.xinfang.core.domain.model.unit.OrgUnit;

/**
 * 零报告: a unit's report for one period of its schedule. Either nothing to report, or the period's
 * visits (batches and persons) and incidents with a written account; the cases the unit registered in
 * the period are counted by the system when the report is given, never typed. A report after the
 * cut-off is accepted and marked late. One report per unit and period; it is not changed afterwards.
 */
@Entity
@Table(name = "zero_report")
public class ZeroReport {

    public static final int LONGEST_NOTES = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private OrgUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "cadence", nullable = false, length = 8, updatable = false)
    private ReportCadence cadence;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false, updatable = false)
    private LocalDate periodEnd;

    @Column(name = "nothing_to_report", nullable = false, updatable = false)
    private boolean nothingToReport;

    @Column(name = "visit_batches", nullable = false, updatable = false)
    private int visitBatches;

    @Column(name = "visit_persons", nullable = false, updatable = false)
    private int visitPersons;

    @Column(name = "incidents", nullable = false, updatable = false)
    private int incidents;

    @Column(name = "cases_registered", nullable = false, updatable = false)
    private int casesRegistered;

    @Column(name = "notes", length = LONGEST_NOTES, updatable = false)
    private String notes;

    @Column(name = "due_at", nullable = false, updatable = false)
    private LocalDateTime dueAt;

    @Column(name = "late", nullable = false, updatable = false)
    private boolean late;

    @Column(name = "reported_by", nullable = false, length = 64, updatable = false)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private LocalDateTime reportedAt;

    protected ZeroReport() {
    }

    /** What the unit tells for the period: nothing, or its figures and account. */
    public record Contents(boolean nothingToReport, int visitBatches, int visitPersons, int incidents, String notes) {
    }

    /**
     * A report given at {@code reportedAt}, due at {@code dueAt}: late when given after its cut-off.
     *
     * @param casesRegistered the cases the system counted in the unit for the period
     */
    public ZeroReport(OrgUnit unit, ReportPeriod period, LocalDateTime dueAt, Contents contents, int casesRegistered,
                      String reportedBy, LocalDateTime reportedAt) {
        this.unit = unit;
        this.cadence = period.cadence();
        this.periodStart = period.startsOn();
        this.periodEnd = period.endsOn();
        this.nothingToReport = contents.nothingToReport();
        this.visitBatches = contents.visitBatches();
        this.visitPersons = contents.visitPersons();
        this.incidents = contents.incidents();
        this.notes = contents.notes();
        this.casesRegistered = casesRegistered;
        this.dueAt = dueAt;
        this.late = reportedAt.isAfter(dueAt);
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    public ReportPeriod period() {
        return new ReportPeriod(cadence, periodStart, periodEnd);
    }

    public Long getId() {
        return id;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public ReportCadence getCadence() {
        return cadence;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public boolean isNothingToReport() {
        return nothingToReport;
    }

    public int getVisitBatches() {
        return visitBatches;
    }

    public int getVisitPersons() {
        return visitPersons;
    }

    public int getIncidents() {
        return incidents;
    }

    public int getCasesRegistered() {
        return casesRegistered;
    }

    public String getNotes() {
        return notes;
    }

    public LocalDateTime getDueAt() {
        return dueAt;
    }

    public boolean isLate() {
        return late;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public LocalDateTime getReportedAt() {
        return reportedAt;
    }
}
