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
 * Roles reach the container: the administrator signs in through the login form and opens the page
 * of installed plugins; a clerk signed in the same way is refused it (403), whatever the menu shows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminPageAccessIT {

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

    /** The browser's way in: ask for the page, post the login form, follow the redirect back. */
    private static HttpResponse<String> signInAndOpen(String username, String path) throws IOException, InterruptedException {
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
