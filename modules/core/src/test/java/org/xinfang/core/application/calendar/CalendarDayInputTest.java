package org.xinfang.core.application.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xinfang.core.application.kernel.InputValidator;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.domain.model.calendar.DayType;

/** A day entered by hand names each missing field; a day to remove needs its date. */
class CalendarDayInputTest {

    private final InputValidator validator = new InputValidator();

    @Test
    void aDayNamesEachMissingFieldInItsLanguage() {
        assertEquals(List.of(new InvalidInputException.FieldProblem("date", "请填写日期。"),
                        new InvalidInputException.FieldProblem("type", "请填写类型。"),
                        new InvalidInputException.FieldProblem("name", "请填写名称。")),
                validator.problems(new CalendarDayInput(null, null, " "), "", Locale.SIMPLIFIED_CHINESE));
        assertEquals("The date is required.",
                validator.problems(new CalendarDayInput(null, DayType.HOLIDAY, "国庆节"), "", Locale.ENGLISH).get(0).message());
        assertEquals(List.of(), validator.problems(new CalendarDayInput(LocalDate.of(2026, 10, 1), DayType.HOLIDAY, "国庆节"), "",
                Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aDayToRemoveNeedsItsDate() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> validator.checkValue(CalendarDayInput.class, "date", null, Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of(new InvalidInputException.FieldProblem("date", "请填写日期。")), refused.problems());
    }
}
