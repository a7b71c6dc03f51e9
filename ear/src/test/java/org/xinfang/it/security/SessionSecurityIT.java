package org.xinfang.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api;

/**
 * A browser's session as another site would like to use it: the cookie is not sent with requests
 * other sites start (SameSite) and scripts cannot read it (HttpOnly); no page can be framed; scripts
 * run only with the page's nonce; and an API call that changes data with the session's cookie alone
 * is refused until it carries the session's CSRF token.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionSecurityIT {

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void theSessionCookieStaysWithThisSiteAndEveryPageRefusesFramesAndForeignScripts() {
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/app/cases/list.xhtml")).GET());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + login.headers()));
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
        assertPageHeaders("the login page", login);

        signIn(Api.CY_CLERK);
        HttpResponse<String> list = send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/app/cases/list.xhtml")).GET());
        assertEquals(200, list.statusCode());
        assertPageHeaders("the case list", list);
        String policy = list.headers().firstValue("Content-Security-Policy").orElseThrow();
        String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertTrue(list.body().contains("nonce=\"" + nonce + "\""), "the page's scripts do not carry the policy's nonce");

        HttpResponse<String> me = send(api("/me").GET());
        assertEquals("default-src 'none'; frame-ancestors 'none'; sandbox", me.headers().firstValue("Content-Security-Policy").orElse(""));
        assertEquals("nosniff", me.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void theServersOwnRefusalsAreOurPagesWithTheSameHeaders() {
        signIn(Api.CY_CLERK);
        HttpResponse<String> forbidden = send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/app/admin/settings.xhtml")).GET());
        assertEquals(403, forbidden.statusCode());
        assertTrue(forbidden.body().contains("您没有权限打开这个页面"), forbidden.body());
        assertEquals("DENY", forbidden.headers().firstValue("X-Frame-Options").orElse(""), "the 403 page");
        assertTrue(forbidden.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), "the 403 page");
        HttpResponse<String> missing = send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/no-such-page")).GET());
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("没有这个页面"), missing.body());
        assertEquals("nosniff", missing.headers().firstValue("X-Content-Type-Options").orElse(""), "the 404 page");

        HttpResponse<String> planted = send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl()
                + "/login.xhtml?error=wait&minutes=" + URLEncoder.encode("5分钟，请拨打010-12345678解锁", StandardCharsets.UTF_8))).GET());
        assertFalse(planted.body().contains("拨打"), "the login page repeats text from its address");
    }

    @Test
    void aChangeThroughTheApiWithTheSessionCookieAloneIsRefused() {
        signIn(Api.CY_CLERK);
        HttpResponse<String> me = send(api("/me").GET());
        assertEquals(200, me.statusCode(), me.body());
        String csrf = me.body().replaceAll(".*\"csrfToken\":\"([^\"]+)\".*", "$1");
        assertFalse(csrf.isBlank() || csrf.contains("{"), me.body());
        String body = Api.newCase(Api.uniqueSubject("会话登记")).build().toString();

        HttpResponse<String> forged = send(api("/cases").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        assertEquals(403, forged.statusCode(), forged.body());
        assertTrue(forged.body().contains("\"error\":\"csrf\"") && forged.body().contains("X-CSRF-Token"), forged.body());
        HttpResponse<String> wrong = send(api("/cases").header("Content-Type", "application/json").header("X-CSRF-Token", csrf + "x")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        assertEquals(403, wrong.statusCode(), wrong.body());
        assertEquals(0, Api.countMatching(Api.CY_CLERK, body.replaceAll(".*\"subject\":\"([^\"]+)\".*", "$1")), "a refused call saved the case");

        HttpResponse<String> carried = send(api("/cases").header("Content-Type", "application/json").header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        assertEquals(201, carried.statusCode(), carried.body());
    }

    private void assertPageHeaders(String page, HttpResponse<String> answer) {
        String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
        for (String directive : List.of("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "'nonce-")) {
            assertTrue(policy.contains(directive), page + ": " + directive + " missing from " + policy);
        }
        assertFalse(policy.contains("unsafe-eval") || policy.replaceAll("style-src[^;]*", "").contains("unsafe-inline"),
                page + ": scripts may run inline or from eval: " + policy);
        assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(""), page);
        assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), page);
        assertEquals("same-origin", answer.headers().firstValue("Referrer-Policy").orElse(""), page);
    }

    private void signIn(String user) {
        send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/app/cases/list.xhtml")).GET());
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&j_password=" + URLEncoder.encode(Api.PASSWORD, StandardCharsets.UTF_8))));
        assertTrue(signedIn.statusCode() == 302 || signedIn.statusCode() == 303, "sign-in: " + signedIn.statusCode() + " " + signedIn.headers());
    }

    private static HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(URI.create(Api.url(path))).header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return browser.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
