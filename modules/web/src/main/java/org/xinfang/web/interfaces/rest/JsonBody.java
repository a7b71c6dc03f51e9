package org.xinfang.web.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.stream.JsonParsingException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.core.application.kernel.InvalidInputException;

/**
 * A JSON request body read field by field. Binding the body straight to a class would report a wrong
 * type as one unreadable document; reading each field here names the field at fault
 * ({@code headCount}, {@code parties[1].role}) and collects every such problem before anything is
 * saved. A field that is absent or {@code null} reads as {@code null}, so the use case's own rules
 * say what is required.
 */
public final class JsonBody {

    /** Strict ISO dates: 2026-02-30 is refused, not moved to March. */
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final JsonObject json;
    private final String prefix;
    private final Locale locale;
    private final List<FieldProblem> problems;

    private JsonBody(JsonObject json, String prefix, Locale locale, List<FieldProblem> problems) {
        this.json = json;
        this.prefix = prefix;
        this.locale = locale;
        this.problems = problems;
    }

    /** @throws InvalidInputException naming {@code body} when the text is not one JSON object */
    public static JsonBody parse(String text, Locale locale) {
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(text == null ? "" : text))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            String at = e.getLocation() == null ? "" : ApiMessages.get(locale, "body.unreadableAt",
                    String.valueOf(e.getLocation().getLineNumber()), String.valueOf(e.getLocation().getColumnNumber()));
            throw InvalidInputException.of("body", ApiMessages.get(locale, "body.unreadable", at));
        } catch (RuntimeException e) {
            // Reading a string can fail only on what was sent: Parsson throws a plain RuntimeException for
            // input nested too deep, which is the client's mistake as much as a missing brace.
            throw InvalidInputException.of("body", ApiMessages.get(locale, "body.unreadable", ""));
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw InvalidInputException.of("body", ApiMessages.get(locale, "body.notObject"));
        }
        return new JsonBody(value.asJsonObject(), "", locale, new ArrayList<>());
    }

    public String text(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        return problem(name, "type.text");
    }

    public Long whole(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber n && n.isIntegral()) {
            try {
                return n.longValueExact();
            } catch (ArithmeticException tooLarge) {
                return problem(name, "type.integer");
            }
        }
        return problem(name, "type.integer");
    }

    /** A whole number the request must carry (a version read back, say): absent is named as missing. */
    public Long requiredWhole(String name) {
        Long value = whole(name);
        if (value == null && !hasProblemWith(name)) {
            required(name);
        }
        return value;
    }

    public Integer smallWhole(String name) {
        Long value = whole(name);
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            return problem(name, "type.integer");
        }
        return value.intValue();
    }

    public LocalDate date(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString s) {
            LocalDate parsed = parseDate(s.getString());
            if (parsed != null) {
                return parsed;
            }
        }
        return problem(name, "type.date");
    }

    /** A month as yyyy-MM ({@code 2026-11}). */
    public YearMonth month(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString s) {
            try {
                return YearMonth.parse(s.getString().strip());
            } catch (DateTimeParseException notAMonth) {
                return problem(name, "type.month");
            }
        }
        return problem(name, "type.month");
    }

    /** The whole numbers of an array, each wrong one named with its index ({@code caseIds[1]}); empty when absent. */
    public List<Long> wholes(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            problem(name, "type.array");
            return List.of();
        }
        List<Long> numbers = new ArrayList<>();
        List<JsonValue> array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonNumber n && n.isIntegral() && fitsLong(n)) {
                numbers.add(n.longValue());
            } else {
                problems.add(new FieldProblem(prefix + name + "[" + i + "]", ApiMessages.get(locale, "type.integer", ApiMessages.label(locale, prefix + name))));
            }
        }
        return numbers;
    }

    private static boolean fitsLong(JsonNumber n) {
        try {
            n.longValueExact();
            return true;
        } catch (ArithmeticException tooLarge) {
            return false;
        }
    }

    /** A time of day as HH:mm ({@code 15:30}). */
    public LocalTime time(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString s) {
            try {
                return LocalTime.parse(s.getString());
            } catch (DateTimeParseException notATime) {
                // named below
            }
        }
        return problem(name, "type.time");
    }

    /** {@code true} or {@code false}, nothing else. */
    public Boolean flag(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        return problem(name, "type.boolean");
    }

    /** One of the constants of {@code type}, by its name ({@code VISIT}). */
    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        String given = value instanceof JsonString s ? s.getString() : value.toString();
        E chosen = choiceOf(type, given);
        if (chosen == null) {
            problems.add(new FieldProblem(prefix + name, ApiMessages.get(locale, "type.choice",
                    ApiMessages.label(locale, prefix + name), given, namesOf(type))));
        }
        return chosen;
    }

    public JsonObject object(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            return value.asJsonObject();
        }
        return problem(name, "type.object");
    }

    /** The objects of an array, each read with its index in the field names ({@code parties[0].name}). */
    public List<JsonBody> objects(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            problem(name, "type.array");
            return List.of();
        }
        List<JsonBody> items = new ArrayList<>();
        List<JsonValue> array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            String itemName = name + "[" + i + "]";
            if (array.get(i).getValueType() == JsonValue.ValueType.OBJECT) {
                items.add(new JsonBody(array.get(i).asJsonObject(), prefix + itemName + ".", locale, problems));
            } else {
                problem(itemName, "type.object");
            }
        }
        return items;
    }

    /** A nested object read with its name in the field names ({@code newCase.subject}); null when absent. */
    public JsonBody nested(String name) {
        JsonObject object = object(name);
        return object == null ? null : new JsonBody(object, prefix + name + ".", locale, problems);
    }

    public boolean hasProblemWith(String name) {
        return problems.stream().anyMatch(p -> p.field().equals(prefix + name));
    }

    /** Records a problem with a field that was read fine but names something that does not exist. */
    public void refuse(String name, String message) {
        problems.add(new FieldProblem(prefix + name, message));
    }

    /**
     * Records a problem for each field of the body outside {@code known}: a misspelt name would otherwise
     * be dropped without a word, and the sender believe it was saved.
     */
    public void refuseUnknown(List<String> known) {
        json.keySet().stream().filter(field -> !known.contains(field)).sorted().forEach(field -> problems.add(new FieldProblem(prefix + field,
                ApiMessages.get(locale, "body.unknownField", field, String.join(", ", known)))));
    }

    /** Records that a field the use case cannot check itself is missing. */
    public void required(String name) {
        problem(name, "field.required");
    }

    /** @throws InvalidInputException naming every field read so far that had the wrong type */
    public void refuseIfProblems() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private JsonValue value(String name) {
        JsonValue value = json.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }

    private <T> T problem(String name, String key) {
        problems.add(new FieldProblem(prefix + name, ApiMessages.get(locale, key, ApiMessages.label(locale, prefix + name))));
        return null;
    }

    /** A strict yyyy-MM-dd date, or null when {@code text} is none. */
    public static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text, ISO_DATE);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    public static <E extends Enum<E>> E choiceOf(Class<E> type, String given) {
        try {
            return Enum.valueOf(type, given);
        } catch (IllegalArgumentException notAConstant) {
            return null;
        }
    }

    public static <E extends Enum<E>> String namesOf(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
