package org.xinfang.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinfang.it.api.Api.CY_CLERK;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api.Answer;

/** Who may call the API, who it takes the caller to be, what is installed, and the published OpenAPI document. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiAccessIT {

    /** Anything that reads as a point in time, with or without seconds, fraction and offset. */
    private static final Pattern POINT_IN_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?");
    /** RFC 3339's date-time: seconds and an offset always. */
    private static final Pattern RFC_3339 = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void aRequestWithoutCredentialsGets401() {
        Answer anonymous = Api.send(HttpRequest.newBuilder(URI.create(Api.url("/cases"))).header("Accept", "application/json").GET());
        assertEquals(401, anonymous.status(), anonymous::toString);
        assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic"), anonymous.headers()::toString);
        assertEquals("unauthorized", anonymous.json().getString("error"));
        Answer anonymousPost = Api.send(HttpRequest.newBuilder(URI.create(Api.url("/cases")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(401, anonymousPost.status(), anonymousPost::toString);
    }

    @Test
    void aWrongPasswordGets401() {
        Answer refused = Api.send(Api.request(CY_CLERK, "/me").setHeader("Authorization", Api.basic(CY_CLERK, "wrong-password")));
        assertEquals(401, refused.status(), refused::toString);
        assertEquals("unauthorized", refused.json().getString("error"));
        Answer unknownUser = Api.send(Api.request(CY_CLERK, "/me").setHeader("Authorization", Api.basic("nobody", Api.PASSWORD)));
        assertEquals(401, unknownUser.status(), unknownUser::toString);
    }

    @Test
    void meNamesTheCallerAndTheRolesTheyHoldPerUnit() {
        Answer me = Api.get(CY_CLERK, "/me");

        assertEquals(200, me.status(), me::toString);
        JsonObject caller = me.json();
        assertEquals(CY_CLERK, caller.getString("username"));
        assertEquals("zh-CN", caller.getString("locale"));
        List<JsonObject> grants = caller.getJsonArray("grants").getValuesAs(JsonObject.class);
        assertEquals(1, grants.size(), me::toString);
        assertEquals("CLERK", grants.get(0).getString("role"));
        assertEquals("登记员", grants.get(0).getString("roleLabel"));
        assertTrue(grants.get(0).getString("unitName").contains("朝阳区信访局"), me::toString);
        assertTrue(grants.get(0).getJsonNumber("unitId").longValue() > 0);
    }

    @Test
    void pluginsListsEachInstalledPluginWithItsLabelsAndRoles() {
        Answer plugins = Api.get(CY_CLERK, "/plugins");

        assertEquals(200, plugins.status(), plugins::toString);
        for (JsonObject plugin : plugins.array().getValuesAs(JsonObject.class)) {
            assertTrue(!plugin.getString("id").isBlank() && !plugin.getString("version").isBlank(), plugins::toString);
            JsonObject agencyType = plugin.getJsonObject("agencyType");
            assertEquals(plugin.getString("id"), agencyType.getString("id"));
            assertTrue(!agencyType.getJsonObject("labels").getString("zh").isBlank()
                    && !agencyType.getJsonObject("labels").getString("en").isBlank(), plugins::toString);
            assertTrue(!plugin.getJsonArray("roles").isEmpty(), "a plugin without roles: " + plugin);
        }
    }

    @Test
    void anUnknownAddressAnswersJson404() {
        Answer missing = Api.get(CY_CLERK, "/no-such-thing");
        assertEquals(404, missing.status(), missing::toString);
        assertEquals("not_found", missing.json().getString("error"));
    }

    @Test
    void aMethodTheAddressDoesNotTakeAnswersJson405WithTheAllowedMethods() {
        Answer refused = Api.send(Api.request(CY_CLERK, "/cases").DELETE());
        assertEquals(405, refused.status(), refused::toString);
        assertEquals("method_not_allowed", refused.json().getString("error"));
        assertTrue(refused.header("Allow").contains("POST"), refused.headers()::toString);

        Answer options = Api.send(Api.request(CY_CLERK, "/cases").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, options.status(), "OPTIONS is an ordinary answer, not a failure: " + options);
        assertTrue(options.header("Allow").contains("GET"), options.headers()::toString);
    }

    @Test
    void everyPointInTimeTheApiWritesCarriesItsOffset() {
        String subject = Api.uniqueSubject("时间带时区");
        JsonObject registered = Api.register(CY_CLERK, Api.newCase(subject));
        long id = registered.getJsonNumber("id").longValue();
        long version = registered.getJsonNumber("version").longValue();
        JsonObject correction = Json.createObjectBuilder().add("version", version).add("subject", subject + " 已更正")
                .add("content", "更正后的内容").add("category", "劳动社保").build();
        assertEquals(200, Api.put(CY_CLERK, "/cases/" + id, correction).status());
        Answer stale = Api.put(Api.QZ_LEADER, "/cases/" + id, correction);
        assertEquals(409, stale.status(), stale::toString);
        Answer ordered = Api.post(Api.QZ_LEADER, "/cases/" + id + "/supervision/orders",
                Json.createObjectBuilder().add("kind", "SUPERVISION").add("reason", "请按期办结并书面报告。").build());
        assertEquals(201, ordered.status(), ordered::toString);

        List<String> times = new ArrayList<>();
        // The 409 tells who changed the case and when: in its text too, the time carries its offset.
        times.addAll(pointsInTime("409 of PUT /cases/" + id, stale.json()));
        for (String path : List.of("/cases/" + id, Api.casesWhere(java.util.Map.of("q", subject)), "/cases/" + id + "/procedure",
                "/cases/" + id + "/supervision", "/me/agenda")) {
            times.addAll(pointsInTime(path, read(CY_CLERK, path)));
        }
        // The order reaches the district's inbox, and the agenda's unread panel lists it.
        JsonObject inbox = read("cy.handler", "/inbox").asJsonObject();
        assertTrue(inbox.toString().contains(subject), inbox::toString);
        times.addAll(pointsInTime("/inbox", inbox));
        JsonObject agenda = read("cy.handler", "/me/agenda").asJsonObject();
        assertTrue(agenda.getJsonObject("unread").getJsonArray("rows").size() > 0, agenda::toString);
        times.addAll(pointsInTime("/me/agenda of cy.handler", agenda));
        for (String path : List.of("/me/agenda", "/admin/settings", "/admin/audit/verifications")) {
            times.addAll(pointsInTime(path, read(Api.ADMIN, path)));
        }
        assertTrue(times.size() >= 6, "the answers walked hold points in time: " + times);
    }

    private static JsonValue read(String user, String path) {
        Answer answer = Api.get(user, path);
        assertEquals(200, answer.status(), () -> path + ": " + answer);
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readValue();
        }
    }

    /** Every point in time anywhere in {@code json}, keys' values and texts alike, each checked to be RFC 3339 with an offset. */
    private static List<String> pointsInTime(String where, JsonValue json) {
        List<String> found = new ArrayList<>();
        if (json instanceof JsonString text) {
            Matcher time = POINT_IN_TIME.matcher(text.getString());
            while (time.find()) {
                assertTrue(RFC_3339.matcher(time.group()).matches(), where + ": \"" + time.group() + "\" without its offset in " + text);
                found.add(time.group());
            }
        } else if (json instanceof JsonStructure structure) {
            (structure instanceof JsonObject object ? object.values() : structure.asJsonArray())
                    .forEach(value -> found.addAll(pointsInTime(where, value)));
        }
        return found;
    }

    @Test
    void theOpenApiDocumentListsTheApiPaths() {
        URI document = URI.create(Deployments.baseUrl().replaceFirst("/xinfang$", "") + "/openapi?format=JSON");
        Answer openApi = Api.send(HttpRequest.newBuilder(document).timeout(Duration.ofSeconds(30)).GET());

        assertEquals(200, openApi.status(), openApi::toString);
        JsonObject spec;
        try (JsonReader reader = Json.createReader(new StringReader(openApi.body()))) {
            spec = reader.readObject();
        }
        JsonObject paths = spec.getJsonObject("paths");
        String api = URI.create(Deployments.baseUrl()).getPath() + "/api/v1";
        for (String path : List.of("/cases", "/cases/{id}", "/plugins", "/me")) {
            assertTrue(paths.containsKey(api + path), api + path + " missing from " + paths.keySet());
        }
        assertTrue(paths.getJsonObject(api + "/cases").containsKey("post"));
        assertTrue(paths.getJsonObject(api + "/cases").containsKey("get"));
        assertTrue(paths.getJsonObject(api + "/cases/{id}").containsKey("put"));
        assertTrue(spec.getJsonObject("components").getJsonObject("schemas").containsKey("CaseRegistration"));
        for (String body : List.of("/reception/visits", "/cases/{id}/ownership")) {
            String schema = paths.getJsonObject(api + body).getJsonObject("post").getJsonObject("requestBody").getJsonObject("content")
                    .getJsonObject("application/json").getJsonObject("schema").getString("$ref");
            assertTrue(schema.endsWith("/VisitRecord") || schema.endsWith("/OwnershipRequest"), body + " documents its body: " + schema);
        }
        assertEquals("xinfang API", spec.getJsonObject("info").getString("title"));
    }
}
