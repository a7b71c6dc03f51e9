package org.xinfang.plugins.court.aid.rest;

import org.xinfang.plugins.court.kernel.Texts;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xinfang.api.plugin.Refusal;
import org.xinfang.plugins.court.aid.AidSource;
import org.xinfang.plugins.court.aid.JudicialAids;

/**
 * A judicial-aid request body read field by field: a value of the wrong kind or a field the step does
 * not know is named, all at once, and nothing is done (400). Whether the values make sense is the use
 * case's to say.
 */
final class AidJson {

    private final JsonObject json;
    private final Locale locale;
    private final List<Refusal.Field> problems = new ArrayList<>();

    private AidJson(JsonObject json, Locale locale) {
        this.json = json;
        this.locale = locale;
    }

    /** The body as an object holding only {@code known} fields. */
    static AidJson read(String body, Set<String> known, Locale locale) {
        JsonObject json;
        try {
            JsonValue value = Json.createReader(new StringReader(body == null ? "" : body)).readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw refusal("body", text(locale, "court.aid.json.notObject"));
            }
            json = value.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            throw refusal("body", text(locale, "court.aid.json.invalid"));
        }
        AidJson read = new AidJson(json, locale);
        json.keySet().stream().filter(name -> !known.contains(name)).sorted()
                .forEach(name -> read.problems.add(new Refusal.Field(name, text(locale, "court.aid.json.unknown", name))));
        return read;
    }

    String text(String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        wrong(name, "court.aid.json.notText");
        return null;
    }

    /** An amount as a JSON number or a numeric text ("4500.00"). */
    BigDecimal amount(String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        try {
            if (value instanceof JsonNumber n) {
                return n.bigDecimalValue();
            }
            if (value instanceof JsonString s) {
                return new BigDecimal(s.getString().strip());
            }
        } catch (NumberFormatException e) {
            // named below
        }
        wrong(name, "court.aid.json.notAmount");
        return null;
    }

    LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            wrong(name, "court.aid.json.notDate");
            return null;
        }
    }

    /** A date that defaults to {@code otherwise} when left out. */
    LocalDate date(String name, LocalDate otherwise) {
        return json.containsKey(name) ? date(name) : otherwise;
    }

    Boolean bool(String name) {
        JsonValue value = json.get(name);
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        wrong(name, "court.aid.json.notBoolean");
        return null;
    }

    AidSource source(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return AidSource.valueOf(value);
        } catch (IllegalArgumentException e) {
            wrong(name, "court.aid.json.notSource");
            return null;
        }
    }

    /** The version of the application the client read: required, so that a step never lands on one it did not see. */
    long version(String name) {
        JsonValue value = json.get(name);
        if (value instanceof JsonNumber n && n.isIntegral()) {
            return n.longValue();
        }
        wrong(name, "court.aid.json.version");
        return -1;
    }

    /** The scanned receipt {@code {"fileName": …, "content": base64}}, or null when there is none. */
    JudicialAids.Scan scan(String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
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
        wrong(name, "court.aid.json.scan");
        return null;
    }

    /** Refuses (400) naming every field read wrong or not known. */
    void refuseIfAny() {
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
    }

    private void wrong(String name, String key) {
        problems.add(new Refusal.Field(name, text(locale, key, label(name))));
    }

    private String label(String name) {
        try {
            return Texts.get(locale, "court.aid.field." + name);
        } catch (java.util.MissingResourceException e) {
            return name;
        }
    }

    private static String text(Locale locale, String key, Object... args) {
        return Texts.get(locale, key, args);
    }

    private static Refusal refusal(String field, String message) {
        return Refusal.invalid(List.of(new Refusal.Field(field, message)));
    }
}
