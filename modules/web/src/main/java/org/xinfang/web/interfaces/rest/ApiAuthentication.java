package org.xinfang.web.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.core.application.access.ApiTokens;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.web.interfaces.rest.errors.ApiError;
import org.xinfang.web.interfaces.rest.portal.PortalResource;
import org.xinfang.web.interfaces.rest.receipt.PublicReceiptResource;
import org.xinfang.web.interfaces.rest.reception.PublicReceptionResource;

/**
 * Every API call needs a signed-in user, and an API client that has none gets 401 in JSON, never the
 * browser's login page. The web application's login is FORM for browsers, and FORM answers an
 * anonymous request with the login page, so {@code /api/*} is not behind the web.xml constraint and
 * the login config names FORM only: this filter is the API's guard. It admits, in this order:
 * <ul>
 * <li>a token ({@code Authorization: Bearer xft_…}, see {@link TokenResource}), checked by its hash —
 *     the way for a client making many calls;</li>
 * <li>a signed-in browser session; a call that changes something must then also carry the session's
 *     {@value SessionCsrf#HEADER} header, so another site cannot make the browser call for it;</li>
 * <li>Basic credentials, checked against the server's realm with {@link HttpServletRequest#login}
 *     (a bcrypt check each), so a wrong password is a 401 here too (the server's own Basic mechanism,
 *     failing, would also trigger FORM's login page).</li>
 * </ul>
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthentication implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String BASIC = "Basic ";

    private static final String BEARER = "Bearer ";

    /** Marks a request this filter signed in, whose session (if the sign-in made one) ends with it. */
    private static final String SIGNED_IN_HERE = ApiAuthentication.class.getName() + ".signedIn";

    @Inject
    HttpServletRequest request;

    @Inject
    ApiCaller caller;

    @Inject
    PluginRegistry plugins;

    @Inject
    ApiTokens tokens;


    @Override
    public void filter(ContainerRequestContext context) {
        if (isPublic(context)) {
            return;
        }
        String authorization = context.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (startsWith(authorization, BEARER)) {
            Optional<String> user = tokens.admit(authorization.substring(BEARER.length()).strip());
            if (user.isEmpty()) {
                context.abortWith(unauthorized("invalid_token", "error.token.invalid")
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"xinfang\", error=\"invalid_token\"").build());
                return;
            }
            caller.admittedByToken(user.get());
        } else if (request.getUserPrincipal() != null) {
            if (!SAFE_METHODS.contains(context.getMethod()) && !SessionCsrf.carried(request)) {
                context.abortWith(ApiError.response(Response.Status.FORBIDDEN.getStatusCode(), "csrf",
                        ApiMessages.get(caller.locale(), "error.csrf", SessionCsrf.HEADER)));
                return;
            }
        } else if (signsInWithBasic(authorization)) {
            context.setProperty(SIGNED_IN_HERE, Boolean.TRUE);
        } else {
            context.abortWith(unauthorized("unauthorized", "error.unauthorized")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"xinfang\", charset=\"UTF-8\"").build());
            return;
        }
        if (mustChangePasswordFirst(context)) {
            context.abortWith(ApiError.response(Response.Status.FORBIDDEN.getStatusCode(), "password_change_required",
                    ApiMessages.get(caller.locale(), "error.passwordChangeRequired")));
        }
    }

    /**
     * A user with a first or reset password may only read who they are and change it (PUT me/password);
     * every other call waits until they have.
     */
    private boolean mustChangePasswordFirst(ContainerRequestContext context) {
        String path = context.getUriInfo().getPath().replaceAll("^/+|/+$", "");
        boolean open = "me/password".equals(path) || "me".equals(path) && "GET".equals(context.getMethod());
        return !open && caller.mustChangePassword();
    }

    /** Methods that change nothing, so a session needs no CSRF header for them. */
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private Response.ResponseBuilder unauthorized(String code, String messageKey) {
        return Response.fromResponse(ApiError.response(Response.Status.UNAUTHORIZED.getStatusCode(), code,
                ApiMessages.get(caller.locale(), messageKey)));
    }

    private static boolean startsWith(String authorization, String scheme) {
        return authorization != null && authorization.regionMatches(true, 0, scheme, 0, scheme.length());
    }

    /**
     * A programmatic sign-in keeps the identity in a new HTTP session; an API client sends its
     * credentials with every call and never returns with the cookie, so the session is ended here
     * rather than left to hold memory until it times out.
     */
    @Override
    public void filter(ContainerRequestContext requestContext, ContainerResponseContext responseContext) {
        if (Boolean.TRUE.equals(requestContext.getProperty(SIGNED_IN_HERE))) {
            HttpSession session = request.getSession(false);
            if (session != null && session.isNew()) {
                session.invalidate();
            }
        }
    }

    /**
     * Open to everyone, and nothing else: the published reception rota (GET), an online application
     * (POST to its collection), looking one application up by its number and phone (POST, in the body), and a
     * receipt code's answers and material (POST, the code in the body; ADR 0019), and the petition
     * portal: its list of units (GET) and everything a petitioner does (POST, the code in the body; ADR 0038).
     */
    static boolean isPublic(String method, String rawPath) {
        String path = rawPath.replaceAll("^/+|/+$", "");
        return switch (method) {
            case "GET" -> PublicReceptionResource.PATH.equals(path) || PortalResource.UNITS.equals(path);
            case "POST" -> PublicReceptionResource.APPLICATIONS.equals(path) || PublicReceptionResource.STATUS.equals(path)
                    || PublicReceiptResource.ANSWERS.equals(path)
                    || PublicReceiptResource.EVIDENCE.equals(path) || PortalResource.PATH.equals(path)
                    || path.startsWith(PortalResource.PATH + "/") && path.indexOf('/', PortalResource.PATH.length() + 1) < 0;
            default -> false;
        };
    }

    /**
     * A plugin's own public resources: everything under {@code <plugin id>/public/}, for an installed
     * plugin only. The plugin answers those calls without a
     * caller, and checks what it is given itself.
     */
    static boolean isPluginPublic(String rawPath, Set<String> pluginIds) {
        String path = rawPath.replaceAll("^/+", "");
        int slash = path.indexOf('/');
        return slash > 0 && pluginIds.contains(path.substring(0, slash)) && path.startsWith("public/", slash + 1);
    }

    private boolean isPublic(ContainerRequestContext context) {
        String path = context.getUriInfo().getPath();
        return isPublic(context.getMethod(), path)
                || isPluginPublic(path, plugins.plugins().stream().map(AgencyPlugin::id).collect(Collectors.toSet()));
    }

    private boolean signsInWithBasic(String authorization) {
        if (!startsWith(authorization, BASIC)) {
            return false;
        }
        String credentials;
        try {
            credentials = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        int colon = credentials.indexOf(':');
        if (colon < 0) {
            return false;
        }
        try {
            request.login(credentials.substring(0, colon), credentials.substring(colon + 1));
            return request.getUserPrincipal() != null;
        } catch (ServletException refused) {
            // The realm reads the same database, and refuses alike when it is out of reach. Reading the
            // caller here throws in that case, which the API answers 503 (UnexpectedErrorMapper): the
            // client learns to retry, and the sign-in guard does not count an outage as a wrong password.
            caller.get();
            return false;
        }
    }
}
