package org.xinfang.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api;

/**
 * What travels and what is kept (docs/adr/0031): pages, their scripts and styles and the API's answers
 * come gzip-compressed to a client that accepts it, the API's downloads as they are; scripts and styles carry their version in the address and are kept for a year; signed-in pages
 * and API answers are never stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompressionAndCachingIT {

    private static final String YEAR = "public, max-age=31536000, immutable";

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void theSignedInCaseListComesCompressedAndIsNeverStoredWhileItsVersionedResourcesAreKeptAYear() {
        signIn(Api.CY_CLERK);
        String listPage = Deployments.baseUrl() + "/app/cases/list.xhtml";
        HttpResponse<byte[]> plain = get(HttpRequest.newBuilder(URI.create(listPage)));
        HttpResponse<byte[]> page = get(gzip(listPage));
        assertEquals(200, page.statusCode());
        assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse(""), "the case list");
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""), "the case list");
        String html = gunzip(page.body());
        assertTrue(html.contains("cases:table"), "the compressed page is the case list");
        System.out.printf("case list page: %,d bytes plain, %,d bytes gzip%n", plain.body().length, page.body().length);
        assertTrue(page.body().length * 3 < plain.body().length, "compressed to less than a third");

        for (String script : new String[] {"css/xinfang.css.xhtml", "js/xinfang.js.xhtml", "components.js.xhtml?ln=primefaces"}) {
            Matcher address = Pattern.compile("(/xinfang/jakarta\\.faces\\.resource/" + Pattern.quote(script) + "[^\"]*)").matcher(html);
            assertTrue(address.find(), script + " on the page");
            String url = Deployments.baseUrl().replaceFirst("/xinfang$", "") + address.group(1).replace("&amp;", "&");
            assertTrue(url.matches(".*[?&]v=[0-9a-z._-]+.*"), "a versioned address: " + url);
            HttpResponse<byte[]> resource = get(gzip(url));
            assertEquals(200, resource.statusCode(), url);
            assertEquals("gzip", resource.headers().firstValue("Content-Encoding").orElse(""), url);
            assertEquals(YEAR, resource.headers().firstValue("Cache-Control").orElse(""), url);
        }

        HttpResponse<byte[]> icon = get(gzip(Deployments.baseUrl() + "/favicon.svg"));
        assertEquals(200, icon.statusCode());
        assertEquals("public, max-age=86400", icon.headers().firstValue("Cache-Control").orElse(""), "the icon");
    }

    @Test
    void theApiAnswersComeCompressedButNotTheDownloads() {
        HttpResponse<byte[]> cases = get(gzip(Api.url("/cases")).header("Authorization", Api.basic(Api.CY_CLERK, Api.PASSWORD)));
        assertEquals(200, cases.statusCode());
        assertEquals("gzip", cases.headers().firstValue("Content-Encoding").orElse(""), "the API's case list");
        assertEquals("no-store", cases.headers().firstValue("Cache-Control").orElse(""), "the API's case list");
        assertTrue(gunzip(cases.body()).startsWith("{") || gunzip(cases.body()).startsWith("["), "JSON inside");

        HttpResponse<byte[]> export = get(gzip(Api.url("/cases/export")).header("Authorization", Api.basic(Api.CY_CLERK, Api.PASSWORD)));
        assertEquals(200, export.statusCode());
        assertFalse(export.headers().firstValue("Content-Encoding").isPresent(), "a workbook is compressed already");
    }

    private static HttpRequest.Builder gzip(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip");
    }

    private static String gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("not gzip", e);
        }
    }

    private void signIn(String user) {
        get(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/app/cases/list.xhtml")));
        HttpResponse<byte[]> signedIn = get(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&j_password=" + URLEncoder.encode(Api.PASSWORD, StandardCharsets.UTF_8))));
        assertTrue(signedIn.statusCode() == 302 || signedIn.statusCode() == 303, "sign-in: " + signedIn.statusCode());
    }

    private HttpResponse<byte[]> get(HttpRequest.Builder request) {
        try {
            return browser.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
