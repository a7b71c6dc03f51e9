package org.xinfang.plugins.discipline.kernel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xinfang.api.plugin.JsonInput;

/**
 * A request body read field by field by the plugins' one {@link JsonInput}, worded from the
 * discipline bundle ({@code discipline.input.*}, the field's label first): each reading that fails
 * records a problem naming the field, and {@link #refuseIfProblems()} refuses them all at once, so a
 * client learns every fault in one answer and nothing is saved. Values are {@code null} when absent
 * and not required. Here are only what the discipline plugin reads its own way: an amount of yuan,
 * a yes/no that defaults to no, and a year in a query.
 */
public final class Input {

    private final JsonInput json;
    private final Locale locale;

    private Input(JsonInput json, Locale locale) {
        this.json = json;
        this.locale = locale;
    }

    /** Parses {@code body} (blank reads as no fields); a body that is not a JSON object is refused at once. */
    public static Input parse(String body, Locale locale) {
        return new Input(JsonInput.parseOrEmpty(body, (problem, field, args) -> switch (problem) {
            case NOT_JSON, NOT_OBJECT -> Texts.get(locale, "discipline.input.notJson");
            case REQUIRED -> labelled(locale, "discipline.input.required", field);
            case NOT_TEXT -> labelled(locale, "discipline.input.notText", field);
            case TOO_LONG -> labelled(locale, "discipline.input.tooLong", field, args);
            case NOT_ID -> labelled(locale, "discipline.input.notId", field);
            case NOT_WHOLE -> labelled(locale, "discipline.input.notWhole", field, args);
            case NOT_AMOUNT -> labelled(locale, "discipline.input.notAmount", field);
            case NOT_FLAG -> labelled(locale, "discipline.input.notFlag", field);
            case NOT_DATE -> labelled(locale, "discipline.input.notDate", field);
            case NOT_MONTH -> labelled(locale, "discipline.input.notMonth", field);
            // the names allowed, not the text sent
            case NOT_CHOICE, NOT_CHOICE_IN_LIST -> labelled(locale, "discipline.input.notChoice", field, args[1]);
            case NOT_LIST -> labelled(locale, "discipline.input.notList", field);
            default -> throw new IllegalArgumentException("The discipline plugin reads no " + problem + " (" + field + ")");
        }), locale);
    }

    public Locale locale() {
        return locale;
    }

    public String text(String field, int max, boolean required) {
        return json.text(field, max, required);
    }

    public Long id(String field, boolean required) {
        return json.id(field, required);
    }

    public Integer whole(String field, int min, int max, boolean required) {
        return json.whole(field, min, max, required);
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
        BigDecimal amount = json.amount(field);
        if (amount != null && (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 12)) {
            return json.problem(field, JsonInput.Problem.NOT_AMOUNT);
        }
        return amount;
    }

    /** A yes/no; false when absent. */
    public boolean flag(String field) {
        return Boolean.TRUE.equals(flag(field, false));
    }

    /** A yes/no; null when absent (and a problem when required). */
    public Boolean flag(String field, boolean required) {
        return json.flag(field, required);
    }

    public LocalDate date(String field, boolean required) {
        return json.date(field, required);
    }

    public YearMonth month(String field, boolean required) {
        return json.month(field, required);
    }

    public <E extends Enum<E>> E choice(String field, Class<E> type, boolean required) {
        return json.choice(field, type, required);
    }

    /** A list of choices; an empty set when absent. */
    public <E extends Enum<E>> Set<E> choices(String field, Class<E> type) {
        return json.choices(field, type);
    }

    /** A list of ids; empty when absent. */
    public List<Long> ids(String field) {
        return json.ids(field);
    }

    /** Refuses every problem found so far in one answer. */
    public void refuseIfProblems() {
        json.refuseIfProblems(Texts.get(locale, "discipline.input.invalid"));
    }

    /** The text of {@code key} with the field's label as {@code {0}} and {@code args} after it. */
    private static String labelled(Locale locale, String key, String field, Object... args) {
        Object[] withLabel = new Object[args.length + 1];
        withLabel[0] = Texts.fieldLabel(locale, field);
        System.arraycopy(args, 0, withLabel, 1, args.length);
        return Texts.get(locale, key, withLabel);
    }
}
