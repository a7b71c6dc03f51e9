package org.xinfang.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinfang.it.api.Api.CY_CLERK;
import static org.xinfang.it.api.Api.DC_CLERK;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
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
 * API clients trade their password for a token once and call with it after that: the token admits
 * its user, is never shown again, cannot issue tokens itself, and stops working when revoked. Bad
 * requests for a token name the field at fault.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiTokensIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void aTokenAdmitsItsUserUntilRevoked() {
        Answer issued = Api.post(CY_CLERK, "/tokens", Json.createObjectBuilder().add("label", "热线系统对接").add("days", 7).build());
        assertEquals(201, issued.status(), issued::toString);
        String token = issued.json().getString("token");
        assertTrue(token.startsWith("xft_") && token.length() > 40, issued::toString);
        JsonObject details = issued.json().getJsonObject("details");
        OffsetDateTime created = OffsetDateTime.parse(details.getString("createdAt"));
        OffsetDateTime expires = OffsetDateTime.parse(details.getString("expiresAt"));
        assertEquals(7, java.time.Duration.between(created, expires).toDays(), issued::toString);

        Answer me = Api.send(bearer(token, "/me").GET());
        assertEquals(200, me.status(), me::toString);
        assertEquals(CY_CLERK, me.json().getString("username"));
        assertTrue(me.json().isNull("csrfToken"), "a token caller needs no CSRF token: " + me);

        Answer registered = Api.send(bearer(token, "/cases").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Api.newCase(Api.uniqueSubject("令牌登记")).build().toString(), StandardCharsets.UTF_8)));
        assertEquals(201, registered.status(), registered::toString);
        assertEquals(CY_CLERK, registered.json().getString("createdBy"), registered::toString);

        Answer listed = Api.get(CY_CLERK, "/tokens");
        JsonObject mine = listed.array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("id").longValue() == details.getJsonNumber("id").longValue()).findFirst().orElseThrow();
        assertFalse(listed.body().contains(token), "the list shows a token's text");
        assertFalse(mine.isNull("lastUsedAt"), "its use is not noted: " + mine);

        long id = details.getJsonNumber("id").longValue();
        assertEquals(404, Api.send(Api.request(DC_CLERK, "/tokens/" + id).DELETE()).status(), "another user revoked it");
        assertEquals(200, Api.send(bearer(token, "/me").GET()).status(), "another user's try stopped it");

        Answer revoked = Api.send(Api.request(CY_CLERK, "/tokens/" + id).DELETE());
        assertEquals(200, revoked.status(), revoked::toString);
        assertFalse(revoked.json().isNull("revokedAt"), revoked::toString);
        Answer refused = Api.send(bearer(token, "/me").GET());
        assertEquals(401, refused.status(), refused::toString);
        assertEquals("invalid_token", refused.json().getString("error"));
        assertTrue(refused.header("WWW-Authenticate").startsWith("Bearer"), refused.headers()::toString);
    }

    @Test
    void aTokenCannotIssueAnotherAndAForgedOneIsRefused() {
        String token = Api.post(CY_CLERK, "/tokens", Json.createObjectBuilder().add("label", "批量导入").build()).json().getString("token");

        Answer second = Api.send(bearer(token, "/tokens").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"label\":\"再签一个\"}")));
        assertEquals(403, second.status(), second::toString);
        assertTrue(second.json().getString("message").contains("密码"), second::toString);

        for (String forged : new String[] {token + "x", "xft_" + "A".repeat(43), "not-a-token", ""}) {
            Answer refused = Api.send(bearer(forged, "/me").GET());
            assertEquals(401, refused.status(), forged + ": " + refused);
        }
    }

    @Test
    void aBadRequestForATokenNamesTheField() {
        assertField(Json.createObjectBuilder().build().toString(), "label");
        assertField("{\"label\":\"   \"}", "label");
        assertField("{\"label\":\"" + "长".repeat(101) + "\"}", "label");
        assertField("{\"label\":\"x\",\"days\":0}", "days");
        assertField("{\"label\":\"x\",\"days\":366}", "days");
        assertField("{\"label\":\"x\",\"days\":\"thirty\"}", "days");
        assertField("{\"label\":\"x\",\"days\":99999999999}", "days");
        Answer notJson = Api.postText(CY_CLERK, "/tokens", "label=x");
        assertEquals(400, notJson.status(), notJson::toString);
        assertTrue(notJson.messageFor("body").contains("JSON"), notJson::toString);
        Answer tooDeep = Api.postText(CY_CLERK, "/tokens", "{\"label\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
        assertEquals(400, tooDeep.status(), "JSON nested too deep is the client's mistake: " + tooDeep.status());
    }

    private static void assertField(String body, String field) {
        Answer refused = Api.postText(CY_CLERK, "/tokens", body);
        assertEquals(400, refused.status(), body + ": " + refused);
        assertEquals(java.util.List.of(field), refused.fieldsNamed(), body + ": " + refused);
        assertFalse(refused.messageFor(field).isBlank(), refused::toString);
    }

    private static HttpRequest.Builder bearer(String token, String path) {
        return HttpRequest.newBuilder(URI.create(Api.url(path))).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token);
    }
}
