package org.xinfang.plugins.discipline.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.xinfang.it.Deployments;
import org.xinfang.it.ui.Browser;
import org.xinfang.it.api.Api;

/**
 * An anonymous report in a real browser: the commission's clerk creates the receipt code on the
 * report's page and sees it once on a printable slip, and answers the reporter; then the reporter,
 * not signed in, opens the public page, types the code, reads the answer and adds evidence with a
 * file — which the commission then finds on the case.
 */
@ExtendWith(ArquillianExtension.class)
public class AnonymousReceiptInBrowserIT {

    private static final String CLERK = "jw.discipline_clerk";
    private static final String ANSWER = "您反映的问题已受理，我委正在核实，请补充具体时间、地点。";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @RegisterExtension
    final Browser chromium = Browser.open();
    private Path files;

    @BeforeEach
    void openBrowser() throws IOException {
        files = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "evidence-");
    }

    @Test
    void theReporterReadsTheAnswerAndAddsEvidenceWithTheCodeOnThePublicPage() throws Exception {
        long caseId = registerAnonymousReport();

        chromium.signIn(CLERK);
        chromium.driver.get(chromium.base + "/app/cases/view.xhtml?id=" + caseId);
        chromium.click("case_receipt_form:case_receipt_issue");
        String code = chromium.text("case_receipt_code");
        assertTrue(code.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}"), code);
        assertTrue(chromium.text("case_receipt_form:case_receipt_slip").contains("/public/receipt.xhtml"));
        chromium.screenshot("discipline-receipt-slip");
        chromium.type("case_receipt_form:case_receipt_answer", ANSWER);
        chromium.click("case_receipt_form:case_receipt_send");
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case_receipt_form:case_receipt_messages"),
                "已答复"));
        assertTrue(chromium.driver.findElements(By.id("case_receipt_code")).isEmpty(), "the code is gone once used");
        chromium.signOut();

        Path photo = Files.write(files.resolve("现场照片.jpg"), fixture("photo.jpg"));
        chromium.driver.get(chromium.base + "/public/receipt.xhtml");
        chromium.type("receipt_open:code", code.toLowerCase().replace("-", " "));
        chromium.click("receipt_open:open");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt_view")));
        assertTrue(chromium.text("receipt_view").contains(ANSWER), chromium.text("receipt_view"));
        chromium.type("receipt_evidence:text", "时间：2026年11月3日晚；地点：城关镇某饭店。");
        chromium.driver.findElement(By.id("receipt_evidence:file")).sendKeys(photo.toAbsolutePath().toString());
        chromium.click("receipt_evidence:send");
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("receipt_messages"), "补充材料已提交"));
        String view = chromium.text("receipt_view");
        assertTrue(view.contains("时间：2026年11月3日晚；地点：城关镇某饭店。") && view.contains("现场照片.jpg"), view);
        chromium.screenshot("discipline-receipt-public");

        List<JsonObject> documents = getArray("/cases/" + caseId + "/documents");
        assertTrue(documents.stream().anyMatch(d -> "现场照片.jpg".equals(d.getString("fileName", null))), documents::toString);
        JsonObject receipt = get("/cases/" + caseId + "/receipt");
        assertEquals(List.of("ANSWER", "EVIDENCE"), receipt.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("kind")).toList());
    }

    private long registerAnonymousReport() throws Exception {
        String body = Json.createObjectBuilder()
                .add("channel", "LETTER")
                .add("subject", "匿名举报镇干部吃喝 " + UUID.randomUUID())
                .add("content", "匿名来信反映城关镇干部公款吃喝。")
                .add("category", "党风廉政")
                .add("receivedOn", Api.today().minusDays(1).toString())
                .add("headCount", 1)
                .add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder().add("role", "PETITIONER").add("name", "匿名")))
                .add("form", Json.createObjectBuilder().add("category", "ACCUSATION").add("signed", false).add("aboutUnitHead", false)
                        .add("subjectName", "王某").add("subjectUnit", "城关镇人民政府").add("subjectRank", "TOWNSHIP"))
                .build().toString();
        HttpResponse<String> created = HTTP.send(api("/cases").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created::body);
        return read(created.body()).getJsonNumber("id").longValue();
    }

    private JsonObject get(String path) throws Exception {
        return read(HTTP.send(api(path).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private List<JsonObject> getArray(String path) throws Exception {
        String body = HTTP.send(api(path).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    private static HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/api/v1" + path)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((CLERK + ":" + Browser.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonObject read(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = AnonymousReceiptInBrowserIT.class.getResourceAsStream("/scans/" + name)) {
            return in.readAllBytes();
        }
    }
}
