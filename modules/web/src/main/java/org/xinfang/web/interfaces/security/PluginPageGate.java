package org.xinfang.web.interfaces.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.domain.model.user.CoreRoles;
import org.xinfang.web.interfaces.web.MainMenu;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * A plugin's page that its menu does not offer the user is refused (403) when its address is typed
 * in, as the administration pages are: opened, it showed an empty page, as if the agency had nothing
 * to show. Which user may open a page is the menu's own rule ({@link MainMenu#shows}); the
 * administrator, who runs every unit's settings, passes. Pages that are no menu entry (the forms and
 * panels a case page includes) are not this gate's to judge.
 */
@WebFilter(urlPatterns = "/plugins/*", asyncSupported = true)
public class PluginPageGate extends HttpFilter {

    @Inject
    PluginRegistry plugins;

    @Inject
    WebCaller webCaller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && !opens(request.getServletPath() + nullToEmpty(request.getPathInfo()))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean opens(String page) {
        Caller caller = webCaller.get();
        return caller.hasRole(CoreRoles.ADMIN) || plugins.plugins().stream()
                .allMatch(p -> p.menu().stream().filter(e -> e.path().equals(page)).allMatch(e -> MainMenu.shows(caller, p, e)));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
