package org.xinfang.plugins.court.aid.rest;

import org.xinfang.plugins.court.kernel.Texts;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;
import org.xinfang.api.plugin.JsonInput;
import org.xinfang.api.plugin.JsonInput.Problem;
import org.xinfang.plugins.court.aid.AidSource;
import org.xinfang.plugins.court.aid.JudicialAids;

/**
 * A judicial-aid request body, read by the plugins' one {@link JsonInput} and worded from the court's
 * {@code court.aid.json.*} texts: a value of the wrong kind or a field the step does not know is named,
 * all at once, and nothing is done (400). Here are only what judicial aid reads its own way — a
 * version, a scan, and a blank date or source refused rather than taken as left out. Whether the values
 * make sense is the use case's to say.
 */
final class AidJson {

    private final JsonInput in;
    private final Locale locale;

    private AidJson(JsonInput in, Locale locale) {
        this.in = in;
        this.locale = locale;
    }

    /** The body as an object holding only {@code known} fields. */
    static AidJson read(String body, Set<String> known, Locale locale) {
        return new AidJson(JsonInput.parse(body, (problem, field, args) -> switch (problem) {
            case NOT_JSON -> Texts.get(locale, "court.aid.json.invalid");
            case NOT_OBJECT -> Texts.get(locale, "court.aid.json.notObject");
            case UNKNOWN -> Texts.get(locale, "court.aid.json.unknown", field, JsonInput.knownFields(args));
            case NOT_TEXT -> Texts.get(locale, "court.aid.json.notText", label(locale, field));
            case NOT_AMOUNT -> Texts.get(locale, "court.aid.json.notAmount", label(locale, field));
            case NOT_DATE -> Texts.get(locale, "court.aid.json.notDate", label(locale, field));
            case NOT_FLAG -> Texts.get(locale, "court.aid.json.notBoolean", label(locale, field));
            case NOT_CHOICE -> Texts.get(locale, "court.aid.json.notSource", label(locale, field));
            default -> throw new IllegalArgumentException("Judicial aid reads no " + problem + " (" + field + ")");
        }).known(known), locale);
    }

    String text(String name) {
        return in.text(name);
    }

    /** An amount as a JSON number or a numeric text ("4500.00"). */
    BigDecimal amount(String name) {
        return in.amount(name);
    }

    /** A date; a blank one is not a date (a date left out is null). */
    LocalDate date(String name) {
        return blank(name) ? in.problem(name, Problem.NOT_DATE) : in.date(name);
    }

    /** A date that defaults to {@code otherwise} when left out. */
    LocalDate date(String name, LocalDate otherwise) {
        return in.has(name) ? date(name) : otherwise;
    }

    /** True or false, required. */
    Boolean bool(String name) {
        return in.value(name) == null ? in.problem(name, Problem.NOT_FLAG) : in.flag(name, false);
    }

    AidSource source(String name) {
        return blank(name) ? in.problem(name, Problem.NOT_CHOICE) : in.choice(name, AidSource.class, false);
    }

    /** The version of the application the client read: required, so that a step never lands on one it did not see. */
    long version(String name) {
        if (in.value(name) instanceof JsonNumber n && n.isIntegral()) {
            return n.longValue();
        }
        in.problem(name, Texts.get(locale, "court.aid.json.version", label(locale, name)));
        return -1;
    }

    /** The scanned receipt {@code {"fileName": …, "content": base64}}, or null when there is none. */
    JudicialAids.Scan scan(String name) {
        JsonValue value = in.value(name);
        if (value == null) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject scan = value.asJsonObject();
            if (scan.get("fileName") instanceof JsonString fileName && scan.get("content") instanceof JsonString content) {
                try {
                    return new JudicialAids.Scan(fileName.getString(), Base64.getMimeDecoder().decode(content.getString()));
                } catch (IllegalArgumentException e) {
                    // named below
                }
            }
        }
        return in.problem(name, Texts.get(locale, "court.aid.json.scan", label(locale, name)));
    }

    /** Refuses (400) naming every field read wrong or not known. */
    void refuseIfAny() {
        in.refuseIfProblems();
    }

    private boolean blank(String name) {
        return in.value(name) instanceof JsonString s && s.getString().isBlank();
    }

    private static String label(Locale locale, String name) {
        try {
            return Texts.get(locale, "court.aid.field." + name);
        } catch (MissingResourceException e) {
            return name;
        }
    }
}
