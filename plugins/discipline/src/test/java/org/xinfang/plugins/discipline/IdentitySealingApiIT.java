package org.xinfang.plugins.discipline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api;
import org.xinfang.it.api.Api.Answer;

/**
 * A signed discipline report's reporter, sealed on every surface of the API: the city committee's
 * clerk registers it (the reporter signs the letter with name and phone), assigns it to the township
 * committee it concerns, which accepts it. Then the clerk, the leaders, the administrator, the city
 * petition bureau, the township and the keeper each read the case, the list and search, the
 * documents and notices, the procedure, the audit trail — and none of them meets the reporter's name,
 * ID number, phone or address, only 举报人A. Only the keeper of the committee holding the report
 * reveals it, with a reason; every refusal says why; every reveal is in the leaders' log, the audit
 * trail and the server log, which itself never names the reporter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class IdentitySealingApiIT {

    private static final String CLERK = "jw.discipline_clerk";
    private static final String KEEPER = "jw.discipline_identity_keeper";
    private static final String LEADER = "jw.discipline_leader";
    private static final String CORE_LEADER = "jw.leader";
    private static final String CITY_BUREAU = "qz.leader";
    private static final String TOWNSHIP = "jw-cg.clerk";
    private static final String TOWNSHIP_LEADER = "jw-cg.discipline_leader";
    private static final String TOWNSHIP_KEEPER = "jw-cg.discipline_identity_keeper";
    private static final String ADMIN = "admin";

    private static final byte[] LETTER = onePagePdf();
    private static final byte[] PHOTO = smallPng();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** One reporter per run: values no demo case and no other test holds. */
    private final String marker = UUID.randomUUID().toString();
    private final String name = "欧阳" + "春夏秋冬梅兰竹菊".charAt(ThreadLocalRandom.current().nextInt(8)) + "举" + marker.substring(0, 4);
    private final String idNumber = Api.idNumber("330106");
    private final String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    private final String address = "城关镇实名路" + ThreadLocalRandom.current().nextInt(1000, 9999) + "号";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void theReporterIsAPseudonymOnEverySurfaceForEveryoneUntilTheKeeperRevealsWithAReason() throws IOException {
        long city = unitOf(CLERK);
        long township = unitOf(TOWNSHIP);
        JsonObject registered = Api.register(CLERK, report(township));
        long id = registered.getJsonNumber("id").longValue();
        JsonObject reporter = registered.getJsonArray("parties").getJsonObject(0);
        assertEquals("举报人A", reporter.getString("name"), "even the clerk who typed it gets the pseudonym back");
        assertTrue(reporter.getBoolean("sealed"));
        assertEquals("李某", registered.getJsonArray("parties").getJsonObject(1).getString("name"), "the person reported on is not sealed");
        assertTrue(registered.getString("content").contains("举报人A"), registered::toString);
        assertSealed("registration answer", registered.toString());

        long identifyingLetter = upload(CLERK, id, "letter.pdf", LETTER, name + "署名信", true);
        long photo = upload(CLERK, id, "photo.png", PHOTO, "现场照片", false);

        step(CLERK, id, Json.createObjectBuilder().add("transition", "assign").add("targetUnitId", township)
                .add("dueDate", Api.today().plusDays(20).toString()));
        step(TOWNSHIP, id, Json.createObjectBuilder().add("transition", "accept"));

        for (String user : List.of(CLERK, LEADER, CORE_LEADER, ADMIN, CITY_BUREAU, TOWNSHIP, TOWNSHIP_LEADER, TOWNSHIP_KEEPER, KEEPER)) {
            Answer view = Api.get(user, "/cases/" + id);
            assertEquals(200, view.status(), user + ": " + view);
            assertEquals("举报人A", view.json().getJsonArray("parties").getJsonObject(0).getString("name"), user);
            assertSealed(user + " case view", view.body());

            Answer search = Api.get(user, Api.casesWhere(Map.of("q", marker)));
            assertEquals(1, search.json().getJsonNumber("total").longValue(), user + ": " + search);
            assertSealed(user + " search", search.body());
            // The full-text search knows the report by its words and the person reported on, never by who reported it.
            assertEquals(1, Api.countMatching(user, "李某 " + marker), user + ": the person reported on is searchable");
            for (String secret : List.of(name, name.substring(2), phone, phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7), address)) {
                assertEquals(0, Api.countMatching(user, secret), user + " searching the sealed " + secret);
            }
            assertSealed(user + " list", Api.get(user, "/cases?limit=200").body());

            JsonArray documents = Api.get(user, "/cases/" + id + "/documents").array();
            assertSealed(user + " documents", documents.toString());
            JsonObject letter = document(documents, identifyingLetter);
            assertTrue(letter.getBoolean("identifying"));
            assertEquals(!KEEPER.equals(user), letter.isNull("href"), user + ": only the keeper gets a link to the identifying letter: " + letter);
            assertEquals("举报人A署名信", letter.getString("title"));
            assertFalse(document(documents, photo).isNull("href"), "other attachments open as always");
            HttpResponse<byte[]> refused = download(user, id, identifyingLetter, null);
            assertEquals(KEEPER.equals(user) ? 400 : 403, refused.statusCode(), user + " downloading the identifying letter");
            for (JsonObject notice : documents.getValuesAs(JsonObject.class)) {
                if ("NOTICE".equals(notice.getString("kind"))) {
                    assertSealed(user + " " + notice.getString("title"), pdfText(download(user, id, notice.getJsonNumber("id").longValue(), null).body()));
                }
            }

            assertSealed(user + " procedure", Api.get(user, "/cases/" + id + "/procedure").body());
            Answer audit = Api.get(user, "/cases/" + id + "/audit");
            assertEquals(200, audit.status(), user + ": " + audit);
            assertSealed(user + " audit", audit.body());
        }

        JsonArray notices = Api.get(CLERK, "/cases/" + id + "/documents").array();
        String acceptance = notices.getValuesAs(JsonObject.class).stream().filter(d -> "ACCEPTANCE".equals(d.getString("noticeKind", "")))
                .map(d -> pdfText(download(CLERK, id, d.getJsonNumber("id").longValue(), null).body())).findFirst().orElseThrow();
        assertTrue(acceptance.contains("举报人A"), "the acceptance notice is addressed to the pseudonym: " + acceptance);

        // Refusals, each saying why; nothing is revealed or logged by them.
        Answer noReason = reveal(KEEPER, id, null, "zh-CN");
        assertEquals(400, noReason.status(), noReason::toString);
        assertEquals("请写明查看举报人身份的理由（理由会记入揭示记录）。", noReason.messageFor("reason"));
        Answer blank = reveal(KEEPER, id, "   ", "en");
        assertEquals(400, blank.status(), blank::toString);
        assertEquals("State why you need to see the reporter's identity (the reason goes into the reveal log).", blank.messageFor("reason"));
        Answer tooShort = reveal(KEEPER, id, "核实", "zh-CN");
        assertEquals(400, tooShort.status(), tooShort::toString);
        for (String notKeeper : List.of(LEADER, CORE_LEADER, ADMIN, CITY_BUREAU, CLERK, TOWNSHIP, TOWNSHIP_KEEPER)) {
            Answer refused = reveal(notKeeper, id, "需要联系举报人核实线索", "zh-CN");
            assertEquals(403, refused.status(), notKeeper + ": " + refused);
            assertTrue(refused.body().contains("只有“青州市纪委监委”的举报人身份保管人员可以查看"), refused::toString);
            assertSealed(notKeeper + " refused", refused.body());
        }
        Answer refusedEn = reveal(ADMIN, id, "to call the reporter back", "en");
        assertTrue(refusedEn.body().contains("Only the identity keeper of 青州市纪委监委 may see the reporter's identity"), refusedEn::toString);

        // The keeper reveals, naming the reporter in the reason: the reason is kept, and redacted for everyone else.
        String reason = "需电话联系" + name + "核实线索";
        Answer revealed = reveal(KEEPER, id, reason, "zh-CN");
        assertEquals(200, revealed.status(), revealed::toString);
        JsonObject who = revealed.json().getJsonArray("parties").getJsonObject(0);
        assertEquals("举报人A", who.getString("pseudonym"));
        assertEquals(name, who.getString("name"));
        assertEquals(idNumber, who.getString("idNumber"));
        assertEquals(phone, who.getString("phone"));
        assertEquals(address, who.getString("address"));
        long revealId = revealed.json().getJsonNumber("revealId").longValue();

        HttpResponse<byte[]> letter = download(KEEPER, id, identifyingLetter, "比对署名笔迹");
        assertEquals(200, letter.statusCode());
        assertArrayEquals(LETTER, letter.body());

        // The leaders read the log: who, when, why, which case; the reason with the name redacted.
        for (String leader : List.of(LEADER, CORE_LEADER)) {
            Answer log = Api.get(leader, "/identity/reveals");
            assertEquals(200, log.status(), leader + ": " + log);
            List<JsonObject> ofCase = log.array().getValuesAs(JsonObject.class).stream()
                    .filter(e -> e.getJsonNumber("caseId").longValue() == id).toList();
            assertEquals(2, ofCase.size(), leader + ": " + log);
            JsonObject attachment = ofCase.get(0);
            JsonObject parties = ofCase.get(1);
            assertEquals(revealId, parties.getJsonNumber("id").longValue());
            assertEquals(KEEPER, parties.getString("revealedBy"));
            assertEquals("需电话联系举报人A核实线索", parties.getString("reason"));
            assertEquals("parties", parties.getString("shown"));
            assertEquals("青州市纪委监委", parties.getString("holderName"));
            assertEquals(registered.getString("number"), parties.getString("caseNumber"));
            assertFalse(parties.getString("revealedAt").isBlank());
            assertEquals("attachment:" + identifyingLetter, attachment.getString("shown"));
            assertSealed(leader + " reveal log", log.body());
            assertEquals(2, Api.get(leader, "/cases/" + id + "/identity/reveals").array().size());
        }
        assertEquals(404, Api.get("jw-ty.discipline_leader", "/cases/" + id + "/identity/reveals").status(),
                "another township's leader is not told the case exists");
        assertEquals(404, Api.get(LEADER, "/cases/99999999/identity/reveals").status());
        assertEquals(0, Api.get(TOWNSHIP_LEADER, "/identity/reveals").array().stream()
                .filter(e -> e.asJsonObject().getJsonNumber("caseId").longValue() == id).count(), "the township does not hold the report");
        for (String notLeader : List.of(CITY_BUREAU, ADMIN, CLERK, KEEPER)) {
            Answer refused = Api.get(notLeader, "/identity/reveals");
            assertEquals(403, refused.status(), notLeader + ": " + refused);
        }

        // The audit trail has both reveals for the keeper and the leaders who read the log, and still no
        // identity; to everyone else, that the reporter was looked at, by whom and why, is not shown.
        for (String leader : List.of(LEADER, CORE_LEADER, KEEPER)) {
            Answer audit = Api.get(leader, "/cases/" + id + "/audit");
            assertEquals(2, reveals(audit), leader + ": " + audit);
            assertSealed("audit after the reveal", audit.body());
            assertTrue(audit.body().contains("需电话联系举报人A核实线索"), audit::toString);
        }
        for (String other : List.of(CITY_BUREAU, ADMIN, CLERK, TOWNSHIP, TOWNSHIP_LEADER, TOWNSHIP_KEEPER)) {
            Answer audit = Api.get(other, "/cases/" + id + "/audit");
            assertEquals(200, audit.status(), other + ": " + audit);
            assertEquals(0, reveals(audit), other + ": " + audit);
            assertFalse(audit.body().contains("需电话联系"), other + ": " + audit);
        }

        // The server's log lines say that the reveal happened and never whose identity it was.
        String logs = serverLogs();
        assertTrue(logs.contains("Sealed identity of case " + id + " revealed to " + KEEPER + " (reveal log #" + revealId), "the reveal is in the server log");
        assertSealed("server log", logs);
        assertEquals(city, registered.getJsonNumber("unitId").longValue());
    }

    @Test
    void theUnitAReportIsAboutNeverRevealsWhoMadeIt() {
        long township = unitOf(TOWNSHIP);
        JsonObject aboutItself = Api.register("jw-cg.discipline_clerk", report(township).add("unitId", township));
        long id = aboutItself.getJsonNumber("id").longValue();
        Answer refused = reveal(TOWNSHIP_KEEPER, id, "需要联系举报人核实线索", "zh-CN");
        assertEquals(403, refused.status(), refused::toString);
        assertEquals("此件反映的是城关镇纪委，城关镇纪委不得查看举报人身份；报送上级后由上级的身份保管人员查看。",
                refused.json().getString("message"));
        assertSealed("refused", refused.body());
    }

    @Test
    void anAppealIsNotSealedAndHasNothingToReveal() {
        JsonObject appeal = Api.register(CLERK, Api.newCase("申诉 " + marker).add("unitId", unitOf(CLERK))
                .add("form", Api.disciplineForm().add("category", "APPEAL")));
        long id = appeal.getJsonNumber("id").longValue();
        JsonObject appellant = appeal.getJsonArray("parties").getJsonObject(0);
        assertEquals("张三", appellant.getString("name"));
        assertFalse(appellant.getBoolean("sealed"));
        Answer nothing = reveal(KEEPER, id, "需要联系申诉人", "zh-CN");
        assertEquals(400, nothing.status(), nothing::toString);
        assertTrue(nothing.body().contains("没有密封的身份"), nothing::toString);
    }

    @Test
    void theKeeperSeesAReportButCannotRewriteIt() {
        JsonObject registered = Api.register(CLERK, report(unitOf(TOWNSHIP)));
        long id = registered.getJsonNumber("id").longValue();
        JsonObject seen = Api.get(KEEPER, "/cases/" + id).json();
        String subject = seen.getString("subject");
        JsonObject rewrite = Json.createObjectBuilder().add("version", seen.getJsonNumber("version").longValue())
                .add("subject", "保管人改写的标题").add("content", "保管人改写的内容").add("category", "其他").build();

        Answer refused = Api.put(KEEPER, "/cases/" + id, rewrite);

        assertEquals(403, refused.status(), refused::toString);
        assertTrue(refused.json().getString("message").contains(registered.getString("number")), refused::toString);
        assertEquals(subject, Api.get(CLERK, "/cases/" + id).json().getString("subject"), "the refused rewrite was saved");
        assertEquals(200, Api.put(CLERK, "/cases/" + id, rewrite).status(), "the committee's own clerk may correct it");
    }

    private jakarta.json.JsonObjectBuilder report(long township) {
        return Json.createObjectBuilder()
                .add("unitId", unitOf(CLERK))
                .add("channel", "LETTER")
                .add("subject", "反映城关镇副镇长李某收受礼金 " + marker)
                .add("content", "本人" + name + "（电话" + phone + "，住" + address + "）实名举报：城关镇副镇长李某收受礼金。")
                .add("category", "违纪举报")
                .add("receivedOn", Api.today().minusDays(1).toString())
                .add("concernedUnitId", township)
                .add("parties", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("role", "PETITIONER").add("name", name).add("idNumber", idNumber)
                                .add("phone", phone).add("address", address))
                        .add(Json.createObjectBuilder().add("role", "SUBJECT").add("name", "李某")))
                .add("form", Api.disciplineForm());
    }

    private static long reveals(Answer audit) {
        return audit.array().getValuesAs(JsonObject.class).stream().filter(e -> "IDENTITY_REVEALED".equals(e.getString("action"))).count();
    }

    /** Fails unless {@code text} is free of every piece of the reporter's identity. */
    private void assertSealed(String where, String text) {
        for (String secret : List.of(name, idNumber, phone, address, idNumber.substring(0, 6) + "*")) {
            assertFalse(text.contains(secret), where + " shows " + secret + ": " + text);
        }
    }

    private static long unitOf(String user) {
        return Api.get(user, "/me").json().getJsonArray("grants").getJsonObject(0).getJsonNumber("unitId").longValue();
    }

    private static void step(String user, long id, jakarta.json.JsonObjectBuilder body) {
        long version = Api.get(user, "/cases/" + id).json().getJsonNumber("version").longValue();
        Answer taken = Api.post(user, "/cases/" + id + "/procedure/steps", body.add("version", version).build());
        if (taken.status() != 200 && taken.status() != 201) {
            throw new AssertionError(user + " step: " + taken);
        }
    }

    private static Answer reveal(String user, long id, String reason, String language) {
        jakarta.json.JsonObjectBuilder body = Json.createObjectBuilder();
        if (reason != null) {
            body.add("reason", reason);
        }
        return Api.send(Api.request(user, "/cases/" + id + "/identity/reveal").header("Accept-Language", language)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.build().toString(), StandardCharsets.UTF_8)));
    }

    private static long upload(String user, long caseId, String fileName, byte[] content, String title, boolean identifying) {
        String boundary = "----xinfang" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + title + "\r\n");
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"identifying\"\r\n\r\n" + identifying + "\r\n");
        write(body, "--" + boundary + "--\r\n");
        Answer stored = Api.send(Api.request(user, "/cases/" + caseId + "/attachments")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        if (stored.status() != 201) {
            throw new AssertionError("upload: " + stored);
        }
        assertEquals(identifying, stored.json().getBoolean("identifying"));
        return stored.json().getJsonNumber("id").longValue();
    }

    private static JsonObject document(JsonArray documents, long id) {
        return documents.getValuesAs(JsonObject.class).stream().filter(d -> d.getJsonNumber("id").longValue() == id)
                .findFirst().orElseThrow(() -> new AssertionError("document " + id + " not listed: " + documents));
    }

    private static HttpResponse<byte[]> download(String user, long caseId, long documentId, String reason) {
        String url = Api.url("/cases/" + caseId + "/documents/" + documentId)
                + (reason == null ? "" : "?reason=" + URLEncoder.encode(reason, StandardCharsets.UTF_8));
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", Api.basic(user, Api.PASSWORD)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every log file of the test server, as one text. */
    private static String serverLogs() throws IOException {
        Path dir = Path.of(System.getProperty("jboss.home"), "standalone", "log");
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A real one-page PDF, as a scanned letter would be stored. */
    private static byte[] onePagePdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real small PNG, as a photo of the scene would be. */
    private static byte[] smallPng() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
