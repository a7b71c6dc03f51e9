package org.xinfang.plugins.court.kernel;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.xinfang.api.plugin.PluginLabels;

/**
 * The court's bundle ({@code messages.properties}, Chinese, and its {@code _en} twin) for use cases
 * and the API, which have no Faces view to ask for the language.
 */
public final class Texts {

    static final String BUNDLE = "org.xinfang.plugins.court.messages";

    private Texts() {
    }

    /** The text of {@code key} in {@code locale}, with {@link MessageFormat} arguments filled in. */
    public static String get(Locale locale, String key, Object... args) {
        Locale in = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
        String pattern = bundle(in).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, in).format(args);
    }

    /** The label of an API field ({@code court.field.<name>}), or its name when it has none. */
    static String fieldLabel(Locale locale, String field) {
        ResourceBundle bundle = bundle(locale);
        return bundle.containsKey("court.field." + field) ? bundle.getString("court.field." + field) : field;
    }

    private static ResourceBundle bundle(Locale locale) {
        return PluginLabels.bundle(BUNDLE, locale == null ? Locale.SIMPLIFIED_CHINESE : locale, Texts.class.getClassLoader());
    }
}
