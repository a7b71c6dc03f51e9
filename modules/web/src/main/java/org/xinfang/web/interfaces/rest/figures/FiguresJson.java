package org.xinfang.web.interfaces.rest.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xinfang.core.application.figures.Assessments;
import org.xinfang.core.application.figures.Figures;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.domain.model.figures.AssessmentPart;
import org.xinfang.core.domain.model.figures.AssessmentScore;
import org.xinfang.core.domain.model.figures.Rate;
import org.xinfang.core.domain.model.figures.Tally;
import org.xinfang.web.interfaces.rest.cases.CaseSummary;

/** The answers of the figures API, as plain records; labels in the caller's language beside the codes. */
public final class FiguresJson {

    private FiguresJson() {
    }

    @Schema(name = "RateFigure", description = "一项指标：分子、分母、百分比（无分母时为空）/ One rate: numerator, denominator, percent (null with nothing to divide)")
    public record RateJson(String rate, String label, long numerator, long denominator, BigDecimal percent) {

        static RateJson of(Tally.Ratio r, Locale locale) {
            return new RateJson(r.rate().name(), r.rate().label().in(locale), r.numerator(), r.denominator(), r.percent());
        }
    }

    @Schema(name = "FigureLine", description = "一行：收到的件数与各项指标 / A line: matters received and every rate")
    public record LineJson(String key, String label, long received, List<RateJson> rates) {

        static LineJson of(String key, String label, Tally t, Locale locale) {
            return new LineJson(key, label, t.received(), Arrays.stream(Rate.values()).map(r -> RateJson.of(t.ratio(r), locale)).toList());
        }

        static List<LineJson> of(List<Figures.Line> lines, Locale locale) {
            return lines.stream().map(l -> of(l.key(), l.label(), l.tally(), locale)).toList();
        }
    }

    @Schema(name = "Figures", description = "单位某期的指标及分项 / A unit's figures for a period, with breakdowns")
    public record ReportJson(Long unitId, String unitName, @Schema(format = "date") LocalDate from, @Schema(format = "date") LocalDate to,
                             @Schema(format = "date", description = "按此日的情况统计 / Counted as things stood on this day") LocalDate asOf,
                             LineJson total, List<LineJson> byUnit, List<LineJson> byAgency, List<LineJson> byChannel,
                             List<LineJson> byCategory, List<LineJson> byMonth) {

        static ReportJson of(Figures.Report r, Locale locale) {
            return new ReportJson(r.unit().getId(), r.unit().getName(), r.from(), r.to(), r.asOf(),
                    LineJson.of("total", r.unit().getName(), r.total(), locale), LineJson.of(r.byUnit(), locale),
                    LineJson.of(r.byAgency(), locale), LineJson.of(r.byChannel(), locale), LineJson.of(r.byCategory(), locale),
                    LineJson.of(r.byMonth(), locale));
        }
    }

    @Schema(name = "FigureMatters", description = "指标背后的信访事项（最多 500 件，total 为总数）/ The matters behind a figure (at most 500; total counts all)")
    public record BehindJson(String rate, String part, long total, List<CaseSummary> matters) {
    }

    @Schema(name = "AssessmentShare", description = "考核项目：计入数、总数、占比 / A part: counted, of, percent")
    public record ShareJson(String part, String label, int weight, long counted, long of, BigDecimal percent) {
    }

    @Schema(name = "AssessmentLine", description = "一个下级单位的考核 / One unit's line")
    public record AssessmentLineJson(long unitId, String unitName, long received, List<ShareJson> shares, BigDecimal score,
                                     @Schema(description = "排名，无得分为 0 / Rank; 0 without a score") int rank) {
    }

    @Schema(name = "Assessment", description = "考核 / A unit's assessment of those below it")
    public record AssessmentJson(Long unitId, String unitName, @Schema(format = "date") LocalDate from, @Schema(format = "date") LocalDate to,
                                 boolean closed, String closedBy, String closedAt, List<AssessmentLineJson> lines) {

        static AssessmentJson of(Assessments.Assessment a, Locale locale) {
            List<AssessmentLineJson> lines = a.lines().stream().map(l -> new AssessmentLineJson(l.unitId(), l.unitName(), l.received(),
                    Arrays.stream(AssessmentPart.values()).filter(l.shares()::containsKey).map(p -> {
                        AssessmentScore.Share s = l.shares().get(p);
                        return new ShareJson(p.name(), p.label().in(locale), a.weights().getOrDefault(p, 0), s.counted(), s.of(), s.percent());
                    }).toList(), l.score(), l.rank())).toList();
            return new AssessmentJson(a.unit().getId(), a.unit().getName(), a.from(), a.to(), a.isClosed(), a.closedBy(),
                    a.closedAt() == null ? null : Clocks.withOffset(a.closedAt()), lines);
        }
    }
}
