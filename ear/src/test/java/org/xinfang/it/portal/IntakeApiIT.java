package org.xinfang.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
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

/**
 * Matters handed over by other systems (ADR 0039), as the 12345 hotline's system calls: with an API
 * token of its own account, each work order under its own reference. The same order sent again is the
 * same matter; the same petitioner's same matter from the leaders' mailbox joins the open matter instead
 * of making a second; the channel is recorded; the source polls and reads the answer once decided; bad
 * orders are refused by field with nothing saved; another unit's account sees none of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class IntakeApiIT {

    private static final String HOTLINE = "qz.hotline";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    /** The hotline system's token, as it would keep one: issued once to its account. */
    private static String token(String user) {
        Answer issued = Api.post(user, "/tokens", Json.createObjectBuilder().add("label", "12345 热线对接 " + UUID.randomUUID()).add("days", 1).build());
        assertEquals(201, issued.status(), issued::toString);
        return issued.json().getString("token");
    }

    private static Answer withToken(String token, HttpRequest.Builder request) {
        return Api.send(request.header("Authorization", "Bearer " + token).header("Accept", "application/json"));
    }

    private static Answer order(String token, JsonObject body) {
        return withToken(token, HttpRequest.newBuilder(URI.create(Api.url("/intake/orders"))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    private static Answer updates(String token, String query) {
        return withToken(token, HttpRequest.newBuilder(URI.create(Api.url("/intake/updates?" + query))).GET());
    }

    static JsonObjectBuilder workOrder(String reference, String channel, String subject, String phone) {
        return Json.createObjectBuilder().add("source", "12345").add("reference", reference).add("channel", channel)
                .add("unitId", Api.unitId("青州市朝阳区信访局")).add("subject", subject)
                .add("content", "来电反映：" + subject + "，多次向物业反映无果。").add("category", "城乡建设")
                .add("receivedOn", Api.today().toString())
                .add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder().add("role", "PETITIONER").add("name", "孙丽")
                        .add("phone", phone)));
    }

    @Test
    void anOrderIsRegisteredOnceJoinedByTheSameMatterFromTheMailboxAndAnsweredThroughTheFeed() {
        String token = token(HOTLINE);
        String since = OffsetDateTime.now().minusSeconds(5).toString();
        String subject = Api.uniqueSubject("小区电梯长期停运");
        String phone = "158" + Api.digits(8);
        String reference = "GD" + Api.digits(14);

        Answer registered = order(token, workOrder(reference, "HOTLINE", subject, phone).build());
        assertEquals(201, registered.status(), registered::toString);
        assertEquals("REGISTERED", registered.json().getString("result"));
        long caseId = registered.json().getJsonNumber("caseId").longValue();
        JsonObject c = Api.get(Api.CY_CLERK, "/cases/" + caseId).json();
        assertEquals("HOTLINE", c.getString("channel"));
        assertEquals(registered.json().getString("caseNumber"), c.getString("number"));

        Answer again = order(token, workOrder(reference, "HOTLINE", subject, phone).build());
        assertEquals(200, again.status(), again::toString);
        assertEquals("SAME_REFERENCE", again.json().getString("result"));
        assertEquals(caseId, again.json().getJsonNumber("caseId").longValue());

        Answer fromMailbox = order(token, workOrder("XX" + Api.digits(10), "MAILBOX", subject, phone).build());
        assertEquals(200, fromMailbox.status(), fromMailbox::toString);
        assertEquals("ATTACHED", fromMailbox.json().getString("result"), "the same matter from a second channel is not registered twice");
        assertEquals(caseId, fromMailbox.json().getJsonNumber("caseId").longValue());
        assertEquals(1, Api.get(Api.CY_CLERK, Api.casesWhere(Map.of("q", subject))).json().getInt("total"), "one matter");
        assertTrue(Api.get(Api.CY_CLERK, "/cases/" + caseId + "/audit").body().contains("INTAKE_ATTACHED"));
        Answer toNowhere = order(token, workOrder("XX" + Api.digits(10), "MAILBOX", subject, phone).add("unitId", 999_999).build());
        assertEquals(400, toNowhere.status(), "an order that would be attached is checked all the same: " + toNowhere);
        Answer toTheOtherDistrict = order(token, workOrder("XX" + Api.digits(10), "MAILBOX", subject, phone)
                .add("unitId", Api.unitId("青州市东城区信访局")).build());
        assertEquals(201, toTheOtherDistrict.status(), "the same words to another unit are that unit's matter: " + toTheOtherDistrict);
        assertNotEquals(caseId, toTheOtherDistrict.json().getJsonNumber("caseId").longValue());
        Answer backHere = order(token, workOrder("XX" + Api.digits(10), "MAILBOX", subject, phone).build());
        assertEquals(caseId, backHere.json().getJsonNumber("caseId").longValue(),
                "attached to this unit's matter though another unit's is newer: " + backHere);

        Answer other = order(token, workOrder("GD" + Api.digits(14), "HOTLINE", Api.uniqueSubject("噪音扰民"), phone).build());
        assertEquals(201, other.status(), "another matter of the same caller is a matter of its own: " + other);
        assertNotEquals(caseId, other.json().getJsonNumber("caseId").longValue());

        long version = c.getJsonNumber("version").longValue();
        assertEquals(200, Api.post(Api.CY_CLERK, "/cases/" + caseId + "/procedure/steps", Json.createObjectBuilder()
                .add("transition", "accept").add("version", version).build()).status());
        Answer decided = Api.post("cy.handler", "/cases/" + caseId + "/procedure/steps", Json.createObjectBuilder()
                .add("transition", "decide").add("version", version + 1).add("outcome", "SUPPORT").add("reason", "已督促物业三日内修复电梯。").build());
        assertEquals(200, decided.status(), decided::toString);

        Answer feed = updates(token, "source=12345&since=" + URLEncoder.encode(since, StandardCharsets.UTF_8));
        assertEquals(200, feed.status(), feed::toString);
        List<JsonObject> ours = feed.array().getValuesAs(JsonObject.class).stream().filter(u -> u.getJsonNumber("caseId").longValue() == caseId)
                .toList();
        assertEquals(3, ours.size(), "every order of the matter is told, the hotline's and the mailbox's two: " + ours);
        assertTrue(ours.stream().anyMatch(u -> reference.equals(u.getString("reference"))), ours::toString);
        JsonObject answer = ours.get(0).getJsonObject("answer");
        assertEquals("处理意见书", answer.getString("kind"));
        assertEquals("SUPPORT", answer.getString("outcome"));
        assertEquals("已督促物业三日内修复电梯。", answer.getString("text"));
        assertEquals("decided", ours.get(0).getString("state"));

        String last = feed.array().getValuesAs(JsonObject.class).get(feed.array().size() - 1).getString("changedAt");
        Answer nothingNew = updates(token, "source=12345&since=" + URLEncoder.encode(last, StandardCharsets.UTF_8));
        assertTrue(nothingNew.array().getValuesAs(JsonObject.class).stream().noneMatch(u -> u.getJsonNumber("caseId").longValue() == caseId),
                "asked again from the last change, the same change is not told twice: " + nothingNew);

        String dcToken = token("dc.clerk");
        Answer elsewhere = updates(dcToken, "source=12345&since=" + URLEncoder.encode(since, StandardCharsets.UTF_8));
        assertTrue(elsewhere.array().getValuesAs(JsonObject.class).stream().noneMatch(u -> u.getJsonNumber("caseId").longValue() == caseId),
                "another district's account sees nothing of 朝阳区's matters");
    }

    @Test
    void aBadOrderIsRefusedByFieldAndNothingIsSaved() {
        String token = token(HOTLINE);
        String subject = Api.uniqueSubject("错误工单");
        String phone = "158" + Api.digits(8);
        assertRefused(token, workOrder("GD1", "VISIT", subject, phone), "channel");
        assertRefused(token, workOrder("GD1", "HOTLINE", subject, phone).add("source", "12345 热线"), "source");
        assertRefused(token, workOrder("", "HOTLINE", subject, phone), "reference");
        assertRefused(token, workOrder("G".repeat(65), "HOTLINE", subject, phone), "reference");
        assertRefused(token, workOrder("GD2", "HOTLINE", subject, phone).add("receivedOn", "2026-02-30"), "receivedOn");
        assertRefused(token, workOrder("GD3", "HOTLINE", subject, phone).add("subject", " "), "subject");
        assertRefused(token, workOrder("GD4", "HOTLINE", subject, phone).add("callback", "http://example.org"), "callback");
        Answer bare = order(token, Json.createObjectBuilder().add("source", "12345").build());
        List<String> named = bare.json().getJsonArray("fields").getValuesAs(JsonObject.class).stream().map(f -> f.getString("field")).toList();
        assertTrue(named.containsAll(List.of("reference", "channel", "subject", "content")), "every refusal at once: " + named);
        assertEquals(0, Api.get(Api.CY_CLERK, Api.casesWhere(Map.of("q", subject))).json().getInt("total"), "nothing saved");

        assertEquals(400, updates(token, "source=12345&since=yesterday").status());
        assertEquals(400, updates(token, "source=12345&page=2").status(), "an unknown parameter is refused, not ignored");
        assertEquals(401, Api.send(HttpRequest.newBuilder(URI.create(Api.url("/intake/updates?source=12345"))).GET()).status());
        Answer dcOrder = order(token("dc.clerk"), workOrder("GD" + Api.digits(14), "HOTLINE", subject, phone).build());
        assertEquals(403, dcOrder.status(), "an account registers only in its own units: " + dcOrder);
    }

    private static void assertRefused(String token, JsonObjectBuilder body, String field) {
        Answer refused = order(token, body.build());
        assertEquals(400, refused.status(), () -> field + ": " + refused);
        List<String> fields = refused.json().getJsonArray("fields").getValuesAs(JsonObject.class).stream().map(f -> f.getString("field")).toList();
        assertTrue(fields.contains(field), () -> "expected " + field + " among " + fields);
    }
}
