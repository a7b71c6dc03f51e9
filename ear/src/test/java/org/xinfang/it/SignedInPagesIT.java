package org.xinfang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in through the login form, as a browser does. Roles reach the container: the administrator
 * opens the page of installed plugins, a clerk is refused it (403) whatever the menu shows. Signing in
 * without asking for a page opens the home page (工作台). And the case page answers a clerk of another
 * unit exactly as for a case that does not exist.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class SignedInPagesIT {

    private static final String PLUGINS_PAGE = "/app/admin/plugins.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void administratorSeesTheInstalledPlugins() throws Exception {
        HttpResponse<String> page = signInAndOpen("admin", PLUGINS_PAGE);
        assertEquals(200, page.statusCode());
        for (String id : PluginRegistryIT.expectedPlugins()) {
            assertTrue(page.body().contains(id), "the page names plugin " + id);
        }
    }

    @Test
    void clerkIsRefusedTheAdministrationPages() throws Exception {
        assertEquals(403, signInAndOpen("cy.clerk", PLUGINS_PAGE).statusCode());
        assertEquals(200, signInAndOpen("cy.clerk", "/app/cases/list.xhtml").statusCode());
    }

    @Test
    void pluginPagesTheMenuDoesNotOfferAreRefusedWhenTypedIn() throws Exception {
        java.util.Set<String> installed = PluginRegistryIT.expectedPlugins();
        if (installed.contains("company")) {
            String protection = "/plugins/company/protection.xhtml";
            assertEquals(200, signInAndOpen("zg.company_desk", protection).statusCode());
            assertEquals(403, signInAndOpen("zg-zz.company_workshop_head", protection).statusCode(),
                    "the workshop never learns which of its people the company protects");
            assertEquals(403, signInAndOpen("cy.clerk", protection).statusCode());
        }
        if (installed.contains("court")) {
            String receptionDay = "/plugins/court/reception-day.xhtml";
            assertEquals(200, signInAndOpen("zy.court_reception", receptionDay).statusCode());
            assertEquals(403, signInAndOpen("cy.clerk", receptionDay).statusCode(), "a petition bureau has no reception day of a court");
            assertEquals(200, signInAndOpen("admin", receptionDay).statusCode(), "the administrator runs every unit's settings");
        }
        assertEquals(200, signInAndOpen("cy.clerk", "/app/cases/list.xhtml").statusCode());
    }

    @Test
    void signingInWithoutAskingForAPageOpensTheHomePage() throws Exception {
        for (String start : java.util.List.of("/", "/login.xhtml")) {
            HttpResponse<String> landed = signInAndOpen("cy.clerk", start);
            assertEquals(200, landed.statusCode(), start);
            assertTrue(landed.uri().getPath().endsWith("/app/home.xhtml"), start + " led to " + landed.uri());
            assertTrue(landed.body().contains("id=\"greeting\""), "the home page (工作台) opens");
        }
    }

    @Test
    void casePageOfAnotherUnitLooksLikeNoCaseAtAll() throws Exception {
        String subject = "东城区小区物业乱收费 " + java.util.UUID.randomUUID();
        String body = "{\"channel\":\"LETTER\",\"subject\":\"" + subject + "\",\"content\":\"来信反映小区物业乱收费\","
                + "\"category\":\"城乡建设\",\"receivedOn\":\"2026-11-01\",\"parties\":[{\"role\":\"PETITIONER\",\"name\":\"李红\"}]}";
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/api/v1/cases"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("dc.clerk:Xinfang@2026".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        String page = "/app/cases/view.xhtml?id=" + location.substring(location.lastIndexOf('/') + 1);

        HttpResponse<String> own = signInAndOpen("dc.clerk", page);
        assertTrue(own.body().contains(subject), "the unit's own clerk sees the case");
        HttpResponse<String> other = signInAndOpen("cy.clerk", page);
        assertTrue(other.body().contains("id=\"notFound\""), "another unit's clerk gets the not-found page");
        assertTrue(!other.body().contains(subject), "and nothing of the case");
        HttpResponse<String> missing = signInAndOpen("cy.clerk", "/app/cases/view.xhtml?id=999999999");
        assertTrue(missing.body().contains("id=\"notFound\""), "the same page as for a case that does not exist");
    }

    /** The browser's way in: ask for the page, post the login form, follow the redirect back. */
    public static HttpResponse<String> signInAndOpen(String username, String path) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String base = Deployments.baseUrl();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(login.body().contains("j_security_check"), "an anonymous request gets the login form");
        String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode("Xinfang@2026", StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
