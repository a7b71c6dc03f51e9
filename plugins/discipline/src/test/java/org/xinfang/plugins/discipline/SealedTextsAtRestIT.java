package org.xinfang.plugins.discipline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.it.Deployments;
import org.xinfang.it.deploy.InServer;
import org.xinfang.it.api.Api;
import org.xinfang.it.api.Api.Answer;

/**
 * What people type about a sealed reporter — the report's subject and content, a step's reason, a
 * leader's 包案 task, a reception's record of the reporter's visit — is stored with the pseudonym:
 * the database holds neither the reporter's name nor their phone or identity number in any of those
 * texts, a search by the name finds nothing, and the visit's record shows who came as 举报人A,
 * without numbers, to everyone at the desk. Runs inside the server to read the raw rows.
 */
@ExtendWith(ArquillianExtension.class)
@InServer({Api.class, Answer.class})
class SealedTextsAtRestIT {

    private static final String CLERK = "jw.discipline_clerk";
    private static final String KEEPER = "jw.discipline_identity_keeper";
    private static final String LEADER = "jw.discipline_leader";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Resource(lookup = "java:jboss/datasources/XinfangDS")
    DataSource database;

    private final String marker = UUID.randomUUID().toString().substring(0, 8);
    private final String name = "司马" + "春夏秋冬".charAt(RANDOM.nextInt(4)) + "密" + marker.substring(0, 3);
    private final String phone = "137" + Api.digits(8);
    private final String idNumber = Api.idNumber("370702");
    private final String companionPhone = "135" + Api.digits(8);


    @Test
    void textsAboutASealedReporterAreStoredAndShownWithThePseudonym() throws SQLException {
        long unit = Api.get(CLERK, "/me").json().getJsonArray("grants").getJsonObject(0).getJsonNumber("unitId").longValue();
        JsonObject registered = Api.register(CLERK, Json.createObjectBuilder()
                .add("unitId", unit).add("channel", "VISIT")
                .add("subject", "举报人" + name + "（" + phone + "）反映副局长李某 " + marker)
                .add("content", "本人" + name + "，身份证号" + idNumber + "，电话" + phone + "，实名举报李某。")
                .add("category", "违纪举报").add("receivedOn", Api.today().minusDays(1).toString())
                .add("parties", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("role", "PETITIONER").add("name", name).add("idNumber", idNumber).add("phone", phone))
                        .add(Json.createObjectBuilder().add("role", "SUBJECT").add("name", "李某")))
                .add("form", Api.disciplineForm()));
        long id = registered.getJsonNumber("id").longValue();
        assertTrue(registered.getString("subject").startsWith("举报人举报人A（举报人A）反映副局长李某"), registered::toString);

        for (String user : List.of(CLERK, KEEPER, LEADER)) {
            assertEquals(0, Api.countMatching(user, name), user + " finds the report by its reporter's name");
            assertEquals(0, Api.countMatching(user, phone), user + " finds the report by its reporter's phone");
            assertEquals(1, Api.countMatching(user, marker), user + " finds it by its subject");
        }

        Answer owned = Api.post(LEADER, "/cases/" + id + "/ownership", Json.createObjectBuilder()
                .add("handlerUsername", CLERK).add("task", "约见" + name + "，电话" + phone + "核实线索")
                .add("dueOn", Api.today().plusDays(14).toString()).build());
        assertEquals(201, owned.status(), owned::toString);
        assertEquals("约见举报人A，电话举报人A核实线索", owned.json().getString("task"));

        Answer visit = Api.post(CLERK, "/reception/visits", Json.createObjectBuilder()
                .add("unitId", unit).add("kind", "RECEPTION").add("leaderUsername", LEADER)
                .add("heldOn", Api.today().toString()).add("place", "第一接待室").add("caseId", id)
                .add("people", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", name).add("phone", phone).add("idNumber", idNumber))
                        .add(Json.createObjectBuilder().add("name", "陪同人" + marker.substring(0, 3)).add("phone", companionPhone)))
                .add("headCount", 2)
                .add("request", name + "当面补充李某收受礼金的线索，留电话" + phone + "，陪同人" + marker.substring(0, 3) + "在场（"
                        + companionPhone.substring(0, 3) + "-" + companionPhone.substring(3) + "）")
                .add("instruction", "由专人联系" + name).add("outcome", "RESOLVED").build());
        assertEquals(201, visit.status(), visit::toString);
        long visitId = visit.json().getJsonNumber("id").longValue();
        for (String user : List.of(CLERK, LEADER, KEEPER)) {
            JsonObject shown = Api.get(user, "/reception/visits/" + visitId).json();
            assertEquals("举报人A", shown.getJsonArray("people").getJsonObject(0).getString("name"), user + ": " + shown);
            assertTrue(shown.getJsonArray("people").getJsonObject(0).isNull("phone"), user + ": " + shown);
            assertTrue(shown.getJsonArray("people").getJsonObject(0).isNull("idNumber"), user + ": " + shown);
            assertEquals("来访人2（身份保护）", shown.getJsonArray("people").getJsonObject(1).getString("name"), "a companion identifies the reporter too");
            assertEquals("举报人A当面补充李某收受礼金的线索，留电话举报人A，来访人2（身份保护）在场（来访人2（身份保护））", shown.getString("request"),
                    "the companion is named as the record shows them");
            String list = Api.get(user, "/reception/visits?limit=500").body();
            assertTrue(list.contains("举报人A当面补充"), user + " lists the visit");
            assertFalse(list.contains(name) || list.contains("陪同人" + marker.substring(0, 3)), user + " sees who came in the list");
        }

        Answer declined = Api.post(LEADER, "/cases/" + id + "/procedure/steps", Json.createObjectBuilder()
                .add("transition", "decline").add("reason", "经联系" + name + "（" + idNumber + "），线索不足")
                .add("version", Api.get(CLERK, "/cases/" + id).json().getJsonNumber("version").longValue()).build());
        assertEquals(200, declined.status(), declined::toString);

        List<String> stored = new ArrayList<>();
        try (Connection sql = database.getConnection()) {
            for (Map.Entry<String, String> read : Map.of(
                    "SELECT subject, content FROM xf_case WHERE id = ?", "case",
                    "SELECT reason, reason FROM case_step WHERE case_id = ? AND reason IS NOT NULL", "step",
                    "SELECT task, task FROM case_ownership WHERE case_id = ?", "ownership",
                    "SELECT request, instruction FROM reception_visit WHERE case_id = ?", "visit").entrySet()) {
                try (PreparedStatement raw = sql.prepareStatement(read.getKey())) {
                    raw.setLong(1, id);
                    try (ResultSet row = raw.executeQuery()) {
                        assertTrue(row.next(), "a " + read.getValue() + " row was written");
                        do {
                            stored.add(read.getValue() + ": " + row.getString(1) + " / " + row.getString(2));
                        } while (row.next());
                    }
                }
            }
        }
        for (String text : stored) {
            assertTrue(text.contains("举报人A"), text);
            for (String secret : List.of(name, phone, idNumber, phone.substring(3), idNumber.substring(6, 14), companionPhone.substring(3))) {
                assertFalse(text.contains(secret), "stored in clear: " + text);
            }
        }
    }
}
