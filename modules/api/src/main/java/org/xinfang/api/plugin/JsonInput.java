package org.xinfang.api.plugin;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A plugin's JSON request body read field by field: a body that is no JSON object is refused at once;
 * after that each field of the wrong kind, missing or not known is a problem naming the field, and
 * {@link #refuseIfProblems()} refuses them all in one {@link Refusal}, so a client learns every fault
 * in one answer and nothing is saved. Values are {@code null} when absent.
 *
 * <p>One reader for every plugin, so that what counts as text, an id or a date is the same
 * everywhere; the words stay the plugin's own: each plugin passes a {@link Wording} that says each
 * {@link Problem} from its bundle. What a value must be beyond its kind is the use case's to check.
 */
public final class JsonInput {

    /** What is wrong, for the plugin's {@link Wording} to say. */
    public enum Problem {
        /** The body is not JSON at all (field {@code body}). */
        NOT_JSON,
        /** The body is JSON but not an object (field {@code body}). */
        NOT_OBJECT,
        /** A field the request may not carry; argument: the known fields, a sorted {@code List<String>}. */
        UNKNOWN,
        REQUIRED,
        /** Argument: the most characters. */
        TOO_LONG,
        NOT_TEXT,
        /** Not a positive whole number naming a record. */
        NOT_ID,
        /** Arguments: the least and the most. */
        NOT_WHOLE,
        NOT_AMOUNT,
        NOT_FLAG,
        NOT_DATE,
        NOT_DATE_TIME,
        NOT_MONTH,
        /** Arguments: the text sent, the names allowed (comma-separated). */
        NOT_CHOICE,
        /** One item of a list of choices; arguments: the item as sent (JSON), the names allowed. */
        NOT_CHOICE_IN_LIST,
        NOT_LIST
    }

    /** How a plugin says a problem of a field, in the caller's language. */
    @FunctionalInterface
    public interface Wording {
        String say(Problem problem, String field, Object... args);
    }

    private final JsonObject json;
    private final Wording wording;
    private final List<Refusal.Field> problems = new ArrayList<>();

    private JsonInput(JsonObject json, Wording wording) {
        this.json = json;
        this.wording = wording;
    }

    /** Parses {@code body}; a blank body is not JSON and refused with the rest. */
    public static JsonInput parse(String body, Wording wording) {
        if (body == null || body.isBlank()) {
            throw refusal(wording, Problem.NOT_JSON);
        }
        return parseOrEmpty(body, wording);
    }

    /** Parses {@code body}; a blank body reads as {@code {}}, each field absent. */
    public static JsonInput parseOrEmpty(String body, Wording wording) {
        if (body == null || body.isBlank()) {
            return new JsonInput(JsonValue.EMPTY_JSON_OBJECT, wording);
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (RuntimeException e) {
            // JsonException for broken JSON, but Parsson refuses a body nested too deep (over 1,000
            // levels) with a bare RuntimeException: either way the body is no JSON we read, a 400.
            throw refusal(wording, Problem.NOT_JSON);
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw refusal(wording, Problem.NOT_OBJECT);
        }
        return new JsonInput(value.asJsonObject(), wording);
    }

    private static Refusal refusal(Wording wording, Problem problem) {
        return Refusal.invalid("body", wording.say(problem, "body"));
    }

    /** The fields an {@link Problem#UNKNOWN} problem's arguments name, for its message: {@code "a, b, c"}, as the core's API says them. */
    public static String knownFields(Object... args) {
        return String.join(", ", ((List<?>) args[0]).stream().map(String::valueOf).toList());
    }

    /** Names every field of the body that is not among {@code known} (in the order of their names). */
    public JsonInput known(Set<String> known) {
        List<String> names = known.stream().sorted().toList();
        json.keySet().stream().filter(name -> !known.contains(name)).sorted()
                .forEach(name -> problem(name, Problem.UNKNOWN, names));
        return this;
    }

    /** Whether the body carries {@code field} at all (even as {@code null}). */
    public boolean has(String field) {
        return json.containsKey(field);
    }

    /** The value of {@code field}, or null when absent or {@code null}; for a plugin's own kinds of value. */
    public JsonValue value(String field) {
        JsonValue value = json.get(field);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }

    /** The text as sent (not trimmed). */
    public String text(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        return problem(field, Problem.NOT_TEXT);
    }

    /** The text trimmed, null when blank; a problem when required and blank, or longer than {@code max}. */
    public String text(String field, int max, boolean required) {
        String text = trimmed(field, required);
        if (text != null && text.length() > max) {
            return problem(field, Problem.TOO_LONG, max);
        }
        return text;
    }

    /** A positive whole number naming a record. */
    public Long id(String field) {
        return id(field, false);
    }

    public Long id(String field, boolean required) {
        JsonValue value = value(field);
        if (value == null) {
            return missing(field, required);
        }
        if (value instanceof JsonNumber n && n.isIntegral() && n.longValue() > 0) {
            return n.longValue();
        }
        return problem(field, Problem.NOT_ID);
    }

    /** A whole number from {@code min} to {@code max}. */
    public Integer whole(String field, int min, int max, boolean required) {
        JsonValue value = value(field);
        if (value == null) {
            return missing(field, required);
        }
        if (value instanceof JsonNumber n && n.isIntegral() && n.longValue() >= min && n.longValue() <= max) {
            return n.intValue();
        }
        return problem(field, Problem.NOT_WHOLE, min, max);
    }

    /** An amount as a JSON number or a numeric text ("4500.00"); its sign and scale are the caller's to check. */
    public BigDecimal amount(String field) {
        JsonValue value = value(field);
        if (value == null) {
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
        return problem(field, Problem.NOT_AMOUNT);
    }

    /** A yes/no; null when absent (and a problem when required). */
    public Boolean flag(String field, boolean required) {
        JsonValue value = value(field);
        if (value == null) {
            return missing(field, required);
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        return problem(field, Problem.NOT_FLAG);
    }

    /** A date as {@code 2026-12-11}; blank is absent. */
    public LocalDate date(String field) {
        return date(field, false);
    }

    public LocalDate date(String field, boolean required) {
        return parsed(field, required, LocalDate::parse, Problem.NOT_DATE);
    }

    /** A date and time as {@code 2026-12-11T09:30}; blank is absent. */
    public LocalDateTime dateTime(String field) {
        return parsed(field, false, LocalDateTime::parse, Problem.NOT_DATE_TIME);
    }

    /** A month as {@code 2026-03}. */
    public YearMonth month(String field, boolean required) {
        return parsed(field, required, YearMonth::parse, Problem.NOT_MONTH);
    }

    private <T> T parsed(String field, boolean required, Function<String, T> parse, Problem problem) {
        String text = trimmed(field, required);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (DateTimeParseException e) {
            return problem(field, problem);
        }
    }

    /** One of {@code type}'s constants, by name; blank is absent. */
    public <E extends Enum<E>> E choice(String field, Class<E> type, boolean required) {
        String text = trimmed(field, required);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            return problem(field, Problem.NOT_CHOICE, text, allowed(type));
        }
    }

    /** The list at {@code field}; null when absent, or when it is no list (a problem named). */
    private JsonArray array(String field) {
        JsonValue value = value(field);
        if (value != null && !(value instanceof JsonArray)) {
            problem(field, Problem.NOT_LIST);
            return null;
        }
        return (JsonArray) value;
    }

    /** A list of {@code type}'s constants; empty when absent. The first item that is none is named. */
    public <E extends Enum<E>> Set<E> choices(String field, Class<E> type) {
        EnumSet<E> chosen = EnumSet.noneOf(type);
        JsonArray array = array(field);
        if (array == null) {
            return chosen;
        }
        for (JsonValue item : array) {
            try {
                chosen.add(Enum.valueOf(type, ((JsonString) item).getString()));
            } catch (ClassCastException | IllegalArgumentException e) {
                problem(field, Problem.NOT_CHOICE_IN_LIST, item.toString(), allowed(type));
                break;
            }
        }
        return chosen;
    }

    /** A list of ids; empty when absent. */
    public List<Long> ids(String field) {
        List<Long> ids = new ArrayList<>();
        JsonArray array = array(field);
        if (array == null) {
            return ids;
        }
        for (JsonValue item : array) {
            if (!(item instanceof JsonNumber n) || !n.isIntegral() || n.longValue() <= 0) {
                problem(field, Problem.NOT_ID);
                return ids;
            }
            ids.add(n.longValue());
        }
        return ids;
    }

    /** Records {@code problem} of {@code field}, worded by the plugin; returns null for the reading that failed. */
    public <T> T problem(String field, Problem problem, Object... args) {
        return problem(field, wording.say(problem, field, args));
    }

    /** Records a problem of {@code field} that the plugin has worded itself (a kind of value of its own). */
    public <T> T problem(String field, String message) {
        problems.add(new Refusal.Field(field, message));
        return null;
    }

    /** Refuses every problem found so far in one answer, the first one's message standing for all. */
    public void refuseIfProblems() {
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
    }

    /** Refuses every problem found so far in one answer under {@code summary}. */
    public void refuseIfProblems(String summary) {
        if (!problems.isEmpty()) {
            throw Refusal.invalid(summary, problems);
        }
    }

    /** The text trimmed, or null when absent, blank (a problem if required) or not text (a problem). */
    private String trimmed(String field, boolean required) {
        JsonValue value = value(field);
        if (value != null && !(value instanceof JsonString)) {
            return problem(field, Problem.NOT_TEXT);
        }
        String text = value == null ? "" : ((JsonString) value).getString().strip();
        return text.isEmpty() ? missing(field, required) : text;
    }

    private <T> T missing(String field, boolean required) {
        return required ? problem(field, Problem.REQUIRED) : null;
    }

    private static String allowed(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}
