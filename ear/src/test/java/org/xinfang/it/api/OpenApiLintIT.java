package org.xinfang.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api.Answer;

/**
 * The OpenAPI document the server publishes, with every installed plugin's resources in it, passes
 * Redocly CLI's recommended rules with no error and no warning: every operation has an operationId, a
 * summary, its success answer and its refusals. Redocly comes from npm (the build's pre-integration-test
 * runs {@code npm ci} in {@code src/test/openapi}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiLintIT {

    private static final Path LINTER = Path.of("src/test/openapi");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void theDocumentPassesRedoclysRecommendedRules() throws IOException, InterruptedException {
        URI address = URI.create(Deployments.baseUrl().replaceFirst("/xinfang$", "") + "/openapi");
        Answer published = Api.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(30)).GET());
        assertEquals(200, published.status(), published::toString);
        Path document = Files.writeString(Path.of("target", "openapi.yaml"), published.body(), StandardCharsets.UTF_8);
        Path redocly = LINTER.resolve("node_modules/.bin/redocly");
        assertTrue(Files.isExecutable(redocly), redocly + " is missing: the build runs npm ci in " + LINTER + " before the tests");

        Process lint = new ProcessBuilder(redocly.toString(), "lint", document.toAbsolutePath().toString(),
                "--config", LINTER.resolve("redocly.yaml").toString(), "--format=json", "--max-problems", "1000")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(lint.waitFor(120, TimeUnit.SECONDS), "redocly did not finish");
        JsonObject report;
        try (JsonReader reader = Json.createReader(new StringReader(output.substring(output.indexOf('{'))))) {
            report = reader.readObject();
        }
        String problems = report.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("severity") + " " + p.getString("ruleId") + " " + p.getString("message") + " at "
                        + p.getJsonArray("location").getJsonObject(0).getString("pointer"))
                .collect(Collectors.joining("\n"));
        JsonObject totals = report.getJsonObject("totals");
        assertEquals(0, totals.getInt("errors") + totals.getInt("warnings"), "Redocly found:\n" + problems);
    }
}
