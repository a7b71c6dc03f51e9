package org.xinfang.web.interfaces.web.figures;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.xinfang.core.application.figures.Figures.Line;
import org.xinfang.core.domain.model.figures.Rate;

/**
 * The dashboard's charts as Chart.js configurations for PrimeFaces' {@code p:chart}: built here from the
 * report's lines, so the page holds no figures of its own. Colours are the theme's, with enough contrast
 * on white.
 */
final class Charts {

    private static final String BARS = "#3b6ea5";
    private static final String LINE_1 = "#b35c00";
    private static final String LINE_2 = "#2e7d32";
    private static final String OVERDUE_1 = "#c62828";
    private static final String OVERDUE_2 = "#6a1b9a";

    private Charts() {
    }

    /** Received per month as bars (left axis), 按期办结率 and 满意率 as lines in percent (right axis). */
    static String trend(List<Line> months, Locale locale, String received) {
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(bars(received, months, l -> l.tally().received(), BARS).add("yAxisID", "count").add("order", 2))
                .add(rateLine(Rate.DECIDED_IN_TIME, months, locale, LINE_1))
                .add(rateLine(Rate.SATISFIED, months, locale, LINE_2));
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("count", counted().add("position", "left"))
                .add("percent", Json.createObjectBuilder().add("type", "linear").add("position", "right").add("min", 0).add("max", 100)
                        .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)));
        return chart("bar", labels(months), datasets, scales);
    }

    /** Received per unit below, with the two backlogs beside it. */
    static String units(List<Line> units, Locale locale, String received) {
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(bars(received, units, l -> l.tally().received(), BARS))
                .add(bars(Rate.ANSWER_OVERDUE.label().in(locale), units, l -> l.tally().ratio(Rate.ANSWER_OVERDUE).numerator(), OVERDUE_1))
                .add(bars(Rate.DECISION_OVERDUE.label().in(locale), units, l -> l.tally().ratio(Rate.DECISION_OVERDUE).numerator(), OVERDUE_2));
        return chart("bar", labels(units), datasets, Json.createObjectBuilder().add("y", counted()));
    }

    /** Received per line, as bars. */
    static String counts(List<Line> lines, String received) {
        return chart("bar", labels(lines), Json.createArrayBuilder().add(bars(received, lines, l -> l.tally().received(), BARS)),
                Json.createObjectBuilder().add("y", counted()));
    }

    /** An axis of matters: from zero, in whole numbers. */
    private static JsonObjectBuilder counted() {
        return Json.createObjectBuilder().add("type", "linear").add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
    }

    private static JsonObjectBuilder rateLine(Rate rate, List<Line> lines, Locale locale, String colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Line l : lines) {
            BigDecimal percent = l.tally().ratio(rate).percent();
            if (percent == null) {
                data.addNull();
            } else {
                data.add(percent);
            }
        }
        return Json.createObjectBuilder().add("type", "line").add("label", rate.label().in(locale)).add("data", data)
                .add("borderColor", colour).add("backgroundColor", colour).add("yAxisID", "percent").add("spanGaps", true).add("order", 1);
    }

    private static JsonObjectBuilder bars(String label, List<Line> lines, Function<Line, Long> value, String colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        lines.forEach(l -> data.add(value.apply(l)));
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    private static JsonArrayBuilder labels(List<Line> lines) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        lines.forEach(l -> labels.add(l.label()));
        return labels;
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder scales) {
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false).add("scales", scales))
                .build().toString();
    }
}
