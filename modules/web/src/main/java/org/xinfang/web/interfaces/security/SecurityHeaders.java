package org.xinfang.web.interfaces.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every answer carries: no sniffing of types, no referrer to other sites, never inside
 * another site's frame, HSTS over TLS. The pages' Content-Security-Policy is PrimeFaces' (web.xml
 * {@code primefaces.CSP_POLICY}), because only it knows the nonce of the page's scripts; the API's
 * answers, which are data and never a page, get a policy that allows nothing; the static pages one
 * that allows no script.
 */
// FORWARD too: the login page a protected address shows is forwarded to by the server's authentication,
// which runs before the filters of the original request; ERROR for the error pages.
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    /** For answers that are data: nothing may load, nothing may frame them. */
    static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

    /** For the static pages (the API guide): their own styles and images, no script at all. */
    static final String STATIC_POLICY = "default-src 'self'; script-src 'none'; object-src 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        String path = request.getServletPath();
        if (path.startsWith("/api/")) {
            response.setHeader("Content-Security-Policy", DATA_POLICY);
        } else if (path.endsWith(".html")) {
            response.setHeader("Content-Security-Policy", STATIC_POLICY);
        } else if (path.endsWith(".xhtml")) {
            // Compressed or not by Accept-Encoding (undertow-handlers.conf): caches must keep them apart.
            response.setHeader("Vary", "Accept-Encoding");
        }
        chain.doFilter(request, response);
    }
}
