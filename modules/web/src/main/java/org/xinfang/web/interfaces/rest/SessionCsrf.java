package org.xinfang.web.interfaces.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The CSRF token of a browser session, for API calls made with the session's cookie. A page of
 * another site can make the browser send the cookie, but cannot read this token (it is only in
 * answers to this origin) nor set a header on a cross-site request without CORS, which the API does
 * not allow. The Faces pages need none of this: their postbacks carry the view state, which another
 * site cannot know either.
 */
public final class SessionCsrf {

    /** The request header that must carry the token. */
    public static final String HEADER = "X-CSRF-Token";

    private static final String ATTRIBUTE = SessionCsrf.class.getName();

    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionCsrf() {
    }

    /** The session's token, made on first use; null without a session. */
    public static String of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Object token = session.getAttribute(ATTRIBUTE);
        if (token == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(ATTRIBUTE, token);
        }
        return (String) token;
    }

    /** Whether the request carries its session's token (compared in constant time). */
    static boolean carried(HttpServletRequest request) {
        String sent = request.getHeader(HEADER);
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
        return sent != null && expected != null
                && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), ((String) expected).getBytes(StandardCharsets.UTF_8));
    }
}
