package org.xinfang.core.application.ledgers;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.xinfang.core.application.kernel.Consistent;
import org.xinfang.core.domain.model.cases.NotLongAgo;
import org.xinfang.core.domain.model.report.ZeroReport;

/**
 * A unit's report as the clerk gives it: the unit, a day of the period it is for (today for today's
 * daily report; any day of the week or month for a weekly or monthly one), and either nothing to
 * report (零报告) or the period's visits and incidents with a written account. Field names are the API's.
 */
@Consistent
public record ReportInput(
        @NotNull(message = "{ledger.field.required}") Long unitId,
        @NotNull(message = "{ledger.field.required}")
        @PastOrPresent(message = "{report.period.future}")
        @NotLongAgo(years = 1, message = "{report.period.tooOld}") LocalDate period,
        @NotNull(message = "{report.nothingToReport.required}") Boolean nothingToReport,
        @Min(value = 0, message = "{ledger.count.range}") @Max(value = ReportInput.MOST, message = "{ledger.count.range}") Integer visitBatches,
        @Min(value = 0, message = "{ledger.count.range}") @Max(value = ReportInput.MOST, message = "{ledger.count.range}") Integer visitPersons,
        @Min(value = 0, message = "{ledger.count.range}") @Max(value = ReportInput.MOST, message = "{ledger.count.range}") Integer incidents,
        @Size(max = ZeroReport.LONGEST_NOTES, message = "{ledger.field.tooLong}") String notes) implements Consistent.Checked {

    /** More than this in one period is a typing error. */
    public static final int MOST = 100000;

    @Override
    public void check(Consistent.Broken broken) {
        boolean zero = Boolean.TRUE.equals(nothingToReport);
        boolean something = Boolean.FALSE.equals(nothingToReport);
        broken.when(zero && count(visitBatches) > 0, "visitBatches", "{report.zero.withFigures}")
                .when(zero && count(visitPersons) > 0, "visitPersons", "{report.zero.withFigures}")
                .when(zero && count(incidents) > 0, "incidents", "{report.zero.withFigures}")
                .when(something && (notes == null || notes.isBlank()), "notes", "{report.notes.required}")
                .when(count(visitPersons) < count(visitBatches), "visitPersons", "{report.visitPersons.fewerThanBatches}");
    }

    /** What the report tells, figures left empty counting as none. */
    ZeroReport.Contents contents() {
        boolean zero = Boolean.TRUE.equals(nothingToReport);
        String text = notes == null || notes.isBlank() ? null : notes.strip();
        return new ZeroReport.Contents(zero, count(visitBatches), count(visitPersons), count(incidents), text);
    }

    private static int count(Integer n) {
        return n == null ? 0 : n;
    }
}
