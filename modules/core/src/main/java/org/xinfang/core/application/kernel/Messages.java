package org.xinfang.core.application.kernel;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The core's own messages (errors, notices), Chinese first, English second. */
public final class Messages {

    private static final String BUNDLE = "org.xinfang.core.messages";

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
