package org.xinfang.web.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language of an answer to someone who is not signed in: English when their first choice is, else Chinese. */
public final class PublicLocale {

    private PublicLocale() {
    }

    public static Locale of(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream().findFirst()
                .filter(l -> "en".equals(l.getLanguage())).map(l -> Locale.ENGLISH).orElse(Locale.SIMPLIFIED_CHINESE);
    }
}
