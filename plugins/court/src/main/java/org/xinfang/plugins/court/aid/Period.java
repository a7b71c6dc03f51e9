package org.xinfang.plugins.court.aid;

import org.xinfang.api.plugin.Refusal;
import org.xinfang.plugins.court.kernel.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The dates figures count applications between, both included: a calendar year, or a range of dates.
 * Read from what a person typed, refused (400) naming the value at fault.
 */
public record Period(LocalDate from, LocalDate to) {

    /** The period {@code year} names, or {@code from}–{@code to}; this year when none is given. */
    public static Period of(String year, String from, String to, LocalDate today, Locale locale) {
        boolean range = from != null || to != null;
        if (year != null && range) {
            throw invalid(locale, "year", "court.aid.period.both");
        }
        if (range) {
            LocalDate start = date(locale, "from", from);
            LocalDate end = date(locale, "to", to);
            if (end.isBefore(start)) {
                throw invalid(locale, "to", "court.aid.period.reversed");
            }
            return new Period(start, end);
        }
        int y = today.getYear();
        if (year != null) {
            try {
                y = Integer.parseInt(year.strip());
            } catch (NumberFormatException e) {
                y = -1;
            }
            if (y < 2000 || y > today.getYear()) {
                throw invalid(locale, "year", "court.aid.period.year", String.valueOf(today.getYear()));
            }
        }
        return new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    private static LocalDate date(Locale locale, String field, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(locale, field, "court.aid.period.missing");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(locale, field, "court.aid.period.date");
        }
    }

    private static Refusal invalid(Locale locale, String field, String key, Object... args) {
        return Refusal.invalid(List.of(new Refusal.Field(field, Texts.get(locale, key, args))));
    }
}
