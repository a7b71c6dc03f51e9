package org.xinfang.plugins.court.aid;

import org.xinfang.api.plugin.Refusal;
import org.xinfang.plugins.court.kernel.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a step's values field by field and collects every problem, so that one refusal names them
 * all: required values, lengths, amounts of money (positive, at most fen, below a sane bound) and dates
 * (not in the future, not before the step they follow).
 */
final class AidInput {

    /**
     * The most one grant may be. The State's rules cap aid at 36 months of the local average wage —
     * a few hundred thousand yuan in the richest provinces — so a larger figure is a typing error
     * (a digit too many), not a grant.
     */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000.00");

    private final Locale locale;
    private final List<Refusal.Field> problems = new ArrayList<>();

    AidInput(Locale locale) {
        this.locale = locale;
    }

    /** The text trimmed (null when blank), after checking it is there if required and not too long. */
    String text(String field, String value, int longest, boolean required) {
        return text(field, field, value, longest, required);
    }

    /**
     * {@link #text(String, String, int, boolean)} for a field whose meaning depends on the step: the
     * problem names {@code field} as the request does (each step's body calls it {@code note}), the
     * message says what it is there ({@code meaning}: 审批意见, 不予救助理由, 发放说明…).
     */
    String text(String field, String meaning, String value, int longest, boolean required) {
        String trimmed = value == null || value.isBlank() ? null : value.strip();
        if (trimmed == null) {
            if (required) {
                problem(field, "court.aid.required", label(meaning));
            }
        } else if (trimmed.length() > longest) {
            problem(field, "court.aid.tooLong", label(meaning), longest);
        }
        return trimmed;
    }

    /** An amount of money in yuan: required, positive, at most two decimals, at most {@link #MAX_AMOUNT}. */
    BigDecimal amount(String field, BigDecimal value) {
        if (value == null) {
            problem(field, "court.aid.required", label(field));
        } else if (value.signum() <= 0) {
            problem(field, "court.aid.amount.positive", label(field));
        } else if (value.stripTrailingZeros().scale() > 2) {
            problem(field, "court.aid.amount.scale", label(field));
        } else if (value.compareTo(MAX_AMOUNT) > 0) {
            problem(field, "court.aid.amount.max", label(field), MAX_AMOUNT);
        } else {
            return value.setScale(2);
        }
        return null;
    }

    /** A date that has happened, on or after {@code notBefore} (the date of the step it follows, named by {@code notBeforeField}). */
    LocalDate date(String field, LocalDate value, LocalDate today, LocalDate notBefore, String notBeforeField) {
        if (value == null) {
            problem(field, "court.aid.required", label(field));
        } else if (value.isAfter(today)) {
            problem(field, "court.aid.date.future", label(field));
        } else if (notBefore != null && value.isBefore(notBefore)) {
            problem(field, "court.aid.date.before", label(field), label(notBeforeField), notBefore.toString());
        }
        return value;
    }

    <T> T required(String field, T value) {
        if (value == null) {
            problem(field, "court.aid.required", label(field));
        }
        return value;
    }

    void problem(String field, String key, Object... args) {
        problems.add(new Refusal.Field(field, Texts.get(locale, key, args)));
    }

    boolean ok() {
        return problems.isEmpty();
    }

    /** Refuses (400) naming every problem found, if any. */
    void refuseIfAny() {
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
    }

    String label(String field) {
        return Texts.get(locale, "court.aid.field." + field);
    }
}
