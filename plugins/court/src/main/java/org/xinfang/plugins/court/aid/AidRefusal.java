package org.xinfang.plugins.court.aid;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.xinfang.api.plugin.PluginLabels;
import org.xinfang.plugins.court.CourtPlugin;

/**
 * A judicial-aid step said no, nothing saved: the message (in the caller's language, from the court's
 * bundle) names the problem. {@code status} is the API's: 400 bad input naming {@code fields}, 403 not
 * the caller's to do, 404 not found or not visible, 409 not in this state or changed meanwhile.
 */
public class AidRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One field at fault, as the API client named it. */
    public record Field(String field, String message) {
    }

    private final int status;
    private final String error;
    private final transient List<Field> fields;

    private AidRefusal(int status, String error, String message, List<Field> fields) {
        super(message);
        this.status = status;
        this.error = error;
        this.fields = List.copyOf(fields);
    }

    /** Bad input (400) naming {@code fields}, for the API's reading of a body as for the use cases. */
    public static AidRefusal invalid(List<Field> fields) {
        return new AidRefusal(400, "invalid_input", fields.get(0).message(), fields);
    }

    static AidRefusal forbidden(Locale locale, String key, Object... args) {
        return new AidRefusal(403, "forbidden", text(locale, key, args), List.of());
    }

    static AidRefusal notFound(Locale locale, String key, Object... args) {
        return new AidRefusal(404, "not_found", text(locale, key, args), List.of());
    }

    static AidRefusal conflict(Locale locale, String key, Object... args) {
        return new AidRefusal(409, "conflict", text(locale, key, args), List.of());
    }

    /** The court bundle's text of {@code key} in {@code locale}, arguments filled in. */
    public static String text(Locale locale, String key, Object... args) {
        String pattern = PluginLabels.bundle(CourtPlugin.BUNDLE, locale, AidRefusal.class.getClassLoader()).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public List<Field> fields() {
        return fields;
    }
}
