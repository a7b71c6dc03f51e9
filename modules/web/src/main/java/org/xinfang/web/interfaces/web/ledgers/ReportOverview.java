package org.xinfang.web.interfaces.web.ledgers;

import org.xinfang.core.application.kernel.CallerUnits;
import org.primefaces.model.StreamedContent;
import org.xinfang.core.application.export.ListExports;
import org.xinfang.web.interfaces.web.Downloads;
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
import org.xinfang.core.application.ledgers.ZeroReports;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.web.interfaces.web.Labels;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * The roll-up for the unit above (报送汇总): for a day, each unit directly below with where it stands —
 * on time, late, missing past its cut-off, not yet due — the totals, and the reminder to the missing.
 */
@Named("reportOverview")
@ViewScoped
public class ReportOverview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ZeroReports reports;

    @Inject
    private transient ListExports exports;

    @Inject
    private transient LedgerUnits ledgerUnits;

    @Inject
    private transient CallerUnits callerUnits;

    @Inject
    private transient WebCaller webCaller;

    @Inject
    private transient UiMessages messages;

    private Long unitId;
    private LocalDate day;
    private transient List<SelectItem> units;
    private transient ZeroReports.Overview overview;

    @PostConstruct
    void start() {
        List<SelectItem> above = getUnits();
        unitId = above.isEmpty() ? null : (Long) above.get(0).getValue();
        day = LocalDate.now(Clocks.statutoryClock());
    }

    /** The units the user sees that have units below them. */
    public List<SelectItem> getUnits() {
        if (units == null) {
            List<OrgUnit> seen = callerUnits.seenBy(webCaller.get());
            // The user sees whole subtrees, so a unit has units below exactly when a seen path extends its own.
            units = seen.stream().filter(u -> seen.stream().anyMatch(v -> v != u && v.getPath().startsWith(u.getPath())))
                    .map(Labels::unitItem).toList();
        }
        return units;
    }

    public ZeroReports.Overview getOverview() {
        if (overview == null && unitId != null) {
            try {
                overview = reports.overview(webCaller.get(), unitId, day);
            } catch (InvalidInputException e) {
                messages.refused("ledgers.field.", e);
            }
        }
        return overview;
    }

    /** 下级单位 N 个：按时 a，逾期 b，未报 c，未到截止时间 d. */
    public String getTotalsLine() {
        ZeroReports.Totals t = getOverview().totals();
        return messages.text("overview.totals.line", t.units(), t.onTime(), t.late(), t.missing(), t.notDue(), t.dayOff());
    }

    /** What the reports add up to. */
    public String getFiguresLine() {
        ZeroReports.Totals t = getOverview().totals();
        return messages.text("overview.figures.line", t.nothingToReport(), t.visitBatches(), t.visitPersons(), t.incidents(), t.casesRegistered());
    }

    public void show() {
        overview = null;
    }

    /** The roll-up as shown (unit and day chosen) as an Excel workbook; nothing when no unit is chosen. */
    public StreamedContent export() {
        return unitId == null ? null : Downloads.xlsx(exports.zeroReports(webCaller.get(), unitId, day), exports.fileName("zero-reports"));
    }

    /** Whether the user may remind the missing: a clerk or leader of the unit above, with someone missing. */
    public boolean isMayRemind() {
        ZeroReports.Overview o = getOverview();
        return o != null && o.totals().missing() > 0 && ledgerUnits.keeps(webCaller.get(), o.unit());
    }

    public void remind() {
        try {
            ZeroReports.Reminding r = reports.remindMissing(webCaller.get(), unitId, day);
            messages.info(null, messages.text("overview.reminded", r.reminded().size(), r.remindedBefore().size()));
        } catch (InvalidInputException | NotPermittedException e) {
            messages.refused("ledgers.field.", e);
        }
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }
}
