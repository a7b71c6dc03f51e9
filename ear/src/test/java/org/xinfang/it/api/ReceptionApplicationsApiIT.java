package org.xinfang.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.it.Deployments;
import org.xinfang.it.SignedInPagesIT;

/**
 * Applications over HTTP: the public applies without sign-in and looks the application up by number
 * and phone (and learns nothing else, nor anything with the wrong phone); the desk lists, classifies
 * with the version it read, schedules and downloads the written notice as a PDF; everything else
 * under the public path stays closed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReceptionApplicationsApiIT {

    private static final HttpClient ANONYMOUS = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    private static long unitOf(String user) {
        return Api.get(user, "/me").json().getJsonArray("grants").getJsonObject(0).getJsonNumber("unitId").longValue();
    }

    private static Api.Answer anonymous(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> answer = ANONYMOUS.send(request.header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Api.Answer(answer.statusCode(), answer.headers(), answer.body());
    }

    private static Api.Answer applyOnline(JsonObject body) throws Exception {
        return anonymous(HttpRequest.newBuilder(URI.create(Api.url("/public/reception/applications")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    private static Api.Answer lookup(String number, String phone) {
        return PublicReceipts.postTo("/public/reception/applications/status", lookupBody(number, phone));
    }

    private static String lookupBody(String number, String phone) {
        return Json.createObjectBuilder().add("number", number).add("phone", phone).build().toString();
    }

    @Test
    void thePublicAppliesAndLooksUpWhileTheDeskClassifiesSchedulesAndPrintsTheNotice() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String digits = tag.replaceAll("[^0-9]", "5").substring(0, 4);
        String phone = "1350000" + digits;
        String petitioner = "许" + tag;
        long unit = unitOf(Api.CY_CLERK);
        LocalDate from = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(9);
        while (from.getDayOfWeek().getValue() > 5) {
            from = from.plusDays(1);
        }
        LocalDate start = from;
        Api.Answer rule = Api.post(Api.CY_CLERK, "/reception/units/" + unit + "/rules", Json.createObjectBuilder()
                .add("leaderName", "黄" + tag).add("leaderTitle", "区长").add("place", "区政府信访接待室").add("capacity", 2)
                .add("startsAt", "09:00").add("endsAt", "11:30").add("recurrence", "WEEKLY").add("weekday", start.getDayOfWeek().name())
                .add("startsOn", start.toString()).add("endsOn", start.plusWeeks(3).toString()).build());
        assertEquals(201, rule.status(), rule.toString());

        Api.Answer bad = applyOnline(Json.createObjectBuilder().add("unitId", unit).add("phone", "x").add("headCount", 9)
                .add("matter", "m".repeat(1001)).build());
        assertEquals(400, bad.status(), bad.toString());
        assertEquals(List.of("petitionerName", "matter", "phone", "headCount"), bad.fieldsNamed(), bad.toString());
        Api.Answer unknownUnit = applyOnline(Json.createObjectBuilder().add("unitId", 987654321).add("petitionerName", petitioner)
                .add("phone", phone).add("matter", "物业纠纷").build());
        assertEquals(400, unknownUnit.status());
        assertTrue(unknownUnit.messageFor("unitId").contains("公布了接访安排的单位"), unknownUnit.toString());

        JsonObject application = Json.createObjectBuilder().add("unitId", unit).add("petitionerName", petitioner).add("phone", phone)
                .add("matter", "小区物业费争议" + tag).add("headCount", 3).add("email", "xu-" + tag + "@example.cn").build();
        Api.Answer applied = applyOnline(application);
        assertEquals(201, applied.status(), applied.toString());
        String number = applied.json().getString("number");
        assertEquals("APPLIED", applied.json().getString("status"));

        // Misses count against their address (the lookup is throttled): they go from one of their own.
        String guesser = PublicReceipts.guesserAddress();
        PublicReceipts.Raw wrongPhone = PublicReceipts.postFromTo(guesser, "/public/reception/applications/status",
                lookupBody(number, "13500009999"));
        assertEquals(404, wrongPhone.status(), "the wrong phone learns nothing: " + wrongPhone);
        assertEquals(wrongPhone.body(), PublicReceipts.postFromTo(guesser, "/public/reception/applications/status",
                lookupBody(number.replaceAll("\\d+号", "99999号"), phone)).body(), "a wrong number reads the same");
        Api.Answer found = lookup(number, phone);
        assertEquals(200, found.status(), found.toString());
        assertTrue(Set.of("number", "status", "statusLabel", "date", "startsAt", "endsAt", "place").containsAll(found.json().keySet()),
                "only status, date and place: " + found.json().keySet());
        assertFalse(found.body().contains(petitioner) || found.body().contains(digits) || found.body().contains("物业费"), found.body());
        assertEquals("已申请，待分类", found.json().getString("statusLabel"));

        applyOnline(application);
        applyOnline(application);
        Api.Answer fourth = applyOnline(application);
        assertEquals(400, fourth.status(), fourth.toString());
        assertTrue(fourth.messageFor("phone").contains("3 件"), fourth.toString());

        assertEquals(401, anonymous(HttpRequest.newBuilder(URI.create(Api.url("/public/reception/applications"))).GET()).status(),
                "no list of applications without sign-in");
        assertEquals(401, anonymous(HttpRequest.newBuilder(URI.create(Api.url("/reception/applications?unitId=" + unit))).GET()).status());

        JsonObject listed = Api.get(Api.CY_CLERK, "/reception/applications?unitId=" + unit + "&status=APPLIED").array()
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getString("number").equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError(number + " not listed"));
        assertEquals("ONLINE", listed.getString("channel"));
        assertFalse(listed.getString("phone").equals(phone), "masked for the desk too");
        long id = listed.getJsonNumber("id").longValue();

        Api.Answer noRoute = Api.post(Api.CY_CLERK, "/reception/applications/" + id + "/classification", Json.createObjectBuilder()
                .add("version", listed.getJsonNumber("version").longValue()).add("classification", "DECLINED").build());
        assertEquals(400, noRoute.status(), noRoute.toString());
        assertEquals(List.of("guidance", "legalRoute"), noRoute.fieldsNamed());
        Api.Answer planned = Api.post(Api.CY_CLERK, "/reception/applications/" + id + "/classification", Json.createObjectBuilder()
                .add("version", listed.getJsonNumber("version").longValue()).add("classification", "LEADER_PLAN").build());
        assertEquals(200, planned.status(), planned.toString());
        assertEquals("PLANNED", planned.json().getString("status"));
        Api.Answer stale = Api.post(Api.CY_CLERK, "/reception/applications/" + id + "/classification", Json.createObjectBuilder()
                .add("version", listed.getJsonNumber("version").longValue()).add("classification", "DEPARTMENT").add("department", "区房管局").build());
        assertEquals(409, stale.status(), "a stale version is a conflict: " + stale);

        // The first of the rule's sessions: a weekday in a holiday week has none.
        JsonObject slot = Api.get(Api.CY_CLERK, "/reception/units/" + unit + "/slots?from=" + start + "&to=" + start.plusWeeks(3)).array()
                .getValuesAs(JsonObject.class).stream().filter(s -> s.getString("leaderName").equals("黄" + tag)).findFirst().orElseThrow();
        long slotId = slot.getJsonNumber("id").longValue();
        String day = slot.getString("date");
        Api.Answer scheduled = Api.post(Api.CY_CLERK, "/reception/applications/" + id + "/schedule",
                Json.createObjectBuilder().add("slotId", slotId).build());
        assertEquals(200, scheduled.status(), scheduled.toString());
        assertEquals("BOOKED", scheduled.json().getString("status"));
        Api.Answer again = Api.post(Api.CY_CLERK, "/reception/applications/" + id + "/schedule",
                Json.createObjectBuilder().add("slotId", slotId).build());
        assertEquals(409, again.status(), again.toString());
        assertTrue(again.json().getString("message").contains("不能重复排期"), again.toString());

        Api.Answer booked = lookup(number, phone);
        assertEquals(day, booked.json().getString("date"));
        assertEquals("区政府信访接待室", booked.json().getString("place"));

        HttpResponse<byte[]> pdf = ANONYMOUS.send(Api.request(Api.CY_CLERK, "/reception/appointments/" + id + "/notice")
                .header("Accept", "application/pdf").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertEquals(401, anonymous(HttpRequest.newBuilder(URI.create(Api.url("/reception/appointments/" + id + "/notice"))).GET()).status());

        Api.Answer cancelled = Api.send(Api.request(Api.CY_CLERK, "/reception/applications/" + id).DELETE());
        assertEquals(200, cancelled.status(), cancelled.toString());
        assertEquals("CANCELLED", cancelled.json().getString("status"));

        HttpResponse<String> page = ANONYMOUS.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/public/reception.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("网上申请领导接访") && page.body().contains("id=\"apply:submit\"")
                && page.body().contains("id=\"lookup:find\""), "the public page carries the form and the lookup");
        HttpResponse<String> desk = SignedInPagesIT.signInAndOpen(Api.CY_CLERK, "/app/reception/applications.xhtml");
        assertEquals(200, desk.statusCode());
        assertTrue(desk.body().contains("id=\"menuApplications\"") && desk.body().contains("接访申请"), "the desk page opens");
    }

    /**
     * Numbers are sequential, so the lookup is throttled like a receipt code: an address that missed five
     * times waits, even for the right number and phone, and so does a number tried from five addresses
     * (ADR 0038). The tries go from loopback addresses of their own, to hold back no other test.
     */
    @Test
    void guessingNumbersOrPhonesWaitsAndAnAddressCarriesNoPersonalData() throws Exception {
        long unit = unitOf(Api.CY_CLERK);
        String phone = "1350000" + Api.digits(4);
        JsonObject application = Json.createObjectBuilder().add("unitId", unit).add("petitionerName", "试查询").add("phone", phone)
                .add("matter", "查询节流测试").add("headCount", 1).build();
        Api.Answer applied = applyOnline(application);
        assertEquals(201, applied.status(), applied.toString());
        String number = applied.json().getString("number");

        String guesser = PublicReceipts.guesserAddress();
        for (int i = 0; i < 5; i++) {
            PublicReceipts.Raw miss = PublicReceipts.postFromTo(guesser, "/public/reception/applications/status",
                    lookupBody(number.replaceAll("\\d+号", (900 + i) + "号"), phone));
            assertEquals(404, miss.status(), miss::toString);
        }
        PublicReceipts.Raw waits = PublicReceipts.postFromTo(guesser, "/public/reception/applications/status", lookupBody(number, phone));
        assertEquals(429, waits.status(), "the address waits even with the right number and phone: " + waits);
        assertTrue(waits.head().toLowerCase().contains("retry-after:"), waits::head);

        for (int i = 0; i < 5; i++) {
            PublicReceipts.postFromTo(PublicReceipts.guesserAddress(), "/public/reception/applications/status",
                    lookupBody(number, "1390000000" + i));
        }
        PublicReceipts.Raw numberWaits = PublicReceipts.postFromTo(PublicReceipts.guesserAddress(), "/public/reception/applications/status",
                lookupBody(number, phone));
        assertEquals(429, numberWaits.status(), "a number tried with five phones from five addresses waits: " + numberWaits);

        Api.Answer byAddress = anonymous(HttpRequest.newBuilder(URI.create(Api.url("/public/reception/applications/"
                + URLEncoder.encode(number, StandardCharsets.UTF_8).replace("+", "%20") + "?phone=" + phone))).GET());
        assertEquals(401, byAddress.status(), "a number and phone in an address open nothing: " + byAddress);
    }
}
