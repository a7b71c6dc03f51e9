package org.xinfang.web.interfaces.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends the browser to another address whether the request came from a page or from its Ajax: an
 * Ajax request follows only the redirect Faces' script reads in a partial response, not an HTTP one.
 */
final class AjaxRedirect {

    private AjaxRedirect() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(url);
        }
    }
}
