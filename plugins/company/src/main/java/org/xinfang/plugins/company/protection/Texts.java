package org.xinfang.plugins.company.protection;

import java.util.Locale;
import java.util.Optional;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.plugin.Refusal;

/** The typed texts' shared rules: trimmed, blank for none, and a limit named in the caller's language. */
final class Texts {

    private Texts() {
    }

    static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static Optional<Refusal.Field> tooLong(String field, String text, int longest, String zh, String en, Locale locale) {
        if (text == null || text.length() <= longest) {
            return Optional.empty();
        }
        return Optional.of(new Refusal.Field(field, LocalizedText.of(zh + "不超过" + longest + "个字符",
                en + " is at most " + longest + " characters").in(locale)));
    }
}
