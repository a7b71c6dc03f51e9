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
import org.xinfang.core.application.access.Accounts;

/**
 * A user signed in with a first or reset password sees one page until they choose their own: every
 * other page redirects there. Checked once per session (the answer is kept in it), so the pages pay
 * one query per sign-in, not per page; the API checks every call itself ({@code ApiAuthentication}).
 */
@WebFilter(urlPatterns = {"/app/*", "/plugins/*"}, asyncSupported = true)
public class PasswordChangeGate extends HttpFilter {

    /** The page that changes the password; the only one open until then. */
    public static final String PAGE = "/app/account/password.xhtml";

    private static final String PASSED = PasswordChangeGate.class.getName() + ".passed";

    @Inject
    Accounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal user = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (user == null || session != null && session.getAttribute(PASSED) != null || PAGE.equals(request.getServletPath())) {
            chain.doFilter(request, response);
            return;
        }
        if (accounts.mustChangePassword(user.getName())) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        passed(request);
        chain.doFilter(request, response);
    }

    /** The session's user has a password of their own: no more checks in this session. */
    public static void passed(HttpServletRequest request) {
        request.getSession().setAttribute(PASSED, Boolean.TRUE);
    }
}
