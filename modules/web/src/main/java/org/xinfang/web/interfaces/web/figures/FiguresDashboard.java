package org.xinfang.web.interfaces.web.figures;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.xinfang.core.application.figures.Assessments;
import org.xinfang.core.application.figures.FigureExports;
import org.xinfang.core.application.figures.Figures;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.kernel.CallerUnits;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.figures.AssessmentPart;
import org.xinfang.core.domain.model.figures.AssessmentScore;
import org.xinfang.core.domain.model.figures.MatterFactsRepository.Part;
import org.xinfang.core.domain.model.user.CoreRoles;
import org.xinfang.core.domain.model.figures.Rate;
import org.xinfang.core.domain.model.figures.Tally;
import org.xinfang.web.interfaces.web.Downloads;
import org.xinfang.web.interfaces.web.Labels;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * 指标看板: a unit's rates for a period, each a card that opens the matters behind it; the trend by
 * month, the units below, the categories and the overdue picture as charts; the tables by unit, agency
 * type, channel, category and month; the whole as Excel and as a printable PDF.
 */
@Named("figuresPage")
@ViewScoped
public class FiguresDashboard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Figures figures;

    @Inject
    private transient FigureExports exports;

    @Inject
    private transient Assessments assessments;

    @Inject
    private transient CallerUnits callerUnits;

    @Inject
    private transient WebCaller webCaller;

    @Inject
    private transient UiMessages messages;

    @Inject
    private transient IdentityDisclosure disclosure;

    private Long unitId;
    private LocalDate from;
    private LocalDate to;
    private transient List<SelectItem> units;
    private transient Figures.Report report;
    private transient Figures.Behind behind;
    private transient Assessments.Assessment assessment;
    private String behindTitle;
    /** The last choice was refused: nothing is counted until the next. */
    private boolean refused;

    @PostConstruct
    void start() {
        unitId = webCaller.get().homeUnitId();
        to = LocalDate.now(Clocks.statutoryClock());
        from = to.withDayOfYear(1);
    }

    /** The units the user sees, in tree order. */
    public List<SelectItem> getUnits() {
        if (units == null) {
            units = callerUnits.seenBy(webCaller.get()).stream().map(Labels::unitItem).toList();
        }
        return units;
    }

    /** The report for the chosen unit and period; null when the choice was refused (the refusal is shown by {@link #show}). */
    public Figures.Report getReport() {
        if (report == null && unitId != null && !refused) {
            report = figures.report(webCaller.get(), unitId, from, to);
        }
        return report;
    }

    /** Counts the chosen unit and period, or says at once what is wrong with the choice and shows nothing. */
    public void show() {
        report = null;
        behind = null;
        assessment = null;
        refused = false;
        try {
            report = figures.report(webCaller.get(), unitId, from, to);
        } catch (InvalidInputException e) {
            refused = true;
            messages.refused("figures.field.", e);
        }
    }

    /** The assessment of the units below the chosen one for the period (as closed, if it is). */
    public Assessments.Assessment getAssessment() {
        if (assessment == null && getReport() != null) {
            assessment = assessments.of(getReport());
        }
        return assessment;
    }

    /** The parts an assessment weighs, in order, for the table's columns. */
    public List<AssessmentPart> getParts() {
        return List.of(AssessmentPart.values());
    }

    /** A part's share of a line, as {@code 83.3%（5/6）}, or — with nothing to count. */
    public String share(Assessments.Line line, AssessmentPart part) {
        AssessmentScore.Share s = line.shares().get(part);
        return s == null || s.percent() == null ? "—" : s.percent().toPlainString() + "%（" + s + "）";
    }

    /** Whether the user may close the period: an administrator, the period over, not closed yet. */
    public boolean isMayClose() {
        Assessments.Assessment a = getAssessment();
        return a != null && !a.isClosed() && webCaller.get().hasRole(CoreRoles.ADMIN) && to != null
                && to.isBefore(LocalDate.now(Clocks.statutoryClock()));
    }

    public void close() {
        try {
            assessment = assessments.close(webCaller.get(), unitId, from, to);
            messages.info(null, messages.text("figures.assessment.closedNow", from, to));
        } catch (InvalidInputException | NotPermittedException e) {
            messages.refused("figures.field.", e);
        }
    }

    /** Every rate of the whole, for the cards. */
    public List<Tally.Ratio> getRatios() {
        return getReport() == null ? List.of() : List.copyOf(getReport().total().ratios().values());
    }

    /** Opens the matters behind {@code part} of {@code rate} in the line {@code key} of {@code breakdown} (null: the whole). */
    public void open(String rateName, String partName, String breakdown, String key) {
        Rate rate = Rate.valueOf(rateName);
        Part part = Part.valueOf(partName);
        Figures.Narrowing narrowing = Narrowings.of(breakdown, key);
        try {
            behind = figures.behind(webCaller.get(), unitId, from, to, rate, part, narrowing);
            behindTitle = messages.text("figures.behind.title", rate.label().in(webCaller.get().locale()), messages.text("figures.part." + part),
                    behind.total());
        } catch (InvalidInputException e) {
            messages.refused("figures.field.", e);
        }
    }

    /** A listed matter's subject, with sealed identities redacted as everywhere else. */
    public String subjectOf(Case c) {
        return disclosure.redact(c, c.getSubject());
    }

    /** The rates in their order, for the tables' columns. */
    public List<Rate> getRates() {
        return List.of(Rate.values());
    }

    public Figures.Behind getBehind() {
        return behind;
    }

    public String getBehindTitle() {
        return behindTitle;
    }

    /** The trend by month: matters received as bars, two rates as lines (Chart.js configuration). */
    public String getTrendChart() {
        return getReport() == null ? null : Charts.trend(getReport().byMonth(), webCaller.get().locale(), messages.text("figures.chart.received"));
    }

    /** The units below: matters received and the two backlogs. */
    public String getUnitsChart() {
        return getReport() == null ? null : Charts.units(getReport().byUnit(), webCaller.get().locale(), messages.text("figures.chart.received"));
    }

    /** The categories: matters received in each. */
    public String getCategoriesChart() {
        return getReport() == null ? null : Charts.counts(getReport().byCategory(), messages.text("figures.chart.received"));
    }

    /** The whole as an Excel workbook, a sheet per table; nothing (the refusal shown) for a refused choice. */
    public StreamedContent excel() {
        try {
            return Downloads.xlsx(exports.workbook(webCaller.get(), unitId, from, to),
                    FigureExports.fileName("xlsx", LocalDate.now(Clocks.statutoryClock())));
        } catch (InvalidInputException e) {
            refusedNow(e);
            return null;
        }
    }

    /** The report on the unit's letterhead, to print; nothing (the refusal shown) for a refused choice. */
    public StreamedContent pdf() {
        try {
            return Downloads.pdf(exports.pdf(webCaller.get(), unitId, from, to),
                    FigureExports.fileName("pdf", LocalDate.now(Clocks.statutoryClock())));
        } catch (InvalidInputException e) {
            refusedNow(e);
            return null;
        }
    }

    private void refusedNow(InvalidInputException e) {
        report = null;
        assessment = null;
        refused = true;
        messages.refused("figures.field.", e);
    }

    /** What the closing asks: the unit and the period, by name. */
    public String getCloseQuestion() {
        Assessments.Assessment a = getAssessment();
        return a == null ? "" : messages.text("figures.assessment.confirm", a.unit().getName(), a.from(), a.to());
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
