package org.xinfang.it.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.xinfang.it.Deployments;

/**
 * A client of the xinfang REST API for black-box tests: plain HTTP with Basic credentials of the
 * demo users (and of the people a test has the administrator create), answers parsed with JSON-P.
 * Nothing here knows the server's classes.
 */
public final class Api {

    public static final String PASSWORD = "Xinfang@2026";
    public static final String CY_CLERK = "cy.clerk";
    public static final String CY_LEADER = "cy.leader";
    /** A clerk of the demo city's second district: the core's "another unit", whatever plugins are installed. */
    public static final String DC_CLERK = "dc.clerk";
    public static final String JW_CG_CLERK = "jw-cg.clerk";
    public static final String QZ_LEADER = "qz.leader";
    public static final String ZY_CLERK = "zy.clerk";
    public static final String ADMIN = "admin";

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The passwords of the people tests created ({@link #newPerson}); the demo users all have {@link #PASSWORD}. */
    private static final Map<String, String> OWN_PASSWORDS = new java.util.concurrent.ConcurrentHashMap<>();

    private Api() {
    }

    /** An answer: status, headers and the body as text, with the body parsed on demand. */
    public record Answer(int status, HttpHeaders headers, String body) {

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public JsonArray array() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The fields named by an error answer. */
        public List<String> fieldsNamed() {
            return json().getJsonArray("fields").getValuesAs(JsonObject.class).stream().map(f -> f.getString("field")).toList();
        }

        /** The message given for {@code field} in an error answer. */
        public String messageFor(String field) {
            return json().getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                    .filter(f -> f.getString("field").equals(field)).map(f -> f.getString("message"))
                    .findFirst().orElseThrow(() -> new AssertionError(field + " not named in " + body));
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public static String url(String path) {
        return Deployments.baseUrl() + "/api/v1" + path;
    }

    public static HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", basic(user, passwordOf(user)));
    }

    /** The password {@code user} signs in with: the demo's, or the own one a {@link #newPerson} chose. */
    public static String passwordOf(String user) {
        return OWN_PASSWORDS.getOrDefault(user, PASSWORD);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static Answer get(String user, String path) {
        return send(request(user, path).GET());
    }

    public static Answer post(String user, String path, JsonValue body) {
        return postText(user, path, body.toString());
    }

    public static Answer postText(String user, String path, String body) {
        return send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public static Answer put(String user, String path, JsonValue body) {
        return send(request(user, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    /** PUTs {@code body} as {@code contentType} text (an import file). */
    public static Answer putText(String user, String path, String contentType, String body) {
        return send(request(user, path).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** A GET whose answer is a file (a workbook, a PDF), accepting anything as a browser does: its status and its bytes. */
    public static HttpResponse<byte[]> getBytes(String user, String path) {
        try {
            HttpRequest.Builder fileRequest = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60))
                    .header("Accept", "*/*").header("Authorization", basic(user, passwordOf(user)));
            return HTTP.send(fileRequest.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code /cases?…} with each value URL-encoded. */
    public static String casesWhere(Map<String, String> parameters) {
        return "/cases?" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * Today where the server counts its days (its {@code xinfang.zone}, Beijing time by default): a
     * test that reads the date of this machine would be a day behind from 16:00 UTC.
     */
    public static java.time.LocalDate today() {
        return java.time.LocalDate.now(java.time.ZoneId.of(System.getProperty("xinfang.zone", "Asia/Shanghai")));
    }

    /** {@code count} random digits: a phone or identity number no demo row and no other test holds. */
    public static String digits(int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(RANDOM.nextInt(10));
        }
        return s.toString();
    }

    /**
     * A valid identity number (GB 11643) of the six-digit {@code region} that no demo row and no other
     * test holds: a random birth date from 1930 to 2003 and sequence number, then its check character.
     */
    public static String idNumber(String region) {
        String born = LocalDate.of(1930, 1, 1).plusDays(RANDOM.nextInt(27_000)).format(DateTimeFormatter.BASIC_ISO_DATE);
        String first17 = region + born + digits(3);
        // ISO 7064 MOD 11-2, worked out here: this client knows none of the server's classes.
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** A subject no other test and no demo case uses, to find exactly this test's cases. */
    public static String uniqueSubject(String what) {
        return what + " " + UUID.randomUUID();
    }

    /** A complete, valid case for a petition bureau (no agency form), received yesterday. */
    public static JsonObjectBuilder newCase(String subject) {
        return Json.createObjectBuilder()
                .add("channel", "VISIT")
                .add("subject", subject)
                .add("content", "来访反映：" + subject)
                .add("category", "劳动社保")
                .add("receivedOn", today().minusDays(1).toString())
                .add("headCount", 1)
                .add("parties", Json.createArrayBuilder().add(petitioner()));
    }

    /** The form a discipline committee's case needs (城关镇纪委 is one): a signed accusation. */
    public static JsonObjectBuilder disciplineForm() {
        return Json.createObjectBuilder()
                .add("category", "ACCUSATION")
                .add("signed", true)
                .add("subjectName", "李某")
                .add("subjectUnit", "城关镇人民政府")
                .add("subjectPost", "副镇长")
                .add("subjectRank", "TOWNSHIP");
    }

    /** The form a court's case needs: the judgment the visit is about. */
    public static JsonObjectBuilder courtForm(String originalCaseNumber) {
        return Json.createObjectBuilder()
                .add("originalCaseNumber", originalCaseNumber)
                .add("tribunal", "民事审判第一庭")
                .add("presidingJudge", "王法官")
                .add("stage", "SECOND_INSTANCE")
                .add("litigationRelated", true);
    }

    public static JsonObjectBuilder petitioner() {
        return Json.createObjectBuilder()
                .add("role", "PETITIONER")
                .add("name", "张三")
                .add("idNumber", "110105199001011232")
                .add("phone", "13800001234")
                .add("address", "青州市朝阳区测试路1号");
    }

    public static JsonArrayBuilder representatives(int count) {
        JsonArrayBuilder parties = Json.createArrayBuilder().add(petitioner());
        for (int i = 0; i < count; i++) {
            parties.add(Json.createObjectBuilder().add("role", "REPRESENTATIVE").add("name", "代表" + (i + 1)));
        }
        return parties;
    }

    /** The id of the unit named {@code name} (a demo unit: its name is the demo's own, e.g. 青州市信访局). */
    public static long unitId(String name) {
        return get(ADMIN, "/admin/units").array().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("name").equals(name)).findFirst().orElseThrow(() -> new AssertionError("no unit " + name))
                .getJsonNumber("id").longValue();
    }

    /** The id of a record the API answered with. */
    public static long id(JsonObject record) {
        return record.getJsonNumber("id").longValue();
    }

    /**
     * A unit the administrator creates for one test, under {@code parentId} or as a new root: its code,
     * name and short name carry a tag of their own, so that tests never meet each other's units. Fails unless created.
     */
    public static JsonObject newUnit(Long parentId, String name, String level, String agencyType) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        JsonObjectBuilder body = Json.createObjectBuilder().add("code", "it-" + tag).add("name", name + tag)
                .add("shortName", (name.length() > 8 ? name.substring(0, 8) : name) + tag).add("level", level).add("agencyType", agencyType);
        if (parentId != null) {
            body.add("parentId", parentId);
        }
        Answer created = post(ADMIN, "/admin/units", body.build());
        if (created.status() != 201) {
            throw new AssertionError("expected 201 but got " + created);
        }
        return created.json();
    }

    /**
     * A person holding {@code role} in the unit, created by the administrator, who has already replaced the
     * first password with their own (the demo's password is too common to be chosen): the helpers here
     * sign in as them like as any demo user. Returns the user name.
     */
    public static String newPerson(long unitId, String role) {
        return newPerson(unitId, role, null);
    }

    /** {@link #newPerson(long, String)} with the name pages greet and list them by (a test's own when null). */
    public static String newPerson(long unitId, String role, String displayName) {
        String username = "it." + UUID.randomUUID().toString().substring(0, 8);
        String first = "首次密码-" + UUID.randomUUID();
        Answer created = post(ADMIN, "/admin/users", Json.createObjectBuilder().add("username", username)
                .add("displayName", displayName != null ? displayName : "测试" + username.substring(3, 7)).add("password", first)
                .add("unitId", unitId).add("role", role).build());
        if (created.status() != 201) {
            throw new AssertionError("expected 201 but got " + created);
        }
        String own = "自己的密码-" + UUID.randomUUID();
        Answer changed = send(HttpRequest.newBuilder(URI.create(url("/me/password"))).header("Authorization", basic(username, first))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("currentPassword", first).add("newPassword", own).build().toString(), StandardCharsets.UTF_8)));
        if (changed.status() != 204) {
            throw new AssertionError("expected 204 but got " + changed);
        }
        OWN_PASSWORDS.put(username, own);
        return username;
    }

    /** Registers {@code body} as {@code user}; fails the test unless it is created. */
    public static JsonObject register(String user, JsonObjectBuilder body) {
        Answer created = post(user, "/cases", body.build());
        if (created.status() != 201) {
            throw new AssertionError("expected 201 but got " + created);
        }
        return created.json();
    }

    /** How many cases {@code user} sees whose subject or number contains {@code text}. */
    public static long countMatching(String user, String text) {
        Answer listed = get(user, casesWhere(Map.of("q", text)));
        if (listed.status() != 200) {
            throw new AssertionError("expected 200 but got " + listed);
        }
        return listed.json().getJsonNumber("total").longValue();
    }
}
