package org.xinfang.plugins.discipline.kernel;

import org.xinfang.api.plugin.Refusal;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A request body read field by field: each reading that fails records a problem naming the field,
 * and {@link #refuseIfProblems()} refuses them all at once, so a client learns every fault in one
 * answer and nothing is saved. Values are {@code null} when absent and not required.
 */
public final class Input {

    private final JsonObject json;
    private final Locale locale;
    private final List<Refusal.Field> problems = new ArrayList<>();

    private Input(JsonObject json, Locale locale) {
        this.json = json;
        this.locale = locale;
    }

    /** Parses {@code body}; a body that is not a JSON object is refused at once. */
    public static Input parse(String body, Locale locale) {
        if (body == null || body.isBlank()) {
            return new Input(JsonValue.EMPTY_JSON_OBJECT, locale);
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return new Input(reader.readObject(), locale);
        } catch (JsonException | IllegalStateException e) {
            throw Texts.invalid(locale, "body", "discipline.input.notJson");
        }
    }

    public Locale locale() {
        return locale;
    }

    public String text(String field, int max, boolean required) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return missing(field, required);
        }
        if (!(value instanceof JsonString s)) {
            return problem(field, "discipline.input.notText");
        }
        String text = s.getString().strip();
        if (text.isEmpty()) {
            return missing(field, required);
        }
        if (text.length() > max) {
            return problem(field, "discipline.input.tooLong", max);
        }
        return text;
    }

    public Long id(String field, boolean required) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return missing(field, required);
        }
        if (!(value instanceof JsonNumber n) || !n.isIntegral() || n.longValue() <= 0) {
            return problem(field, "discipline.input.notId");
        }
        return n.longValue();
    }

    public Integer whole(String field, int min, int max, boolean required) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return missing(field, required);
        }
        if (!(value instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < min || n.longValue() > max) {
            return problem(field, "discipline.input.notWhole", min, max);
        }
        return n.intValue();
    }

    /** The earliest and latest year a query may name. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    /**
     * The year a query names ({@code ?year=2026}), or {@code otherwise} when it names none; refused,
     * naming the parameter, when it is not a year (the JAX-RS default would answer 404).
     */
    public static int year(String text, int otherwise, Locale locale) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            int year = Integer.parseInt(text.strip());
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException notANumber) {
            // refused below, as any other year out of range
        }
        throw Texts.invalid(locale, "year", "discipline.input.notWhole", Texts.fieldLabel(locale, "year"),
                String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
    }

    /** An amount of yuan, not negative, at most two decimals. */
    public BigDecimal amount(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        BigDecimal amount;
        try {
            amount = value instanceof JsonNumber n ? n.bigDecimalValue()
                    : value instanceof JsonString s ? new BigDecimal(s.getString().strip()) : null;
        } catch (NumberFormatException e) {
            amount = null;
        }
        if (amount == null || amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 12) {
            return problem(field, "discipline.input.notAmount");
        }
        return amount;
    }

    /** A yes/no; false when absent. */
    public boolean flag(String field) {
        return Boolean.TRUE.equals(flag(field, false));
    }

    /** A yes/no; null when absent (and a problem when required). */
    public Boolean flag(String field, boolean required) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return missing(field, required);
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (value.getValueType() != JsonValue.ValueType.FALSE) {
            return problem(field, "discipline.input.notFlag");
        }
        return false;
    }

    public LocalDate date(String field, boolean required) {
        String text = text(field, 10, required);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return problem(field, "discipline.input.notDate");
        }
    }

    public YearMonth month(String field, boolean required) {
        String text = text(field, 7, required);
        if (text == null) {
            return null;
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            return problem(field, "discipline.input.notMonth");
        }
    }

    public <E extends Enum<E>> E choice(String field, Class<E> type, boolean required) {
        String text = text(field, 64, required);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            return problem(field, "discipline.input.notChoice", allowed(EnumSet.allOf(type)));
        }
    }

    /** A list of choices; an empty set when absent. */
    public <E extends Enum<E>> Set<E> choices(String field, Class<E> type) {
        EnumSet<E> chosen = EnumSet.noneOf(type);
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return chosen;
        }
        if (!(value instanceof JsonArray array)) {
            problem(field, "discipline.input.notList");
            return chosen;
        }
        for (JsonValue item : array) {
            try {
                chosen.add(Enum.valueOf(type, ((JsonString) item).getString()));
            } catch (ClassCastException | IllegalArgumentException e) {
                problem(field, "discipline.input.notChoice", allowed(EnumSet.allOf(type)));
                break;
            }
        }
        return chosen;
    }

    /** A list of ids; empty when absent. */
    public List<Long> ids(String field) {
        List<Long> ids = new ArrayList<>();
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return ids;
        }
        if (!(value instanceof JsonArray array)) {
            problem(field, "discipline.input.notList");
            return ids;
        }
        for (JsonValue item : array) {
            if (!(item instanceof JsonNumber n) || !n.isIntegral() || n.longValue() <= 0) {
                problem(field, "discipline.input.notId");
                return ids;
            }
            ids.add(n.longValue());
        }
        return ids;
    }

    /** Refuses every problem found so far in one answer. */
    public void refuseIfProblems() {
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, Texts.get(locale, "discipline.input.invalid"), problems);
        }
    }

    private <T> T missing(String field, boolean required) {
        if (required) {
            problem(field, "discipline.input.required");
        }
        return null;
    }

    /** Records a problem worded with the field's label as {@code {0}} and {@code args} after it. */
    private <T> T problem(String field, String key, Object... args) {
        Object[] withLabel = new Object[args.length + 1];
        withLabel[0] = Texts.fieldLabel(locale, field);
        System.arraycopy(args, 0, withLabel, 1, args.length);
        problems.add(new Refusal.Field(field, Texts.get(locale, key, withLabel)));
        return null;
    }

    private static String allowed(Set<? extends Enum<?>> values) {
        return String.join(", ", values.stream().map(Enum::name).toList());
    }
}
