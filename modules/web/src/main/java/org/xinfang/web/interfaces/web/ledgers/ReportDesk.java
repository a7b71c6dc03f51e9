package org.xinfang.web.interfaces.web.ledgers;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.ledgers.LedgerUnits;
import org.xinfang.core.application.ledgers.ReportInput;
import org.xinfang.core.application.ledgers.ZeroReports;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.domain.model.report.ZeroReport;
import org.xinfang.web.interfaces.web.Labels;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * 零报告 for the clerk: the units they keep, each with its rule, this period's cut-off and whether it
 * is reported; the form to report nothing or the period's figures; and the unit's recent reports.
 */
@Named("reportDesk")
@ViewScoped
public class ReportDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ZeroReports reports;

    @Inject
    private transient LedgerUnits ledgerUnits;

    @Inject
    private transient WebCaller webCaller;

    @Inject
    private transient UiMessages messages;

    private Long unitId;
    private LocalDate period;
    private boolean nothingToReport = true;
    private Integer visitBatches;
    private Integer visitPersons;
    private Integer incidents;
    private String notes;
    private transient List<SelectItem> units;
    private transient ZeroReports.Due due;
    private transient List<ZeroReport> history;

    @PostConstruct
    void start() {
        List<SelectItem> kept = getUnits();
        unitId = kept.isEmpty() ? null : (Long) kept.get(0).getValue();
        period = LocalDate.now(Clocks.statutoryClock());
    }

    /** The units whose reports the user gives. */
    public List<SelectItem> getUnits() {
        if (units == null) {
            units = ledgerUnits.keptBy(webCaller.get()).stream().map(Labels::unitItem).toList();
        }
        return units;
    }

    /** Where the chosen unit stands today. */
    public ZeroReports.Due getDue() {
        if (due == null && unitId != null) {
            due = reports.due(webCaller.get(), unitId, null);
        }
        return due;
    }

    public List<ZeroReport> getHistory() {
        if (history == null) {
            history = unitId == null ? List.of() : reports.history(webCaller.get(), unitId, null, null);
        }
        return history;
    }

    /** Another unit was chosen: read its standing and history again. */
    public void show() {
        due = null;
        history = null;
    }

    public void submit() {
        try {
            ZeroReport saved = reports.submit(webCaller.get(), new ReportInput(unitId, period, nothingToReport,
                    nothingToReport ? null : visitBatches, nothingToReport ? null : visitPersons, nothingToReport ? null : incidents,
                    nothingToReport ? null : notes));
            messages.info(null, messages.text(saved.isLate() ? "reports.submitted.late" : "reports.submitted",
                    ZeroReports.label(saved.period(), webCaller.get().locale())));
            visitBatches = null;
            visitPersons = null;
            incidents = null;
            notes = null;
            nothingToReport = true;
            show();
        } catch (InvalidInputException | NotPermittedException e) {
            messages.refused("ledgers.field.", e);
        }
    }

    /** A report's period as people say it. */
    public String periodOf(ZeroReport r) {
        return ZeroReports.label(r.period(), webCaller.get().locale());
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public LocalDate getPeriod() {
        return period;
    }

    public void setPeriod(LocalDate period) {
        this.period = period;
    }

    public boolean isNothingToReport() {
        return nothingToReport;
    }

    public void setNothingToReport(boolean nothingToReport) {
        this.nothingToReport = nothingToReport;
    }

    public Integer getVisitBatches() {
        return visitBatches;
    }

    public void setVisitBatches(Integer visitBatches) {
        this.visitBatches = visitBatches;
    }

    public Integer getVisitPersons() {
        return visitPersons;
    }

    public void setVisitPersons(Integer visitPersons) {
        this.visitPersons = visitPersons;
    }

    public Integer getIncidents() {
        return incidents;
    }

    public void setIncidents(Integer incidents) {
        this.incidents = incidents;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
