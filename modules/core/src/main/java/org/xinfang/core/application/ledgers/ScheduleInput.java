package org.xinfang.core.application.ledgers;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.xinfang.core.application.kernel.Consistent;
import org.xinfang.core.domain.model.report.ReportCadence;
import org.xinfang.core.domain.model.report.ReportRule;

/**
 * A reporting rule as the administrator sets it: the cadence, the time of day reports are due, and for
 * a weekly rule the weekday, for a monthly one the day of the month and whether it is the month after.
 * Field names are the API's.
 */
@Consistent
public record ScheduleInput(
        @NotNull(message = "{schedule.cadence.required}") ReportCadence cadence,
        @NotNull(message = "{ledger.field.required}") LocalTime cutOff,
        DayOfWeek dueWeekday,
        @Min(value = 1, message = "{schedule.dueDay.range}") @Max(value = 31, message = "{schedule.dueDay.range}") Integer dueDay,
        Boolean dueNextMonth) implements Consistent.Checked {

    @Override
    public void check(Consistent.Broken broken) {
        broken.when(cadence == ReportCadence.WEEKLY && dueWeekday == null, "dueWeekday", "{schedule.dueWeekday.required}")
                .when(cadence == ReportCadence.MONTHLY && dueDay == null, "dueDay", "{schedule.dueDay.required}");
    }

    ReportRule rule() {
        return new ReportRule(cadence, cutOff.withSecond(0).withNano(0), dueWeekday, dueDay, Boolean.TRUE.equals(dueNextMonth));
    }
}
