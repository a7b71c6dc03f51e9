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
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.ledgers.DisputeInput;
import org.xinfang.core.application.ledgers.DisputeNotFoundException;
import org.xinfang.core.application.ledgers.LedgerUnits;
import org.xinfang.core.application.ledgers.ScreeningLedgers;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.domain.model.screening.DisputeStatus;
import org.xinfang.core.domain.model.screening.RiskLevel;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.web.interfaces.web.Labels;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * 矛盾纠纷排查台账: one unit's ledger for a month — its rounds, its disputes (filtered by risk and
 * status) and the month's figures — and, for the unit's clerks and leaders, registering a dispute,
 * recording a round as screened, closing a dispute as resolved or linking the case it became.
 */
@Named("screeningLedger")
@ViewScoped
public class ScreeningLedgerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ScreeningLedgers ledgers;

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
    private String month;
    private RiskLevel riskFilter;
    private DisputeStatus statusFilter;
    private transient List<SelectItem> units;
    private transient ScreeningLedgers.Ledger ledger;

    private LocalDate foundOn;
    private String parties;
    private String matter;
    private RiskLevel risk;
    private String responsiblePerson;
    private String plan;
    private LocalDate dueOn;

    private LocalDate roundDay;
    private String roundNote;

    /** What the keeper typed on each open line: how it was resolved, or the case it became. */
    private final Map<Long, String> resolutions = new HashMap<>();
    private final Map<Long, String> caseIds = new HashMap<>();

    @PostConstruct
    void start() {
        List<OrgUnit> kept = ledgerUnits.keptBy(webCaller.get());
        List<SelectItem> seen = getUnits();
        unitId = !kept.isEmpty() ? kept.get(0).getId() : seen.isEmpty() ? null : (Long) seen.get(0).getValue();
        LocalDate today = LocalDate.now(Clocks.statutoryClock());
        month = YearMonth.from(today).toString();
        foundOn = today;
        roundDay = today;
    }

    /** Every unit the user sees: their own ledgers and those of the units below. */
    public List<SelectItem> getUnits() {
        if (units == null) {
            units = callerUnits.seenBy(webCaller.get()).stream().map(Labels::unitItem).toList();
        }
        return units;
    }

    /** The ledger as chosen (unit, month, filters) as an Excel workbook; nothing when no unit is chosen. */
    public StreamedContent export() {
        return unitId == null ? null : Downloads.xlsx(exports.screening(webCaller.get(), unitId, chosenMonth(),
                new ScreeningLedgers.Filter(riskFilter, statusFilter)), exports.fileName("screening"));
    }

    public ScreeningLedgers.Ledger getLedger() {
        if (ledger == null && unitId != null) {
            try {
                ledger = ledgers.ledger(webCaller.get(), unitId, chosenMonth(), new ScreeningLedgers.Filter(riskFilter, statusFilter));
            } catch (InvalidInputException e) {
                messages.refused("ledgers.field.", e);
            }
        }
        return ledger;
    }

    /** The month typed, as yyyy-MM; empty is this month. */
    private YearMonth chosenMonth() {
        if (month == null || month.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(month.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("month", messages.text("screening.month.invalid"));
        }
    }

    public void show() {
        ledger = null;
    }

    public void register() {
        act(() -> {
            ledgers.register(webCaller.get(), new DisputeInput(unitId, foundOn, parties, matter, risk, responsiblePerson, plan, dueOn));
            messages.info(null, messages.text("screening.registered"));
            parties = null;
            matter = null;
            risk = null;
            responsiblePerson = null;
            plan = null;
            dueOn = null;
        });
    }

    public void recordRound() {
        act(() -> {
            var round = ledgers.recordRound(webCaller.get(), unitId, roundDay, roundNote);
            messages.info(null, messages.text("screening.roundRecorded", round.getStartsOn(), round.getEndsOn(), round.getDisputesFound()));
            roundNote = null;
        });
    }

    public void resolve(Long disputeId) {
        act(() -> {
            ledgers.resolve(webCaller.get(), disputeId, resolutions.get(disputeId));
            messages.info(null, messages.text("screening.resolved", disputeId));
            resolutions.remove(disputeId);
        });
    }

    public void turnIntoCase(Long disputeId) {
        act(() -> {
            ledgers.turnIntoCase(webCaller.get(), disputeId, caseIdTyped(caseIds.get(disputeId)));
            messages.info(null, messages.text("screening.turnedIntoCase", disputeId));
            caseIds.remove(disputeId);
        });
    }

    /** The case id typed on a line; not a number is refused on that field. */
    private Long caseIdTyped(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(typed.trim());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("caseId", messages.text("screening.caseId.invalid"));
        }
    }

    /** Runs a change; on success the ledger is read again, a refusal is shown field by field. */
    private void act(Runnable change) {
        try {
            change.run();
            show();
        } catch (InvalidInputException | NotPermittedException | IllegalTransitionException | DisputeNotFoundException e) {
            messages.refused("ledgers.field.", e);
        }
    }

    public Map<Long, String> getResolutions() {
        return resolutions;
    }

    public Map<Long, String> getCaseIds() {
        return caseIds;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public RiskLevel getRiskFilter() {
        return riskFilter;
    }

    public void setRiskFilter(RiskLevel riskFilter) {
        this.riskFilter = riskFilter;
    }

    public DisputeStatus getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(DisputeStatus statusFilter) {
        this.statusFilter = statusFilter;
    }

    public LocalDate getFoundOn() {
        return foundOn;
    }

    public void setFoundOn(LocalDate foundOn) {
        this.foundOn = foundOn;
    }

    public String getParties() {
        return parties;
    }

    public void setParties(String parties) {
        this.parties = parties;
    }

    public String getMatter() {
        return matter;
    }

    public void setMatter(String matter) {
        this.matter = matter;
    }

    public RiskLevel getRisk() {
        return risk;
    }

    public void setRisk(RiskLevel risk) {
        this.risk = risk;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public void setResponsiblePerson(String responsiblePerson) {
        this.responsiblePerson = responsiblePerson;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public LocalDate getRoundDay() {
        return roundDay;
    }

    public void setRoundDay(LocalDate roundDay) {
        this.roundDay = roundDay;
    }

    public String getRoundNote() {
        return roundNote;
    }

    public void setRoundNote(String roundNote) {
        this.roundNote = roundNote;
    }
}
