package org.xinfang.core.application.kernel;

import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import org.xinfang.core.application.procedure.Clocks;

/**
 * The core's own messages (errors, notices), Chinese first, English second. A point in time among the arguments is
 * written as the API writes it, RFC 3339 with its offset to the second: the message reaches API clients too (a 409's
 * "changed by … at …"), and a bare local time would leave them to guess the zone.
 */
public final class Messages {

    private static final String BUNDLE = "org.xinfang.core.messages";

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(Arrays.stream(args)
                .map(a -> a instanceof LocalDateTime t ? Clocks.withOffset(t.truncatedTo(ChronoUnit.SECONDS)) : a).toArray());
    }
}
