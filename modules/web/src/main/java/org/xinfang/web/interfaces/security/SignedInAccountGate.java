package org.xinfang.web.interfaces.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import org.xinfang.core.application.access.Accounts;

/**
 * Ends a browser session at its next request once its account is disabled or its password is set
 * again: the sign-in is kept in the session (FORM authentication), so without this a disabled clerk
 * kept browsing. The browser goes to the page it asked for, which the server answers with the sign-in
 * page. (The API checks the account on every call itself.)
 *
 * <p>A check per request against the account's row ({@link Accounts#sessionKey}), rather than a
 * registry of open sessions that a disabling invalidates: it holds on to no session and needs no event
 * after the transaction, and it works the same after a restart and with two servers, where a registry
 * knows only its own server's sessions. It costs one read by the unique user name per request.
 */
@WebFilter(urlPatterns = {"/app/*", "/plugins/*"}, asyncSupported = true)
public class SignedInAccountGate extends HttpFilter {

    private static final String KEY = SignedInAccountGate.class.getName() + ".key";

    @Inject
    Accounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal user = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (user == null || session == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> key = accounts.sessionKey(user.getName());
        Object kept = session.getAttribute(KEY);
        if (key.isPresent() && (kept == null || kept.equals(key.get()))) {
            if (kept == null) {
                session.setAttribute(KEY, key.get());
            }
            chain.doFilter(request, response);
            return;
        }
        session.invalidate();
        String again = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        AjaxRedirect.send(request, response, again);
    }

    /** The session's user chose a new password in it: the session goes on, keyed to the new password. */
    public static void passwordChosen(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(KEY);
        }
    }
}
