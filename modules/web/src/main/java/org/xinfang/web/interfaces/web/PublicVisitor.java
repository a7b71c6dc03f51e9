package org.xinfang.web.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * Who is on a public page, as far as the lookups' throttle and the answers need to know: the address the
 * request came from (the key every public lookup counts misses by, ADR 0019) and the page's language.
 */
public final class PublicVisitor {

    private PublicVisitor() {
    }

    /** The address of the request this page answers. */
    public static String address() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }

    /** The language the page is shown in. */
    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
