package org.xinfang.core.application.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.Documents;
import org.xinfang.api.port.Spreadsheets;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.domain.model.figures.Rate;
import org.xinfang.core.domain.model.figures.Tally;

/**
 * A unit's figures for a period as the office files them: an Excel workbook with a sheet for each of
 * the dashboard's tables, and a printable PDF report on the unit's letterhead. Both are the report the
 * dashboard shows, counted the same way.
 */
@ApplicationScoped
public class FigureExports {

    /** The series a figures report is set under: a draft, never numbered (the report is recounted each time). */
    static final String SERIES = "统计";

    @Inject
    private Figures figures;

    @Inject
    private Spreadsheets spreadsheets;

    @Inject
    private Documents documents;

    /** The report's tables — total, by unit below, agency type, channel, category and month — one sheet each. */
    @Transactional
    public byte[] workbook(Caller caller, Long unitId, LocalDate from, LocalDate to) {
        Figures.Report r = figures.report(caller, unitId, from, to);
        Locale locale = caller.locale();
        String title = title(r, locale);
        List<Spreadsheets.Table> tables = new ArrayList<>();
        tables.add(table(locale, "figures.sheet.total", title, List.of(new Figures.Line("total", r.unit().getName(), r.total()))));
        tables.add(table(locale, "figures.sheet.units", title, r.byUnit()));
        tables.add(table(locale, "figures.sheet.agencies", title, r.byAgency()));
        tables.add(table(locale, "figures.sheet.channels", title, r.byChannel()));
        tables.add(table(locale, "figures.sheet.categories", title, r.byCategory()));
        tables.add(table(locale, "figures.sheet.months", title, r.byMonth()));
        return spreadsheets.write(tables);
    }

    /** The report as a PDF on the unit's letterhead: the period, every rate with what it divides, and the lines by unit below. */
    @Transactional
    public byte[] pdf(Caller caller, Long unitId, LocalDate from, LocalDate to) {
        Figures.Report r = figures.report(caller, unitId, from, to);
        Locale locale = caller.locale();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(Messages.get(locale, "figures.pdf.scope", r.from(), r.to(), r.asOf(), r.total().received()));
        for (Rate rate : Rate.values()) {
            paragraphs.add(ratio(locale, r.total().ratio(rate)));
        }
        for (Figures.Line line : r.byUnit()) {
            paragraphs.add(Messages.get(locale, "figures.pdf.unit", line.label(), line.tally().received(),
                    line.tally().ratio(Rate.TIMELY_ACCEPTANCE).written(), line.tally().ratio(Rate.DECIDED_IN_TIME).written(),
                    line.tally().ratio(Rate.SATISFIED).written()));
        }
        paragraphs.add(Messages.get(locale, "figures.pdf.definitions"));
        // The period is the first paragraph's: with it, the title would run past the page's edge.
        Documents.Draft draft = new Documents.Draft(SERIES, Messages.get(locale, "figures.pdf.title", r.unit().getName()), null, paragraphs);
        return documents.renderForUnit(caller, r.unit().getId(), draft, Messages.get(locale, "figures.pdf.number"), r.asOf());
    }

    /** {@code xinfang-figures-2026-12-07.xlsx}. */
    public static String fileName(String extension, LocalDate asOf) {
        return "xinfang-figures-" + asOf + "." + extension;
    }

    private static String title(Figures.Report r, Locale locale) {
        return Messages.get(locale, "figures.title.period", r.unit().getName(), r.from(), r.to());
    }

    private static String ratio(Locale locale, Tally.Ratio ratio) {
        return Messages.get(locale, "figures.pdf.rate", ratio.rate().label().in(locale), ratio.written(), ratio.numerator(), ratio.denominator());
    }

    private static Spreadsheets.Table table(Locale locale, String sheet, String title, List<Figures.Line> lines) {
        List<String> heads = new ArrayList<>(List.of(Messages.get(locale, "figures.head.line"), Messages.get(locale, "figures.head.received")));
        for (Rate rate : Rate.values()) {
            heads.add(rate.label().in(locale));
            heads.add(Messages.get(locale, "figures.head.counted", rate.label().in(locale)));
        }
        List<List<Object>> rows = lines.stream().map(l -> {
            List<Object> row = new ArrayList<>(List.of(l.label(), l.tally().received()));
            Arrays.stream(Rate.values()).map(l.tally()::ratio).forEach(ratio -> {
                row.add(ratio.percent());
                row.add(ratio.numerator() + "/" + ratio.denominator());
            });
            return row;
        }).toList();
        return new Spreadsheets.Table(Messages.get(locale, sheet), title, heads, rows);
    }
}
