package org.xinfang.web.interfaces.rest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.xinfang.core.application.kernel.InvalidInputException;

/**
 * Query parameters read as text and converted here, so that a wrong one is refused naming the
 * parameter, in the caller's language, rather than as a bare 404 from the JAX-RS runtime. Each returns
 * null for a parameter left out.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** A strict yyyy-MM-dd date. */
    public static LocalDate date(Locale locale, String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate parsed = JsonBody.parseDate(text.trim());
        if (parsed == null) {
            throw InvalidInputException.of(name, ApiMessages.get(locale, "type.date", ApiMessages.label(locale, name)));
        }
        return parsed;
    }

    /** A month as yyyy-MM. */
    public static YearMonth month(Locale locale, String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(name, ApiMessages.get(locale, "type.month", ApiMessages.label(locale, name)));
        }
    }

    /** A text as given, trimmed; null when left out or blank. */
    public static String text(String given) {
        return given == null || given.isBlank() ? null : given.trim();
    }

    /** A whole number (an id). */
    public static Long whole(Locale locale, String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(name, ApiMessages.get(locale, "type.integer", ApiMessages.label(locale, name)));
        }
    }

    /** One of the constants of {@code type}, by its name. */
    public static <E extends Enum<E>> E choice(Locale locale, String name, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        E chosen = JsonBody.choiceOf(type, text.trim());
        if (chosen == null) {
            throw InvalidInputException.of(name, ApiMessages.get(locale, "type.choice", ApiMessages.label(locale, name), text,
                    JsonBody.namesOf(type)));
        }
        return chosen;
    }
}
