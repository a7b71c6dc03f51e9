package org.xinfang.plugins.court.aid.web;

import org.xinfang.plugins.court.kernel.Texts;
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
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.Callers;
import org.xinfang.plugins.court.aid.AidCounts;
import org.xinfang.plugins.court.aid.AidFigures;
import org.xinfang.api.plugin.Refusal;
import org.xinfang.plugins.court.aid.Period;

/**
 * The judicial-aid figures ({@code /plugins/court/aid-figures.xhtml}) for a year or a range of dates,
 * over the courts the caller sees: the same computation the API answers with, and its workbook.
 */
@Named("aidFigures")
@ViewScoped
public class AidFiguresPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line of the table: its group (by state, by source, total) and its figures. */
    public record Row(String group, AidFigures.Line line) {
    }

    @Inject
    private transient Callers callers;

    @Inject
    private transient AidCounts counts;

    @Inject
    private transient Clock clock;

    private String year;
    private String from;
    private String to;
    private Period shown;
    private transient List<Row> rows;

    @PostConstruct
    void init() {
        year = String.valueOf(LocalDate.now(clock).getYear());
        show();
    }

    /** Counts the period typed: the range when a date is given, else the year. */
    public void show() {
        Caller caller = callers.current();
        boolean range = !blank(from) || !blank(to);
        try {
            shown = Period.of(range ? null : year, range ? blankToNull(from) : null, range ? blankToNull(to) : null,
                    LocalDate.now(clock), caller.locale());
        } catch (Refusal refused) {
            FacesContext.getCurrentInstance().addMessage("court_aid_figures",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
            return;
        }
        rows = null;
    }

    public List<Row> getRows() {
        if (rows == null && shown != null) {
            Caller caller = callers.current();
            AidFigures figures = counts.figures(caller, shown);
            rows = new ArrayList<>();
            String byState = Texts.get(caller.locale(), "court.aid.figures.byState");
            String bySource = Texts.get(caller.locale(), "court.aid.figures.bySource");
            figures.byState().forEach(l -> rows.add(new Row(byState, l)));
            figures.bySource().forEach(l -> rows.add(new Row(bySource, l)));
            rows.add(new Row("", figures.total()));
        }
        return rows == null ? List.of() : rows;
    }

    /** The query of the workbook's link: the period shown. */
    public String getWorkbookQuery() {
        return shown == null ? "" : "from=" + shown.from() + "&to=" + shown.to();
    }

    public Period getShown() {
        return shown;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
