package org.xinfang.plugins.discipline.kernel;

import org.xinfang.api.plugin.Refusal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The plugin's message bundle ({@code messages.properties}, Chinese, with its {@code _en} twin) for
 * use cases, documents and the API, which have no Faces view to ask for the language.
 */
public final class Texts {

    public static final String BUNDLE = "org.xinfang.plugins.discipline.messages";

    private Texts() {
    }

    /** The text of {@code key} in {@code locale}, with {@link MessageFormat} arguments filled in. */
    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("The discipline bundle has no text for " + key, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale == null ? Locale.SIMPLIFIED_CHINESE : locale).format(args);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.SIMPLIFIED_CHINESE : locale,
                Texts.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The label of an API field ({@code discipline.field.<name>}), or its name when it has none. */
    public static String fieldLabel(Locale locale, String field) {
        String key = "discipline.field." + field;
        ResourceBundle bundle = bundle(locale);
        return bundle.containsKey(key) ? bundle.getString(key) : field;
    }

    /** An invalid-input refusal naming {@code field}, worded by {@code key}. */
    public static Refusal invalid(Locale locale, String field, String key, Object... args) {
        return Refusal.invalid(field, get(locale, key, args));
    }
}
