package org.xinfang.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinfang.it.api.Api.ADMIN;
import static org.xinfang.it.api.Api.CY_CLERK;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * An administrator runs the accounts over the API: creates a person with a first password, which must
 * be replaced before anything else; gives and takes roles; disables and resets. Passwords follow the
 * policy; nobody else may do any of it, and an administrator cannot lock themselves out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsApiIT {

    private static final String FIRST = "首次密码-" + "Qz7!mw2Lp";

    private final String username = "it." + UUID.randomUUID().toString().substring(0, 8);

    private final long chaoyang = Api.get(CY_CLERK, "/me").json().getJsonArray("grants").getJsonObject(0).getJsonNumber("unitId").longValue();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void aNewPersonMustChooseTheirOwnPasswordBeforeAnythingElse() {
        Answer created = create(username, FIRST);
        assertEquals(201, created.status(), created::toString);
        assertTrue(created.json().getBoolean("mustChangePassword"));
        assertFalse(created.body().contains(FIRST) || created.body().contains("$2a$"), "an answer carries the password or its hash");

        assertTrue(as(username, FIRST, "/me", "GET", null).json().getBoolean("passwordChangeRequired"), "/me does not say a change is due");
        Answer blocked = as(username, FIRST, "/cases", "GET", null);
        assertEquals(403, blocked.status(), blocked::toString);
        assertEquals("password_change_required", blocked.json().getString("error"));
        assertEquals(200, as(username, FIRST, "/me", "GET", null).status(), "who am I stays open");

        assertRefused(FIRST, "wrong-current-" + FIRST, "Lang-genug-und-eigen-42", "currentPassword");
        assertRefused(FIRST, FIRST, "kurz", "newPassword");
        assertRefused(FIRST, FIRST, "password123", "newPassword");
        assertRefused(FIRST, FIRST, "mein-" + username + "-2026", "newPassword");
        assertRefused(FIRST, FIRST, FIRST, "newPassword");
        assertRefused(FIRST, FIRST, "password1234", "newPassword");
        Answer empty = as(username, FIRST, "/me/password", "PUT", "{}");
        assertEquals(List.of("currentPassword", "newPassword"), empty.fieldsNamed(), empty::toString);

        String own = "我的-长句子密码-" + UUID.randomUUID().toString().substring(0, 6);
        Answer changed = as(username, FIRST, "/me/password", "PUT",
                Json.createObjectBuilder().add("currentPassword", FIRST).add("newPassword", own).build().toString());
        assertEquals(204, changed.status(), changed::toString);
        assertEquals(200, as(username, own, "/cases", "GET", null).status());
        assertFalse(as(username, own, "/me", "GET", null).json().getBoolean("passwordChangeRequired"));
        assertEquals(401, as(username, FIRST, "/cases", "GET", null).status(), "the first password still works");

        Answer reset = Api.send(Api.request(ADMIN, "/admin/users/" + username + "/password").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"password\":\"临时-密码-" + "Vb8@kq3Zr\"}", StandardCharsets.UTF_8)));
        assertEquals(200, reset.status(), reset::toString);
        assertTrue(reset.json().getBoolean("mustChangePassword"));
        assertEquals(403, as(username, "临时-密码-Vb8@kq3Zr", "/cases", "GET", null).status(), "a reset password must be changed too");
    }

    @Test
    void rolesAreGivenAndTakenPerUnitAndTheCallerSeesWhatTheyHold() {
        create(username, FIRST);
        Answer granted = Api.post(ADMIN, "/admin/users/" + username + "/roles", Json.createObjectBuilder()
                .add("unitId", chaoyang).add("role", "HANDLER").build());
        assertEquals(200, granted.status(), granted::toString);
        assertEquals(List.of("CLERK", "HANDLER"), granted.json().getJsonArray("roles").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("role")).sorted().toList());

        Answer again = Api.post(ADMIN, "/admin/users/" + username + "/roles", Json.createObjectBuilder().add("unitId", chaoyang).add("role", "HANDLER").build());
        assertEquals(400, again.status(), again::toString);
        Answer unknownRole = Api.post(ADMIN, "/admin/users/" + username + "/roles", Json.createObjectBuilder().add("unitId", chaoyang).add("role", "KING").build());
        assertEquals(List.of("role"), unknownRole.fieldsNamed(), unknownRole::toString);
        assertTrue(unknownRole.messageFor("role").contains("CLERK"), "the refusal does not list the roles there are");
        Answer unknownUnit = Api.post(ADMIN, "/admin/users/" + username + "/roles", Json.createObjectBuilder().add("unitId", 987654321).add("role", "CLERK").build());
        assertEquals(List.of("unitId"), unknownUnit.fieldsNamed(), unknownUnit::toString);
        assertTrue(unknownUnit.messageFor("unitId").contains("987654321"), "the id is written as a number with separators: " + unknownUnit);
        Answer noRole = Api.post(ADMIN, "/admin/users/" + username + "/roles", Json.createObjectBuilder().add("unitId", chaoyang).build());
        assertEquals(List.of("role"), noRole.fieldsNamed(), noRole::toString);
        Answer noUnit = Api.post(ADMIN, "/admin/users/" + username + "/roles", Json.createObjectBuilder().add("role", "CLERK").build());
        assertEquals(List.of("unitId"), noUnit.fieldsNamed(), noUnit::toString);
        assertFalse(noUnit.body().contains("null"), noUnit::toString);

        Answer revoked = revoke(username, chaoyang, "HANDLER");
        assertEquals(200, revoked.status(), revoked::toString);
        assertEquals(1, revoked.json().getJsonArray("roles").size());
        assertEquals(404, revoke(username, chaoyang, "HANDLER").status(), "a role not held was taken away");
        String remaining = revoked.json().getJsonArray("roles").getJsonObject(0).getString("role");
        Answer last = revoke(username, revoked.json().getJsonArray("roles").getJsonObject(0).getJsonNumber("unitId").longValue(), remaining);
        assertEquals(403, last.status(), "the account's last role was taken: " + last);
        assertTrue(last.body().contains("停用"), "the refusal says to disable the account instead: " + last);
    }

    @Test
    void aDisabledAccountCannotSignInAndNoAdministratorLocksThemselvesOut() {
        create(username, FIRST);
        String own = "停用之前的密码-" + UUID.randomUUID().toString().substring(0, 6);
        as(username, FIRST, "/me/password", "PUT", Json.createObjectBuilder().add("currentPassword", FIRST).add("newPassword", own).build().toString());
        String token = as(username, own, "/tokens", "POST", "{\"label\":\"停用测试\"}").json().getString("token");
        Answer disabled = Api.put(ADMIN, "/admin/users/" + username + "/state", Json.createObjectBuilder().add("enabled", false).build());
        assertEquals(200, disabled.status(), disabled::toString);
        assertEquals(401, as(username, own, "/me", "GET", null).status());
        assertEquals(200, Api.put(ADMIN, "/admin/users/" + username + "/state", Json.createObjectBuilder().add("enabled", true).build()).status());
        assertEquals(200, as(username, own, "/me", "GET", null).status());
        Answer oldToken = Api.send(HttpRequest.newBuilder(URI.create(Api.url("/me"))).header("Authorization", "Bearer " + token).GET());
        assertEquals(401, oldToken.status(), "a token from before the account was disabled works again: " + oldToken);

        Answer notABoolean = Api.put(ADMIN, "/admin/users/" + username + "/state", Json.createObjectBuilder().add("enabled", "no").build());
        assertEquals(List.of("enabled"), notABoolean.fieldsNamed(), notABoolean::toString);
        assertEquals(List.of("enabled"), Api.put(ADMIN, "/admin/users/" + username + "/state", Json.createObjectBuilder().build()).fieldsNamed());

        Answer self = Api.put(ADMIN, "/admin/users/" + ADMIN + "/state", Json.createObjectBuilder().add("enabled", false).build());
        assertEquals(403, self.status(), self::toString);
        long adminUnit = Api.get(ADMIN, "/me").json().getJsonArray("grants").getJsonObject(0).getJsonNumber("unitId").longValue();
        assertEquals(403, revoke(ADMIN, adminUnit, "ADMIN").status(), "an administrator took their own administration away");
        assertEquals(200, Api.get(ADMIN, "/admin/users").status());
    }

    @Test
    void aBadAccountIsRefusedFieldByFieldAndOnlyAdministratorsManageAccounts() {
        Answer noRole = Api.post(ADMIN, "/admin/users", Json.createObjectBuilder().add("username", username).add("displayName", "缺角色")
                .add("password", FIRST).add("unitId", chaoyang).build());
        assertEquals(List.of("role"), noRole.fieldsNamed(), noRole::toString);
        assertEquals(404, Api.get(ADMIN, "/admin/users/" + username).status(), "a refused account was saved");
        Answer bad = Api.post(ADMIN, "/admin/users", Json.createObjectBuilder().add("username", "Bad Name!").add("displayName", "")
                .add("email", "not-an-address").add("password", "123456").add("unitId", 987654321).add("role", "CLERK").build());
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(List.of("username", "displayName", "email", "password", "unitId"), bad.fieldsNamed(), bad::toString);
        assertEquals(List.of("username"), create(CY_CLERK, FIRST).fieldsNamed(), "a taken user name was accepted");

        for (Answer refused : List.of(Api.get(CY_CLERK, "/admin/users"), create(CY_CLERK, username, FIRST),
                Api.put(CY_CLERK, "/admin/users/" + CY_CLERK + "/state", Json.createObjectBuilder().add("enabled", true).build()))) {
            assertEquals(403, refused.status(), refused::toString);
        }
        assertEquals(404, Api.get(ADMIN, "/admin/users/nobody-" + username).status());
    }

    private Answer create(String name, String password) {
        return create(ADMIN, name, password);
    }

    private Answer create(String by, String name, String password) {
        return Api.post(by, "/admin/users", Json.createObjectBuilder().add("username", name).add("displayName", "测试" + name.substring(Math.max(0, name.length() - 4)))
                .add("email", name + "@example.org").add("password", password).add("unitId", chaoyang).add("role", "CLERK").build());
    }

    private static Answer revoke(String name, long unitId, String role) {
        return Api.send(Api.request(ADMIN, "/admin/users/" + name + "/roles?unitId=" + unitId + "&role=" + URLEncoder.encode(role, StandardCharsets.UTF_8)).DELETE());
    }

    private void assertRefused(String password, String current, String next, String field) {
        Answer refused = as(username, password, "/me/password", "PUT",
                Json.createObjectBuilder().add("currentPassword", current).add("newPassword", next).build().toString());
        assertEquals(400, refused.status(), next + ": " + refused);
        assertEquals(List.of(field), refused.fieldsNamed(), next + ": " + refused);
    }

    private static Answer as(String user, String password, String path, String method, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.url(path))).header("Accept", "application/json")
                .header("Authorization", Api.basic(user, password));
        return Api.send(body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }
}
