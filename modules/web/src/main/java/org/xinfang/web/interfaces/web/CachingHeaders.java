package org.xinfang.web.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * How long a browser may keep an answer (docs/adr/0031). The scripts, styles and images of the pages
 * carry their version in the address ({@code v=}, PrimeFaces' own and ours from {@link VersionedResources}),
 * so a browser keeps them for a year and asks again only when the address changes; pages and API
 * answers carry a signed-in user's cases and are never stored, not even in the browser's own cache.
 */
@WebFilter(urlPatterns = {"*.xhtml", "/api/*", "/favicon.svg"}, asyncSupported = true)
public class CachingHeaders extends HttpFilter {

    static final String RESOURCE_PATH = "/jakarta.faces.resource/";
    static final String VERSIONED = "public, max-age=31536000, immutable";
    static final String FAVICON = "public, max-age=86400";
    static final String PERSONAL = "no-store";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        response.setHeader("Cache-Control", cacheControl(path, request.getQueryString()));
        // Mojarra writes its own max-age (a week) on every resource, versioned or not: ours stands.
        chain.doFilter(request, path.startsWith(RESOURCE_PATH) ? new KeepsCacheControl(response) : response);
    }

    /** A response on which nobody after this filter changes Cache-Control. */
    private static final class KeepsCacheControl extends HttpServletResponseWrapper {

        KeepsCacheControl(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }

    /** Whether a resource address's query carries its version ({@code v=}), so the address changes with the content. */
    static boolean versioned(String query) {
        return query != null && (query.startsWith("v=") || query.contains("&v="));
    }

    /** The rule for one address: a versioned resource, the icon, or anything else, which is personal. */
    static String cacheControl(String servletPath, String query) {
        if (servletPath.startsWith(RESOURCE_PATH)) {
            // An unversioned resource (none of ours or PrimeFaces' is) is checked with the server each time.
            return versioned(query) ? VERSIONED : "no-cache";
        }
        if (servletPath.equals("/favicon.svg")) {
            return FAVICON;
        }
        return PERSONAL;
    }
}
