package org.xinfang.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.core.application.cases.CaseService;
import org.xinfang.core.application.kernel.CallerDirectory;
import org.xinfang.core.domain.model.cases.Party;
import org.xinfang.core.domain.model.encryption.MatchKeys;
import org.xinfang.it.Deployments;
import org.xinfang.it.deploy.InServer;
import org.xinfang.it.api.Api.Answer;

/**
 * Identity and phone numbers are encrypted at rest (docs/adr/0017): a case registered over the API
 * with a known identity number and phone, a desk application and a visit's people leave none of
 * their numbers in clear in the database — not in the
 * columns read by raw SQL and, on the embedded H2, not anywhere in the database file after a
 * checkpoint — while the API still shows them, masked, to whoever may see the case, and the use
 * cases read them back whole. Runs inside the server to reach the raw store.
 */
@ExtendWith(ArquillianExtension.class)
@InServer({Api.class, Answer.class})
class IdentityAtRestIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Resource(lookup = "java:jboss/datasources/XinfangDS")
    DataSource database;

    @Inject
    CaseService cases;

    @Inject
    CallerDirectory callers;

    @Test
    void registeredIdentityAndPhoneAreStoredEncryptedAndShownMaskedToWhoMaySee() throws SQLException, IOException {
        String idNumber = Api.idNumber("370781");
        String phone = "139" + Api.digits(8);
        // Stored in clear on purpose: proves that the raw reads below do see this row's text.
        String address = "IdentityAtRestIT-" + UUID.randomUUID();
        JsonObject petitioner = Json.createObjectBuilder().add("role", "PETITIONER").add("name", "王秀英")
                .add("idNumber", idNumber).add("phone", phone).add("address", address).build();
        JsonObject registered = Api.register(Api.CY_CLERK, Api.newCase(Api.uniqueSubject("加密存储"))
                .add("parties", Json.createArrayBuilder().add(petitioner)));
        long caseId = registered.getJsonNumber("id").longValue();

        try (Connection sql = database.getConnection()) {
            try (PreparedStatement raw = sql.prepareStatement(
                    "SELECT id_number, phone, id_number_key, phone_key, address FROM party WHERE case_id = ?")) {
                raw.setLong(1, caseId);
                try (ResultSet row = raw.executeQuery()) {
                    assertTrue(row.next(), "the party row is there");
                    assertEquals(address, row.getString("address"), "the raw read sees this case's row");
                    String storedId = row.getString("id_number");
                    String storedPhone = row.getString("phone");
                    assertFalse(storedId.contains(idNumber.substring(6, 14)), "no birth date of the identity number in clear: " + storedId);
                    assertFalse(storedPhone.contains(phone.substring(3)), "no phone digits in clear: " + storedPhone);
                    assertEquals(MatchKeys.ofIdNumber(idNumber), row.getString("id_number_key"));
                    assertEquals(MatchKeys.ofPhone(phone), row.getString("phone_key"));
                    assertFalse(row.getString("phone_key").contains(phone.substring(3)));
                }
            }
            try (PreparedStatement anywhere = sql.prepareStatement(
                    "SELECT COUNT(*) FROM party WHERE id_number LIKE ? OR phone LIKE ? OR id_number_key LIKE ? OR phone_key LIKE ?")) {
                String id = "%" + idNumber.substring(6, 17) + "%";
                String tel = "%" + phone.substring(3) + "%";
                anywhere.setString(1, id);
                anywhere.setString(2, tel);
                anywhere.setString(3, id);
                anywhere.setString(4, tel);
                try (ResultSet count = anywhere.executeQuery()) {
                    count.next();
                    assertEquals(0, count.getLong(1), "no party column holds the numbers in clear");
                }
            }
            if ("H2".equals(sql.getMetaData().getDatabaseProductName())) {
                assertTheDatabaseFileHoldsNone(sql, address, idNumber, idNumber.substring(6, 17), phone);
            }
        }

        Answer read = Api.get(Api.CY_CLERK, "/cases/" + caseId);
        assertEquals(200, read.status(), read::toString);
        JsonObject shown = read.json().getJsonArray("parties").getJsonObject(0);
        assertEquals(idNumber.substring(0, 6) + "********" + idNumber.substring(14), shown.getString("idNumber"));
        assertEquals(phone.substring(0, 3) + "****" + phone.substring(7), shown.getString("phone"));
        assertEquals(404, Api.get(Api.ZY_CLERK, "/cases/" + caseId).status(), "the court's clerk may not see the case at all");

        Party inServer = cases.get(callers.forUsername(Api.CY_CLERK, Locale.SIMPLIFIED_CHINESE), caseId).caseFile().getParties().get(0);
        assertEquals(idNumber, inServer.getIdNumber(), "the use cases read the number back whole");
        assertEquals(phone, inServer.getPhone());
    }

    @Test
    void receptionPhonesAndVisitorsNumbersAreStoredEncryptedAndShownMasked() throws SQLException, IOException {
        String applicantPhone = "135" + Api.digits(8);
        String visitorPhone = "136" + Api.digits(8);
        String visitorId = Api.idNumber("110105");
        String matter = "IdentityAtRestIT-" + UUID.randomUUID();
        long unit = Api.get(Api.CY_CLERK, "/me").json().getJsonArray("grants").getJsonObject(0).getJsonNumber("unitId").longValue();
        Answer applied = Api.post(Api.CY_CLERK, "/reception/applications", Json.createObjectBuilder().add("unitId", unit)
                .add("petitionerName", "许某").add("phone", applicantPhone).add("matter", matter).build());
        assertEquals(201, applied.status(), applied::toString);
        long applicationId = applied.json().getJsonNumber("id").longValue();
        assertFalse(applied.body().contains(applicantPhone), "the desk's answer shows the phone masked");

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Answer recorded = Api.post(Api.CY_CLERK, "/reception/visits", Json.createObjectBuilder()
                .add("kind", "RECEPTION").add("leaderUsername", Api.CY_LEADER).add("heldOn", today.toString())
                .add("place", "区信访局接待大厅").add("headCount", 1)
                .add("people", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "周敏")
                        .add("phone", visitorPhone).add("idNumber", visitorId)))
                .add("request", matter).add("instruction", "请区住建局一周内答复")
                .add("outcome", "ASSIGNED").add("handlerUsername", "cy.handler").add("dueOn", today.plusDays(7).toString())
                .add("newCase", Json.createObjectBuilder().add("subject", "停车费 " + matter).add("category", "城乡建设"))
                .build());
        assertEquals(201, recorded.status(), recorded::toString);
        long visitId = recorded.json().getJsonNumber("id").longValue();
        assertEquals(visitorPhone.substring(0, 3) + "****" + visitorPhone.substring(7),
                recorded.json().getJsonArray("people").getJsonObject(0).getString("phone"));

        try (Connection sql = database.getConnection()) {
            try (PreparedStatement raw = sql.prepareStatement("SELECT phone, phone_key, matter FROM reception_appointment WHERE id = ?")) {
                raw.setLong(1, applicationId);
                try (ResultSet row = raw.executeQuery()) {
                    assertTrue(row.next());
                    assertEquals(matter, row.getString("matter"), "the raw read sees this application's row");
                    assertFalse(row.getString("phone").contains(applicantPhone.substring(3)), row.getString("phone"));
                    assertEquals(MatchKeys.ofPhone(applicantPhone), row.getString("phone_key"), "the phone key is the match key, not the digits");
                }
            }
            try (PreparedStatement raw = sql.prepareStatement("SELECT phone, id_number FROM reception_visit_person WHERE visit_id = ?")) {
                raw.setLong(1, visitId);
                try (ResultSet row = raw.executeQuery()) {
                    assertTrue(row.next());
                    assertFalse(row.getString("phone").contains(visitorPhone.substring(3)), row.getString("phone"));
                    assertFalse(row.getString("id_number").contains(visitorId.substring(6, 14)), row.getString("id_number"));
                }
            }
            if ("H2".equals(sql.getMetaData().getDatabaseProductName())) {
                assertTheDatabaseFileHoldsNone(sql, matter, applicantPhone, visitorPhone, visitorId, visitorId.substring(6, 17));
            }
        }
    }

    /**
     * H2 writes its pages on CHECKPOINT; then the whole file is searched for the numbers' bytes.
     * {@code control} is clear text of the same rows: finding it proves the search would find the numbers.
     */
    private static void assertTheDatabaseFileHoldsNone(Connection sql, String control, String... numbers)
            throws SQLException, IOException {
        try (Statement checkpoint = sql.createStatement()) {
            checkpoint.execute("CHECKPOINT SYNC");
        }
        String url = sql.getMetaData().getURL();
        assertTrue(url.startsWith("jdbc:h2:file:"), "the embedded database is a file: " + url);
        String base = url.substring("jdbc:h2:file:".length(), url.contains(";") ? url.indexOf(';') : url.length());
        byte[] file = Files.readAllBytes(Path.of(base + ".mv.db"));
        assertTrue(contains(file, control), "the file search finds the rows' clear text, so it would find the numbers");
        for (String number : numbers) {
            assertFalse(contains(file, number), number + " is in the database file in clear");
        }
    }

    private static boolean contains(byte[] haystack, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
