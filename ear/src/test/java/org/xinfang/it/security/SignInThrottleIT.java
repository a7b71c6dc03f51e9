package org.xinfang.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api;
import org.xinfang.it.api.Api.Answer;
import org.xinfang.it.deploy.OwnDeployment;

/**
 * One address that fails to sign in 30 times — through the API's Basic credentials or the login
 * form, under any user names — must wait before it may try again, even with a right password; a
 * token issued before still works (it is not a password). Each failure uses another, unknown user
 * name, so that no real account is locked by the server's count per account.
 *
 * <p>A class and a deployment of its own: the count lives with the deployment, and this one ends past
 * the limit.
 */
@OwnDeployment
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInThrottleIT {

    private static final int LIMIT = 30;

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void anAddressPastItsFailuresWaitsWhateverTheNameAndPassword() {
        String token = Api.post(Api.CY_CLERK, "/tokens", Json.createObjectBuilder().add("label", "限流测试").build()).json().getString("token");
        String stranger = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        for (int i = 0; i < LIMIT - 1; i++) {
            Answer refused = Api.send(Api.request(Api.CY_CLERK, "/me").setHeader("Authorization", Api.basic(stranger + i, "guess-" + i)));
            assertEquals(401, refused.status(), "try " + i + ": " + refused);
        }
        HttpResponse<String> formFailure = signIn(stranger + "form", "guess");
        assertTrue(formFailure.statusCode() != 303 || !location(formFailure).contains("error=wait"), "the form was refused early");

        Answer waiting = Api.get(Api.CY_CLERK, "/me");
        assertEquals(429, waiting.status(), "the form's failure did not count, or the limit did not hold: " + waiting);
        assertEquals("too_many_sign_ins", waiting.json().getString("error"));
        assertTrue(waiting.json().getString("message").contains("分钟后再试"), waiting::toString);
        assertTrue(Integer.parseInt(waiting.header("Retry-After")) > 0, waiting.headers()::toString);

        HttpResponse<String> form = signIn(Api.CY_CLERK, Api.PASSWORD);
        assertEquals(303, form.statusCode(), form.headers()::toString);
        assertTrue(location(form).contains("/login.xhtml?error=wait&minutes="), location(form));
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl().replaceAll("/xinfang$", "") + location(form))).GET());
        assertTrue(page.body().contains("分钟后再试"), "the login page does not say why");

        Answer byToken = Api.send(HttpRequest.newBuilder(URI.create(Api.url("/me"))).header("Authorization", "Bearer " + token).GET());
        assertEquals(200, byToken.status(), byToken::toString);
    }

    private HttpResponse<String> signIn(String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))));
    }

    private static String location(HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").orElse("");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
