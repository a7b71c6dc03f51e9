package org.xinfang.web.interfaces.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The sign-in page in place of a page's Ajax request, once the session has ended (timed out, or signed
 * out in another tab). The server answers a protected address without a session by showing the
 * sign-in page there; for an Ajax request Faces then rendered the sign-in view as a partial response
 * the page could not use, and the click did nothing visible while the typed text looked saved. The
 * browser is sent to the page it was on instead: the server shows the sign-in page, and after
 * signing in, the page again.
 */
@WebFilter(urlPatterns = "/login.xhtml", dispatcherTypes = DispatcherType.FORWARD, asyncSupported = true)
public class SignInForAjax extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object asked = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (!"partial/ajax".equals(request.getHeader("Faces-Request")) || asked == null) {
            chain.doFilter(request, response);
            return;
        }
        // The server kept the Ajax request, to repeat it once signed in, in a session of its own: dropped,
        // so that signing in repeats the page's address instead and shows the page, not a partial response.
        HttpSession unsigned = request.getSession(false);
        if (unsigned != null && request.getUserPrincipal() == null) {
            unsigned.invalidate();
        }
        Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        AjaxRedirect.send(request, response, pageOf(request).orElse(asked + (query == null ? "" : "?" + query)));
    }

    /**
     * The page the Ajax came from, with its query (a case page's ?id=, which the form's own address
     * lacks), when the browser names one of this application's pages on this host; only its path and
     * query, so the answer sends nobody elsewhere.
     */
    private static Optional<String> pageOf(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return Optional.empty();
        }
        try {
            URI page = new URI(referer);
            if (!request.getServerName().equalsIgnoreCase(page.getHost()) || page.getRawPath() == null
                    || !page.getRawPath().startsWith(request.getContextPath() + "/")) {
                return Optional.empty();
            }
            return Optional.of(page.getRawPath() + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery()));
        } catch (URISyntaxException unreadable) {
            return Optional.empty();
        }
    }
}
