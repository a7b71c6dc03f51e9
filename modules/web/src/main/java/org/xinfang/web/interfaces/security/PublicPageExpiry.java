package org.xinfang.web.interfaces.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A public page sent after its session ended (30 minutes): the page that rendered the form began a
 * session, so a send to a public page without one comes from a page left open too long. It opens again
 * as itself, saying that nothing was saved — a petitioner has no account, and Faces' own answer (the
 * error page for an expired view, the staff's case list) would take them to the staff's sign-in.
 */
@WebFilter(urlPatterns = "/public/*", asyncSupported = true)
public class PublicPageExpiry extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && request.getRequestURI().endsWith(".xhtml") && request.getSession(false) == null) {
            AjaxRedirect.send(request, response, request.getRequestURI() + "?expired=true");
            return;
        }
        chain.doFilter(request, response);
    }
}
