package org.xinfang.it.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinfang.it.api.Api.CY_CLERK;
import static org.xinfang.it.api.Api.DC_CLERK;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api.Answer;

/**
 * Attachments over HTTP: real scans stored and given back byte for byte with the SHA-256 listed;
 * files refused for what their bytes are, for a misleading name, for being empty or too large, with
 * nothing stored; and the case's unit scoping and working roles applied to uploads and downloads.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttachmentsApiIT {

    private static final String ADMIN = "admin";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void realScansAreStoredAndComeBackByteForByteWithTheListedChecksum() {
        long caseId = newCase();
        byte[] pdf = fixture("letter.pdf");
        byte[] jpeg = fixture("photo.jpg");
        byte[] png = fixture("screenshot.png");

        JsonObject storedPdf = expectCreated(upload(CY_CLERK, caseId, "来信原件.pdf", pdf, "来信原件（第1页）"));
        JsonObject storedJpeg = expectCreated(upload(CY_CLERK, caseId, "现场照片.jpg", jpeg, null));
        JsonObject storedPng = expectCreated(upload(CY_CLERK, caseId, "C:\\Users\\王\\截图.png", png, null));

        assertEquals("来信原件（第1页）", storedPdf.getString("title"));
        assertEquals("现场照片.jpg", storedJpeg.getString("title"), "the title defaults to the file name");
        assertEquals("截图.png", storedPng.getString("fileName"), "the path the browser sent is dropped");

        JsonArray listed = Api.get(CY_CLERK, "/cases/" + caseId + "/documents").array();
        assertEquals(3, listed.size(), listed::toString);
        List<byte[]> sent = List.of(pdf, jpeg, png);
        List<String> types = List.of("application/pdf", "image/jpeg", "image/png");
        List<String> names = List.of("来信原件.pdf", "现场照片.jpg", "截图.png");
        for (int i = 0; i < 3; i++) {
            JsonObject document = listed.getJsonObject(i);
            assertEquals("ATTACHMENT", document.getString("kind"));
            assertTrue(document.isNull("number"), document::toString);
            assertEquals(sent.get(i).length, document.getJsonNumber("size").longValue());
            assertEquals(sha256(sent.get(i)), document.getString("sha256"));
            assertEquals(CY_CLERK, document.getString("createdBy"));

            HttpResponse<byte[]> download = download(CY_CLERK, document.getString("href"));
            assertEquals(200, download.statusCode());
            assertArrayEquals(sent.get(i), download.body());
            assertEquals(document.getString("sha256"), sha256(download.body()));
            assertEquals(types.get(i), download.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElseThrow());
            String disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
            assertTrue(disposition.startsWith("attachment;"), disposition);
            assertTrue(disposition.contains("filename*=UTF-8''" + URLEncoder.encode(names.get(i), StandardCharsets.UTF_8)), disposition);
        }
    }

    @Test
    void aProgramRenamedPdfIsRefusedSayingWhatItIs() {
        long caseId = newCase();
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';

        Answer refused = upload(CY_CLERK, caseId, "扫描件.pdf", exe, null);

        assertEquals(415, refused.status(), refused::toString);
        assertEquals("unsupported_media_type", refused.json().getString("error"));
        assertEquals("“扫描件.pdf”实际是Windows 可执行程序，不是扫描件，未保存；只接受 PDF/JPEG/PNG/TIFF/GIF/BMP 文件。",
                refused.messageFor("file"));
        assertNothingStored(caseId);
    }

    @Test
    void aZipRenamedPdfIsRefusedInEnglishForAnEnglishClient() {
        long caseId = newCase();
        byte[] zip = Arrays.copyOf(new byte[] {'P', 'K', 3, 4}, 300);

        Answer refused = Api.send(multipart(CY_CLERK, caseId, "evidence.pdf", zip, null).header("Accept-Language", "en"));

        assertEquals(415, refused.status(), refused::toString);
        assertTrue(refused.messageFor("file").startsWith("\"evidence.pdf\" is not a scan but a ZIP archive"), refused::toString);
        assertNothingStored(caseId);
    }

    @Test
    void anExtensionThatDoesNotMatchTheContentIsRefused() {
        long caseId = newCase();

        Answer refused = upload(CY_CLERK, caseId, "照片.pdf", fixture("screenshot.png"), null);

        assertEquals(400, refused.status(), refused::toString);
        assertEquals("invalid_input", refused.json().getString("error"));
        assertEquals("文件名“照片.pdf”的扩展名 .pdf 与内容不符：内容是 PNG 文件，扩展名应为 .png。未保存。", refused.messageFor("file"));
        assertNothingStored(caseId);
    }

    @Test
    void anEmptyFileIsRefused() {
        long caseId = newCase();

        Answer refused = upload(CY_CLERK, caseId, "空白.pdf", new byte[0], null);

        assertEquals(400, refused.status(), refused::toString);
        assertEquals("文件是空的（0 字节），请重新选择扫描件。", refused.messageFor("file"));
        assertNothingStored(caseId);
    }

    @Test
    void aRequestWithoutAFileNamesTheMissingField() {
        long caseId = newCase();
        String boundary = "b" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n只有标题\r\n--" + boundary + "--\r\n";

        Answer refused = Api.send(Api.request(CY_CLERK, "/cases/" + caseId + "/attachments")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));

        assertEquals(400, refused.status(), refused::toString);
        assertEquals(List.of("file"), refused.fieldsNamed());
    }

    @Test
    void aFileOneByteOverTheDefaultLimitGetsTheApplicationsAnswerNotTheServers() {
        long caseId = newCase();
        byte[] large = Arrays.copyOf(fixture("letter.pdf"), 20 * 1024 * 1024 + 1);

        Answer refused = upload(CY_CLERK, caseId, "整本卷宗.pdf", large, null);

        assertEquals(413, refused.status(), refused::toString);
        assertEquals("too_large", refused.json().getString("error"));
        assertEquals("文件超过 20 MB 的上限，未保存；请降低扫描分辨率或分成几份上传。", refused.messageFor("file"));
        assertNothingStored(caseId);
    }

    @Test
    void anotherUnitsUserFindsNeitherTheCaseNorItsDocuments() {
        long caseId = newCase();
        JsonObject stored = expectCreated(upload(CY_CLERK, caseId, "来信.pdf", fixture("letter.pdf"), null));

        Answer list = Api.get(DC_CLERK, "/cases/" + caseId + "/documents");
        assertEquals(404, list.status(), list::toString);
        assertEquals("not_found", list.json().getString("error"));
        assertEquals(404, download(DC_CLERK, stored.getString("href")).statusCode());
        assertEquals(404, upload(DC_CLERK, caseId, "来信.pdf", fixture("letter.pdf"), null).status());
        long noSuchDocument = stored.getJsonNumber("id").longValue() + 100000;
        Answer missing = Api.get(CY_CLERK, "/cases/" + caseId + "/documents/" + noSuchDocument);
        assertEquals(404, missing.status(), "a document id of no document of this case");
        assertEquals("信访事项 " + caseId + " 中没有编号为 " + noSuchDocument + " 的文件。", missing.json().getString("message"),
                "the case is there: the answer names the document that is not");
    }

    @Test
    void aUserWhoSeesTheCaseButDoesNotWorkOnItMayReadButNotAdd() {
        long caseId = newCase();
        expectCreated(upload(CY_CLERK, caseId, "来信.pdf", fixture("letter.pdf"), null));

        Answer refused = upload(ADMIN, caseId, "证据.pdf", fixture("letter.pdf"), null);

        assertEquals(403, refused.status(), refused::toString);
        assertEquals("forbidden", refused.json().getString("error"));
        Answer listed = Api.get(ADMIN, "/cases/" + caseId + "/documents");
        assertEquals(200, listed.status(), listed::toString);
        assertEquals(1, listed.array().size(), "the refused upload stored nothing");
    }

    @Test
    void theCasePagesDownloadLinkNeedsASignIn() {
        HttpResponse<byte[]> anonymous = send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/app/documents/1/1")).GET());
        assertTrue(anonymous.statusCode() == 200 && new String(anonymous.body(), StandardCharsets.UTF_8).contains("j_security_check")
                || anonymous.statusCode() == 302 || anonymous.statusCode() == 401, "login page, not a document: " + anonymous.statusCode());
    }

    @Test
    void theCaseItselfIsStillServedBesideItsDocumentsAndTheOpenApiDocumentListsTheDocumentCalls() {
        long caseId = newCase();
        assertEquals(200, Api.get(CY_CLERK, "/cases/" + caseId).status(), "GET /cases/{id} beside /cases/{id}/documents");

        Answer openApi = Api.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl().replaceFirst("/xinfang$", "") + "/openapi?format=JSON")).GET());
        assertEquals(200, openApi.status(), openApi::toString);
        JsonObject paths = openApi.json().getJsonObject("paths");
        String api = URI.create(Deployments.baseUrl()).getPath() + "/api/v1/cases/{id}";
        JsonObject upload = paths.getJsonObject(api + "/attachments").getJsonObject("post");
        assertTrue(upload.getJsonObject("requestBody").getJsonObject("content").containsKey("multipart/form-data"), upload::toString);
        for (String status : List.of("201", "400", "403", "404", "413", "415")) {
            assertTrue(upload.getJsonObject("responses").containsKey(status), status + " missing from " + upload);
        }
        assertTrue(paths.getJsonObject(api + "/documents").containsKey("get"), paths.keySet()::toString);
        assertTrue(paths.getJsonObject(api + "/documents/{docId}").containsKey("get"), paths.keySet()::toString);
    }

    private static long newCase() {
        return Api.register(CY_CLERK, Api.newCase(Api.uniqueSubject("附件测试"))).getJsonNumber("id").longValue();
    }

    private static void assertNothingStored(long caseId) {
        Answer listed = Api.get(CY_CLERK, "/cases/" + caseId + "/documents");
        assertEquals(200, listed.status(), listed::toString);
        assertEquals(0, listed.array().size(), listed::toString);
    }

    private static JsonObject expectCreated(Answer answer) {
        if (answer.status() != 201) {
            throw new AssertionError("expected 201 but got " + answer);
        }
        assertTrue(answer.header("Location").endsWith(answer.json().getString("href")), answer.headers()::toString);
        return answer.json();
    }

    static Answer upload(String user, long caseId, String fileName, byte[] content, String title) {
        return Api.send(multipart(user, caseId, fileName, content, title));
    }

    /** A multipart/form-data request as a browser sends it: the file name raw in UTF-8. */
    static HttpRequest.Builder multipart(String user, long caseId, String fileName, byte[] content, String title) {
        String boundary = "----xinfang" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n");
        if (title != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + title + "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return Api.request(user, "/cases/" + caseId + "/attachments")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private static HttpResponse<byte[]> download(String user, String href) {
        return send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl().replaceFirst("/xinfang$", "") + href))
                .header("Authorization", Api.basic(user, Api.PASSWORD)).GET());
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] fixture(String name) {
        try (InputStream in = AttachmentsApiIT.class.getResourceAsStream("/scans/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test file scans/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
