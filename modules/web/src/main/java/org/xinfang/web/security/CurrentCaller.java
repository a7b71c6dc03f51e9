package org.xinfang.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Locale;
import org.xinfang.core.application.Caller;
import org.xinfang.core.application.CallerDirectory;

/**
 * The caller of this request, from the principal the server's realm authenticated. The locale is the
 * Faces view's when a page asks, else the request's Accept-Language; Chinese when neither says English.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    private CallerDirectory directory;

    @Inject
    private HttpServletRequest request;

    @Produces
    @RequestScoped
    Caller caller() {
        Principal principal = request.getUserPrincipal();
        String username = principal == null ? "" : principal.getName();
        return directory.forUsername(username, locale());
    }

    private Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale asked = faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : request.getLocale();
        return asked != null && "en".equals(asked.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
