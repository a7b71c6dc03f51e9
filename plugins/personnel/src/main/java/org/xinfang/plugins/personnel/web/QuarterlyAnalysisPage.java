package org.xinfang.plugins.personnel.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.xinfang.api.port.Callers;
import org.xinfang.api.port.Organisation;
import org.xinfang.plugins.personnel.PersonnelLabels;
import org.xinfang.plugins.personnel.analysis.Quarter;
import org.xinfang.plugins.personnel.analysis.QuarterFigures;
import org.xinfang.plugins.personnel.analysis.QuarterlyAnalysis;
import org.xinfang.api.plugin.Refusal;

/**
 * The bureau's quarterly analysis ({@code /plugins/personnel/quarters.xhtml}): the four quarters of a
 * year side by side, then the chosen quarter's figures, the bureau's notes to write, issuing, and the PDF
 * from the API — all the one computation the API answers with. Opens on the last quarter that is over.
 */
@Named("personnelQuarters")
@ViewScoped
public class QuarterlyAnalysisPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The page's form, where messages about the notes show. */
    private static final String FORM = "personnel_quarters";

    @Inject
    private transient Callers callers;

    @Inject
    private transient QuarterlyAnalysis analyses;

    @Inject
    private transient Clock clock;

    @Inject
    private transient PersonnelLabels labels;

    private Long bureauId;
    private String bureauName;
    private int year;
    private int quarter;
    private String notes;
    private transient QuarterlyAnalysis.Analysis analysis;
    private transient List<QuarterFigures> yearRows;

    @PostConstruct
    void init() {
        Quarter last = Quarter.of(LocalDate.now(clock)).previous();
        year = last.year();
        quarter = last.number();
        List<Organisation.Unit> bureaus = analyses.bureaus(callers.current());
        if (!bureaus.isEmpty()) {
            bureauId = bureaus.get(0).id();
            bureauName = bureaus.get(0).name();
        }
        load();
    }

    /** Shows the chosen year and quarter. */
    public void show() {
        load();
    }

    public void saveNotes() {
        act(() -> analyses.writeNotes(callers.current(), bureauId, chosen(), notes), "personnel.quarters.notesSaved");
    }

    public void issue() {
        act(() -> analyses.issue(callers.current(), bureauId, chosen()), "personnel.quarters.issued");
    }

    private void act(java.util.function.Supplier<QuarterlyAnalysis.Analysis> action, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            analysis = action.get();
            notes = analysis.notes();
            yearRows = null;
            faces.addMessage(FORM, new FacesMessage(FacesMessage.SEVERITY_INFO, java.text.MessageFormat.format(labels.getMsg().getString(doneKey), analysis.figures().label()), null));
        } catch (Refusal refused) {
            faces.addMessage(FORM, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
            faces.validationFailed();
        }
    }

    private void load() {
        analysis = null;
        yearRows = null;
        if (bureauId == null) {
            return;
        }
        try {
            analysis = analyses.of(callers.current(), bureauId, chosen());
            notes = analysis.notes();
        } catch (Refusal refused) {
            FacesContext.getCurrentInstance().addMessage(FORM, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
        }
    }

    private String chosen() {
        return year + "-Q" + quarter;
    }

    /** The quarters of the chosen year that have begun, each counted as the API counts it. */
    public List<QuarterFigures> getYearRows() {
        if (yearRows == null) {
            yearRows = new ArrayList<>();
            LocalDate today = LocalDate.now(clock);
            if (bureauId != null && year >= Quarter.FIRST_YEAR) {
                for (int q = 1; q <= 4; q++) {
                    Quarter each = new Quarter(year, q);
                    if (!each.first().isAfter(today)) {
                        yearRows.add(analyses.figures(callers.current(), bureauId, each));
                    }
                }
            }
        }
        return yearRows;
    }

    public QuarterlyAnalysis.Analysis getAnalysis() {
        return analysis;
    }

    /** The API's address of the chosen quarter's PDF. */
    public String getPdfPath() {
        return "/api/v1/personnel/units/" + bureauId + "/quarters/" + chosen() + "/report.pdf";
    }

    public Long getBureauId() {
        return bureauId;
    }

    public String getBureauName() {
        return bureauName;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getQuarter() {
        return quarter;
    }

    public void setQuarter(int quarter) {
        this.quarter = quarter;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
