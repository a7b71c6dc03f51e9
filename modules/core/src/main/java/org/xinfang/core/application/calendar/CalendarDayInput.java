package org.xinfang.core.application.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.xinfang.core.domain.model.calendar.DayType;

/**
 * A special day entered by hand: the date, whether it is a holiday or a make-up working day, and its
 * name. What the day itself may be (the year's range, a make-up day on a weekend, the name's length)
 * is {@code CalendarFile.ruleBroken}, the rule an import line follows too, asked once these are given.
 */
public record CalendarDayInput(
        @NotNull(message = "{calendar.date.required}") LocalDate date,
        @NotNull(message = "{calendar.type.required}") DayType type,
        @NotBlank(message = "{calendar.name.required}") String name) {
}
