package org.xinfang.plugins.court.kernel;

import java.util.Locale;
import java.util.Set;
import org.xinfang.api.plugin.JsonInput;

/**
 * A request body of the court's API, read by the plugins' one {@link JsonInput} and worded from the
 * court's bundle ({@code court.input.*}, the field's label first): a field the request may not carry,
 * a value of the wrong type or a date that is not one is a problem naming the field; values are null
 * when absent. What a value must be beyond its type is the use case's to check.
 */
public final class Input {

    private Input() {
    }

    /** Parses {@code body} (blank reads as no fields), whose fields must be among {@code known}. */
    public static JsonInput parse(String body, Locale locale, Set<String> known) {
        return JsonInput.parseOrEmpty(body, wording(locale)).known(known);
    }

    /** The court's words for a body's problems. */
    public static JsonInput.Wording wording(Locale locale) {
        return (problem, field, args) -> switch (problem) {
            case NOT_JSON, NOT_OBJECT -> Texts.get(locale, "court.input.notJson");
            case UNKNOWN -> labelled(locale, "court.input.unknownField", field, JsonInput.knownFields(args));
            case REQUIRED -> labelled(locale, "court.input.required", field);
            case TOO_LONG -> labelled(locale, "court.input.tooLong", field, args);
            case NOT_TEXT -> labelled(locale, "court.input.notText", field);
            case NOT_ID -> labelled(locale, "court.input.notId", field);
            case NOT_DATE -> labelled(locale, "court.input.notDate", field);
            case NOT_DATE_TIME -> labelled(locale, "court.input.notDateTime", field);
            default -> throw new IllegalArgumentException("The court's API reads no " + problem + " (" + field + ")");
        };
    }

    private static String labelled(Locale locale, String key, String field, Object... args) {
        Object[] withLabel = new Object[args.length + 1];
        withLabel[0] = Texts.fieldLabel(locale, field);
        System.arraycopy(args, 0, withLabel, 1, args.length);
        return Texts.get(locale, key, withLabel);
    }
}
