package org.xinfang.plugins.court.kernel;

import org.xinfang.api.plugin.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The problems of one request, gathered field by field and refused together, so that a clerk or an
 * API client learns every fault in one answer and nothing is saved. Texts come back trimmed, blank as
 * null.
 */
public final class Checks {

    private final Locale locale;
    private final List<Refusal.Field> problems = new ArrayList<>();

    public Checks(Locale locale) {
        this.locale = locale;
    }

    /** {@code value} trimmed; a problem when it is missing or longer than {@code max}. */
    public String required(String field, String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            problem(field, "court.input.required");
        }
        return text;
    }

    /** {@code value} trimmed, or null when blank; a problem when it is longer than {@code max}. */
    public String optional(String field, String value, int max) {
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.length() > max) {
            problem(field, "court.input.tooLong", max);
        }
        return text;
    }

    /** A problem when {@code value} is missing. */
    public <T> T present(String field, T value) {
        if (value == null) {
            problem(field, "court.input.required");
        }
        return value;
    }

    /** Records a problem worded by {@code key}, the field's label as {@code {0}} and {@code args} after it. */
    public void problem(String field, String key, Object... args) {
        Object[] withLabel = new Object[args.length + 1];
        withLabel[0] = Texts.fieldLabel(locale, field);
        System.arraycopy(args, 0, withLabel, 1, args.length);
        problems.add(new Refusal.Field(field, Texts.get(locale, key, withLabel)));
    }

    public Locale locale() {
        return locale;
    }

    /** Refuses every problem found so far in one answer; the first one is the message. */
    public void refuseIfAny() {
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems.get(0).message(), problems);
        }
    }
}
