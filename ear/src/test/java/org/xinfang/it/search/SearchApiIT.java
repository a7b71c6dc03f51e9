package org.xinfang.it.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinfang.it.api.Api.ADMIN;
import static org.xinfang.it.api.Api.CY_CLERK;
import static org.xinfang.it.api.Api.CY_LEADER;
import static org.xinfang.it.api.Api.DC_CLERK;
import static org.xinfang.it.api.Api.QZ_LEADER;
import static org.xinfang.it.api.Api.countMatching;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api;
import org.xinfang.it.api.Api.Answer;
import org.xinfang.it.api.CaseSteps;

/**
 * The case list's full-text search over HTTP (ADR 0041): a matter is found by any fragment of its
 * content, by a party's name, by a phone however written, by the words of its notices and of a PDF
 * attached to it — by whoever sees it and by nobody else; and again after the index is rebuilt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchApiIT {

    /** Words no demo matter and no other test holds. */
    private final String marker = UUID.randomUUID().toString().substring(0, 8);
    private final String name = "司马" + "春夏秋冬".charAt(ThreadLocalRandom.current().nextInt(4)) + "检" + marker.substring(0, 3);
    private final String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void findsAMatterByAnyWordInItByWhoeverSeesItAndByNobodyElse() {
        JsonObject registered = register();
        long id = registered.getJsonNumber("id").longValue();

        // The content's words, a fragment of it that is no word (欠保洁 spans two), fragments apart, the number.
        for (String words : List.of(marker + " 拖欠保洁员工资", marker + " 欠保洁", marker + " 业主委员会", "物业 " + marker,
                registered.getString("number"))) {
            assertEquals(List.of(id), ids(CY_CLERK, words), "searching " + words);
        }
        assertEquals(0, countMatching(CY_CLERK, marker + " 拆迁补偿"), "every fragment must occur");
        // A party's name, whole or in part, and the phone as typed with spaces or dashes.
        assertEquals(List.of(id), ids(CY_CLERK, name));
        assertEquals(List.of(id), ids(CY_CLERK, name.substring(2)));
        assertEquals(List.of(id), ids(CY_CLERK, phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7)));
        assertEquals(List.of(id), ids(CY_CLERK, phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7)));

        // Scope: the district's leader and the city above find it; the neighbouring district does not.
        assertEquals(List.of(id), ids(CY_LEADER, name));
        assertEquals(List.of(id), ids(QZ_LEADER, name));
        for (String words : List.of(marker, name, phone)) {
            assertEquals(0, countMatching(DC_CLERK, words), "another district searching " + words);
        }

        // The acceptance notice's words: its number is in no field of the matter, only in the notice.
        CaseSteps.taken(CY_CLERK, id, "accept", CaseSteps.none());
        String noticeNumber = Api.get(CY_CLERK, "/cases/" + id + "/documents").array().getValuesAs(JsonObject.class).stream()
                .filter(d -> "ACCEPTANCE".equals(d.getString("noticeKind", null))).findFirst().orElseThrow().getString("number");
        assertEquals(List.of(id), ids(CY_CLERK, noticeNumber), "the notice's number " + noticeNumber);

        // A PDF attached with a word only it holds.
        String attachedWord = "evidence" + marker;
        Answer uploaded = Api.send(attachment(id, pdfSaying("Receipt of wages withheld, ref " + attachedWord)));
        assertEquals(201, uploaded.status(), uploaded::toString);
        assertEquals(List.of(id), ids(CY_CLERK, attachedWord));
        assertEquals(0, countMatching(DC_CLERK, attachedWord));

        // Rebuilt from the database, the index finds all of it again, and counts every matter.
        rebuildAndWait();
        for (String words : List.of(marker + " 欠保洁", name, phone, noticeNumber, attachedWord)) {
            assertEquals(List.of(id), ids(CY_CLERK, words), "after the rebuild, searching " + words);
        }
    }

    @Test
    void aTownshipMovedToAnotherDistrictTakesItsMattersIntoThatDistrictsSearchesAtOnce() {
        long city = Api.unitId("青州市信访局");
        long east = Api.id(Api.newUnit(city, "检索东区信访局", "COUNTY", "general"));
        long west = Api.id(Api.newUnit(city, "检索西区信访局", "COUNTY", "general"));
        long township = Api.id(Api.newUnit(east, "检索街道信访办", "TOWNSHIP", "general"));
        String eastLeader = Api.newPerson(east, "LEADER");
        String westLeader = Api.newPerson(west, "LEADER");
        Api.register(Api.newPerson(township, "CLERK"), Api.newCase("街道来访 " + marker));
        assertEquals(1, countMatching(eastLeader, marker));
        assertEquals(0, countMatching(westLeader, marker));

        Answer moved = Api.post(ADMIN, "/admin/units/" + township + "/move", Json.createObjectBuilder()
                .add("version", Api.get(ADMIN, "/admin/units/" + township).json().getJsonNumber("version").longValue())
                .add("parentId", west).build());
        assertEquals(200, moved.status(), moved::toString);
        // The search reads the tree as it is now: the new district finds the matter at once, the old one no longer.
        assertEquals(0, countMatching(eastLeader, marker));
        assertEquals(1, countMatching(westLeader, marker));
    }

    @Test
    void onlyAnAdministratorRebuildsAndReadsTheIndex() {
        Answer refused = Api.post(CY_LEADER, "/admin/search-index/rebuild", Json.createObjectBuilder().build());
        assertEquals(403, refused.status(), refused::toString);
        assertEquals(403, Api.get(CY_CLERK, "/admin/search-index").status());
        Answer state = Api.get(ADMIN, "/admin/search-index");
        assertEquals(200, state.status(), state::toString);
        assertTrue(state.json().getJsonNumber("matters").longValue() > 0, state::toString);
    }

    private JsonObject register() {
        return Api.register(CY_CLERK, Json.createObjectBuilder()
                .add("channel", "LETTER")
                .add("subject", "物业欠薪")
                .add("content", "反映" + marker + "小区物业拖欠保洁员工资三个月，业主委员会多次协调未果")
                .add("category", "劳动社保")
                .add("receivedOn", Api.today().minusDays(1).toString())
                .add("headCount", 1)
                .add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("role", "PETITIONER").add("name", name).add("phone", phone).add("address", "青州市朝阳区检索路8号"))));
    }

    private static List<Long> ids(String user, String words) {
        Answer listed = Api.get(user, Api.casesWhere(Map.of("q", words)));
        assertEquals(200, listed.status(), listed::toString);
        return listed.json().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(c -> c.getJsonNumber("id").longValue()).toList();
    }

    private static void rebuildAndWait() {
        Answer started = Api.post(ADMIN, "/admin/search-index/rebuild", Json.createObjectBuilder().build());
        assertEquals(202, started.status(), started::toString);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        JsonObject state = started.json();
        while (state.getJsonObject("latest").getBoolean("running")) {
            assertTrue(System.nanoTime() < deadline, "the rebuild did not finish: " + state);
            sleep();
            state = Api.get(ADMIN, "/admin/search-index").json();
        }
        JsonObject latest = state.getJsonObject("latest");
        assertTrue(latest.isNull("failure"), state::toString);
        assertEquals(100, latest.getInt("percent"), state::toString);
        assertEquals(latest.getJsonNumber("total").longValue(), latest.getJsonNumber("done").longValue(), state::toString);
        assertEquals(state.getJsonNumber("matters").longValue(), state.getJsonNumber("indexed").longValue(), state::toString);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pdfSaying(String text) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(pdf, page)) {
                stream.beginText();
                stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                stream.newLineAtOffset(72, 700);
                stream.showText(text);
                stream.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpRequest.Builder attachment(long caseId, byte[] pdf) {
        String boundary = "----xinfang" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"wages.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return Api.request(CY_CLERK, "/cases/" + caseId + "/attachments")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }
}
