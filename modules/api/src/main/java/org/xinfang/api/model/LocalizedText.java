package org.xinfang.api.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A label in the two languages of the UI: Chinese first (the default), English second.
 */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    /** The text for a locale; anything that is not English reads Chinese. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }
}
