package org.xinfang.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * The reception API and pages from outside: the desk publishes a rule and books over HTTP, refusals
 * come in the API's JSON error style, and the published rota — API and page, without sign-in —
 * shows who receives when and where but never a booking or a petitioner.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReceptionApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    private static long unitOf(String user) {
        return Api.get(user, "/me").json().getJsonArray("grants").getJsonObject(0).getJsonNumber("unitId").longValue();
    }

    @Test
    void theDeskPublishesBooksAndThePublicSeesOnlyThePublicFacts() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String leader = "陈" + tag;
        String petitioner = "刘" + tag;
        long unit = unitOf(Api.CY_CLERK);
        LocalDate from = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3);
        Api.Answer rule = Api.post(Api.CY_CLERK, "/reception/units/" + unit + "/rules", Json.createObjectBuilder()
                .add("leaderName", leader).add("leaderTitle", "区委副书记").add("responsibilities", "分管政法")
                .add("place", "区信访局接待大厅").add("topics", "涉法涉诉、劳动保障").add("capacity", 3)
                .add("startsAt", "14:30").add("endsAt", "17:00").add("recurrence", "WEEKLY").add("weekday", "WEDNESDAY")
                .add("startsOn", from.toString()).add("endsOn", from.plusWeeks(3).toString()).build());
        assertEquals(201, rule.status(), rule.toString());
        assertTrue(rule.json().getInt("slots") >= 2, rule.toString());

        JsonArray slots = Api.get(Api.CY_CLERK, "/reception/units/" + unit + "/slots?from=" + from + "&to=" + from.plusWeeks(3)).array();
        JsonObject slot = slots.getValuesAs(JsonObject.class).stream().filter(s -> s.getString("leaderName").equals(leader)).findFirst()
                .orElseThrow(() -> new AssertionError("no slot of " + leader + " in " + slots));
        long slotId = slot.getJsonNumber("id").longValue();

        Api.Answer tooMany = Api.post(Api.CY_CLERK, "/reception/slots/" + slotId + "/appointments", Json.createObjectBuilder()
                .add("petitionerName", petitioner).add("phone", "13812345678").add("matter", "工伤认定").add("headCount", 6).build());
        assertEquals(400, tooMany.status(), tooMany.toString());
        assertTrue(tooMany.messageFor("headCount").contains("不超过 5 人"), tooMany.toString());

        Api.Answer booked = Api.post(Api.CY_CLERK, "/reception/slots/" + slotId + "/appointments", Json.createObjectBuilder()
                .add("petitionerName", petitioner).add("phone", "13812345678").add("matter", "工伤认定").add("headCount", 2).build());
        assertEquals(201, booked.status(), booked.toString());
        assertEquals("138****5678", booked.json().getString("phone"));
        Api.Answer badTime = Api.post(Api.CY_CLERK, "/reception/units/" + unit + "/rules", Json.createObjectBuilder()
                .add("startsAt", "9点").add("recurrence", "DAILY").build());
        assertEquals(400, badTime.status(), badTime.toString());
        assertTrue(badTime.fieldsNamed().containsAll(java.util.List.of("startsAt", "recurrence")), badTime.toString());

        HttpClient anonymous = HttpClient.newHttpClient();
        HttpResponse<String> open = anonymous.send(HttpRequest.newBuilder(URI.create(Api.url("/public/reception?weeks=5")))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, open.statusCode(), open.body());
        assertTrue(open.body().contains(leader) && open.body().contains("区信访局接待大厅"), open.body());
        // The phone as stored and as masked: bare "5678" also turns up in other tests' random unit names (甲镇b5678119).
        assertFalse(open.body().contains(petitioner) || open.body().contains("13812345678") || open.body().contains("138****5678")
                || open.body().contains("工伤认定"), open.body());
        JsonObject first = Json.createReader(new java.io.StringReader(open.body())).readArray().getJsonObject(0);
        assertTrue(Set.of("unitName", "leaderName", "leaderTitle", "responsibilities", "date", "startsAt", "endsAt", "place", "topics")
                .containsAll(first.keySet()), "only public facts: " + first.keySet());

        HttpResponse<String> notOpen = anonymous.send(HttpRequest.newBuilder(URI.create(Api.url("/reception/units/" + unit + "/slots")))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, notOpen.statusCode(), "only the published rota is open");

        HttpResponse<String> page = anonymous.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/public/reception.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(leader) && page.body().contains("领导公开接访安排"), "the public page without sign-in");
        assertFalse(page.body().contains(petitioner) || page.body().contains("138****5678"), "and no booking on it");

        HttpResponse<String> staff = SignedInPagesIT.signInAndOpen(Api.CY_CLERK, "/app/reception/rota.xhtml");
        assertEquals(200, staff.statusCode());
        assertTrue(staff.body().contains(leader) && staff.body().contains("id=\"menuReception\""), "the staff page lists the session");

        long appointment = booked.json().getJsonNumber("id").longValue();
        Api.Answer cancelled = Api.send(Api.request(Api.CY_CLERK, "/reception/appointments/" + appointment).DELETE());
        assertEquals(200, cancelled.status(), cancelled.toString());
        assertEquals("CANCELLED", cancelled.json().getString("status"));
    }
}
