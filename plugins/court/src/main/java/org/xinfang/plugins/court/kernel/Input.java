package org.xinfang.plugins.court.kernel;

import org.xinfang.api.plugin.Refusal;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A request body of the court's API read field by field: a field the request may not carry, a value
 * of the wrong type or a date that is not one is a problem naming the field; values are null when
 * absent. What a value must be beyond its type is the use case's to check.
 */
public final class Input {

    private final JsonObject json;
    private final Checks checks;

    private Input(JsonObject json, Checks checks) {
        this.json = json;
        this.checks = checks;
    }

    /** Parses {@code body}, whose fields must be among {@code known}. */
    public static Input parse(String body, Locale locale, Set<String> known) {
        Checks checks = new Checks(locale);
        JsonObject json = JsonValue.EMPTY_JSON_OBJECT;
        if (body != null && !body.isBlank()) {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                json = reader.readObject();
            } catch (JsonException | IllegalStateException e) {
                throw Refusal.invalid(Texts.get(locale, "court.input.notJson"),
                        List.of(new Refusal.Field("body", Texts.get(locale, "court.input.notJson"))));
            }
        }
        json.keySet().stream().filter(name -> !known.contains(name)).sorted()
                .forEach(name -> checks.problem(name, "court.input.unknownField"));
        return new Input(json, checks);
    }

    public String text(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        checks.problem(field, "court.input.notText");
        return null;
    }

    /** A positive whole number naming a record. */
    public Long id(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber n && n.isIntegral() && n.longValue() > 0) {
            return n.longValue();
        }
        checks.problem(field, "court.input.notId");
        return null;
    }

    public LocalDate date(String field) {
        String text = text(field);
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            checks.problem(field, "court.input.notDate");
            return null;
        }
    }

    /** A date and time as {@code 2026-12-11T09:30}. */
    public LocalDateTime dateTime(String field) {
        String text = text(field);
        try {
            return text == null || text.isBlank() ? null : LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            checks.problem(field, "court.input.notDateTime");
            return null;
        }
    }

    /** Refuses the type problems found so far (before the use case checks what the values mean). */
    public void refuseIfProblems() {
        checks.refuseIfAny();
    }
}
