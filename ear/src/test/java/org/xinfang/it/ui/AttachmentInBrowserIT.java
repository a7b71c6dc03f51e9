package org.xinfang.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
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
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api;

/**
 * A clerk adds a scan on the case page in a real browser: the scan is listed with its size and
 * checksum and downloads as the same bytes; a program renamed .pdf is refused on the page, naming
 * what it is, and not listed.
 */
@ExtendWith(ArquillianExtension.class)
class AttachmentInBrowserIT {

    private static final String CLERK = "cy.clerk";
    private static final String PASSWORD = "Xinfang@2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @RegisterExtension
    final Browser chromium = Browser.open();
    private WebDriver browser;
    private WebDriverWait wait;
    private Path files;
    private final String base = Deployments.baseUrl();

    @BeforeEach
    void openBrowser() throws IOException {
        files = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "uploads-");
        browser = chromium.driver;
        wait = chromium.wait;
    }

    @Test
    void aScanUploadedOnTheCasePageIsListedWithItsChecksumAndDownloadsUnchangedWhileAProgramIsRefused() throws Exception {
        long caseId = registerCase();
        byte[] pdf;
        try (InputStream in = getClass().getResourceAsStream("/scans/letter.pdf")) {
            pdf = in.readAllBytes();
        }
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        Path scan = Files.write(files.resolve("来信原件.pdf"), pdf);
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        Path program = Files.write(files.resolve("扫描件.pdf"), exe);

        signIn();
        browser.get(base + "/app/cases/view.xhtml?id=" + caseId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("documentsForm:attachmentTitle")));
        assertTrue(text("documentsForm:upload").contains("20 MB"), "the limit is shown: " + text("documentsForm:upload"));

        browser.findElement(By.id("documentsForm:attachmentTitle")).sendKeys("来信原件（信封与正文）");
        browser.findElement(By.id("documentsForm:attachmentUpload_input")).sendKeys(scan.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("documentsForm:uploadMessages"), "已保存"));
        assertTrue(text("documentsForm:uploadMessages").contains(sha256), "the checksum is shown after the upload");
        String table = text("documentsForm:documents");
        assertTrue(table.contains("来信原件（信封与正文）") && table.contains("来信原件.pdf") && table.contains("PDF"), table);
        assertTrue(browser.findElement(By.id("documentsForm:documents:0:size")).getAttribute("title").endsWith(sha256),
                "the full SHA-256 on hover over the size");
        assertFalse(table.matches("(?s).*[0-9a-f]{12}.*"), "no checksum in the table: " + table);
        String href = browser.findElement(By.id("documentsForm:documents:0:download")).getAttribute("href");
        assertEquals(List.of(sha256, "application/pdf", "nosniff"), fetchInBrowser(href));

        browser.findElement(By.id("documentsForm:attachmentUpload_input")).sendKeys(program.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("documentsForm:uploadMessages"), "Windows 可执行程序"));
        assertEquals(1, browser.findElements(By.cssSelector("[id='documentsForm:documents'] tbody tr")).size(),
                "the refused program is not listed");
    }

    /** Downloads {@code href} with the browser's session and returns the SHA-256, Content-Type and nosniff. */
    @SuppressWarnings("unchecked")
    private List<String> fetchInBrowser(String href) {
        return (List<String>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(async r => {
                  const digest = await crypto.subtle.digest('SHA-256', await r.arrayBuffer());
                  const hex = Array.from(new Uint8Array(digest)).map(b => b.toString(16).padStart(2, '0')).join('');
                  done([hex, r.headers.get('Content-Type'), r.headers.get('X-Content-Type-Options')]);
                }).catch(e => done(['failed: ' + e]));
                """, href);
    }

    private void signIn() {
        chromium.signIn(CLERK);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** A case of the clerk's own unit, registered over the API (the browser's subject is the upload). */
    private long registerCase() throws Exception {
        String body = Json.createObjectBuilder()
                .add("channel", "LETTER")
                .add("subject", "附件上传 " + UUID.randomUUID())
                .add("content", "来信反映拖欠工资，附来信原件扫描件。")
                .add("category", "劳动社保")
                .add("receivedOn", Api.today().minusDays(1).toString())
                .add("headCount", 1)
                .add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder().add("role", "PETITIONER").add("name", "李四")))
                .build().toString();
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/cases"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((CLERK + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created::body);
        try (JsonReader reader = Json.createReader(new StringReader(created.body()))) {
            return reader.readObject().getJsonNumber("id").longValue();
        }
    }
}
