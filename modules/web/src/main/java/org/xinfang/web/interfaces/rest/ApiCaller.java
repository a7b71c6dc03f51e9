package org.xinfang.web.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Locale;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.kernel.CallerDirectory;

/**
 * The caller of this API request, looked up once per request: the user the server authenticated, in
 * the language the request's Accept-Language asks for (English when it says so, else Chinese).
 *
 * <p>A holder rather than an injected {@code Caller}: a request-scoped {@code Caller} would need a
 * client proxy, and a record cannot be proxied (WELD-001437). The pages have their own holder,
 * WebCaller, whose language is the one chosen in the session rather than the request header.
 */
@RequestScoped
public class ApiCaller {

    @Inject
    CallerDirectory directory;

    @Inject
    HttpServletRequest request;

    private CallerDirectory.SignedIn signedIn;

    /** The user an API token admitted; null when the server authenticated the request itself. */
    private String tokenUser;

    public Caller get() {
        return lookup().caller();
    }

    /** Whether the caller must replace a first or reset password before any other call. */
    public boolean mustChangePassword() {
        return lookup().mustChangePassword();
    }

    private CallerDirectory.SignedIn lookup() {
        if (signedIn == null) {
            Principal principal = request.getUserPrincipal();
            String username = tokenUser != null ? tokenUser : principal == null ? "" : principal.getName();
            signedIn = directory.signedIn(username, locale());
        }
        return signedIn;
    }

    /** The request carries a token that admits {@code username}: the caller is that user. */
    void admittedByToken(String username) {
        tokenUser = username;
    }

    /** Whether this request came in with a token rather than a password or a session. */
    public boolean byToken() {
        return tokenUser != null;
    }

    /**
     * The language of this request's answers; needs no lookup, so error answers can always use it.
     * Without an Accept-Language header the servlet container offers the server's default locale,
     * which says nothing about the caller, so only a header asking for English gives English.
     */
    public Locale locale() {
        Locale asked = request.getHeader("Accept-Language") == null ? null : request.getLocale();
        return asked != null && "en".equals(asked.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
