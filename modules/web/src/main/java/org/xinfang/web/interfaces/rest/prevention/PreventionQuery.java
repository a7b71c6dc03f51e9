package org.xinfang.web.interfaces.rest.prevention;

import org.xinfang.web.interfaces.rest.QueryParameters;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.web.interfaces.rest.ApiMessages;
import org.xinfang.web.interfaces.rest.JsonBody;

/**
 * The query string of the prevention lists and ledgers, read as text so that a bad value is a 400
 * naming the parameter (JAX-RS's own conversion would answer 404 for {@code unitId=abc}).
 */
final class PreventionQuery {

    private final Locale locale;
    private final List<FieldProblem> problems = new ArrayList<>();

    PreventionQuery(Locale locale) {
        this.locale = locale;
    }

    /** A unit and a period, as the lists and ledgers take them. */
    record UnitPeriod(Long unitId, LocalDate from, LocalDate to) {
    }

    /** @throws InvalidInputException naming each of {@code unitId}, {@code from}, {@code to} with a bad value */
    static UnitPeriod unitPeriod(Locale locale, String unitId, String from, String to) {
        PreventionQuery q = new PreventionQuery(locale);
        UnitPeriod read = new UnitPeriod(q.unitId(unitId), q.date("from", from), q.date("to", to));
        q.refuseIfProblems();
        return read;
    }

    Long unitId(String given) {
        String value = QueryParameters.text(given);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notANumber) {
            problems.add(new FieldProblem("unitId", ApiMessages.get(locale, "type.integer", ApiMessages.label(locale, "unitId"))));
            return null;
        }
    }

    LocalDate date(String name, String given) {
        String value = QueryParameters.text(given);
        LocalDate date = value == null ? null : JsonBody.parseDate(value);
        if (value != null && date == null) {
            problems.add(new FieldProblem(name, ApiMessages.get(locale, "type.date", ApiMessages.label(locale, name))));
        }
        return date;
    }

    YearMonth month(String given) {
        String value = QueryParameters.text(given);
        if (value == null) {
            return null;
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException notAMonth) {
            problems.add(new FieldProblem("month", ApiMessages.get(locale, "type.month", ApiMessages.label(locale, "month"))));
            return null;
        }
    }

    /** @throws InvalidInputException naming every parameter read with a bad value */
    void refuseIfProblems() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
