package org.xinfang.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
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
 * Reception records, leader progress and 包案 over HTTP with the demo users: the district desk
 * records a reception that registers its case, the district leader takes the case once, and a user
 * of another unit (the second district's clerk) finds neither the record, the case's ownership
 * nor the leader.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VisitsApiIT {

    private static final String CY_LEADER = "cy.leader";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void theDeskRecordsTheLeaderOwnsAndOtherUnitsSeeNothing() throws Exception {
        String subject = "小区停车位纠纷 " + UUID.randomUUID().toString().substring(0, 6);
        JsonObject body = Json.createObjectBuilder()
                .add("kind", "RECEPTION").add("leaderUsername", CY_LEADER).add("heldOn", today().toString())
                .add("place", "区信访局接待大厅").add("headCount", 3)
                .add("people", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "周敏").add("phone", "13611112222").add("idNumber", "110105199001011232"))
                        .add(Json.createObjectBuilder().add("name", "吴刚")))
                .add("request", "要求物业退还多收的停车费").add("instruction", "请区住建局一周内答复")
                .add("outcome", "ASSIGNED").add("handlerUsername", "cy.handler").add("dueOn", today().plusDays(7).toString())
                .add("newCase", Json.createObjectBuilder().add("subject", subject).add("category", "城乡建设"))
                .build();
        Api.Answer recorded = Api.post(Api.CY_CLERK, "/reception/visits", body);
        assertEquals(201, recorded.status(), recorded.toString());
        JsonObject visit = recorded.json();
        assertEquals("接访", visit.getString("kindLabel"));
        assertEquals("136****2222", visit.getJsonArray("people").getJsonObject(0).getString("phone"));
        long visitId = visit.getJsonNumber("id").longValue();
        long caseId = visit.getJsonNumber("caseId").longValue();
        assertEquals(subject, Api.get(Api.CY_CLERK, "/cases/" + caseId).json().getString("subject"));

        Api.Answer bad = Api.post(Api.CY_CLERK, "/reception/visits", Json.createObjectBuilder()
                .add("kind", "FOLLOW_UP").add("leaderUsername", "cy.clerk").add("heldOn", "2026-13-01").add("place", "x")
                .add("people", Json.createArrayBuilder()).add("request", "x").add("satisfaction", "HAPPY").build());
        assertEquals(400, bad.status(), bad.toString());
        assertTrue(bad.fieldsNamed().containsAll(java.util.List.of("heldOn", "satisfaction")), bad.toString());
        // One rating vocabulary with the procedure's rating step: the follow-up's old word is refused, naming the words.
        Api.Answer oldWord = Api.post(Api.CY_CLERK, "/reception/visits", Json.createObjectBuilder()
                .add("kind", "FOLLOW_UP").add("leaderUsername", CY_LEADER).add("heldOn", today().toString()).add("place", "x")
                .add("people", Json.createArrayBuilder()).add("request", "x").add("satisfaction", "DISSATISFIED").build());
        assertEquals(400, oldWord.status(), oldWord.toString());
        assertTrue(oldWord.messageFor("satisfaction").contains("SATISFIED, BASICALLY_SATISFIED, UNSATISFIED"), oldWord.toString());
        Api.Answer bad2 = Api.post(Api.CY_CLERK, "/reception/visits", Json.createObjectBuilder()
                .add("kind", "FIELD").add("leaderUsername", "cy.clerk").add("heldOn", today().toString()).add("place", "x")
                .add("people", Json.createArrayBuilder()).add("request", "x").add("outcome", "RESOLVED").build());
        assertEquals(400, bad2.status(), bad2.toString());
        assertTrue(bad2.messageFor("leaderUsername").contains("不是"), bad2.toString());
        assertTrue(bad2.fieldsNamed().containsAll(java.util.List.of("people", "caseId")), bad2.toString());

        assertEquals(200, Api.get(Api.CY_CLERK, "/reception/visits/" + visitId).status());
        assertTrue(Api.get(Api.CY_CLERK, "/reception/visits?kind=RECEPTION&leader=" + CY_LEADER + "&month=" + YearMonth.from(today()))
                .array().getValuesAs(JsonObject.class).stream().anyMatch(v -> v.getJsonNumber("id").longValue() == visitId));
        assertEquals(400, Api.get(Api.CY_CLERK, "/reception/visits?month=November").status());

        JsonObject progress = Api.get(Api.CY_CLERK, "/reception/leaders/" + CY_LEADER + "/progress?month=" + YearMonth.from(today())).json();
        JsonObject reception = progress.getJsonArray("kinds").getValuesAs(JsonObject.class).stream()
                .filter(k -> k.getString("kind").equals("RECEPTION")).findFirst().orElseThrow();
        assertTrue(reception.getInt("count") >= 1, progress.toString());
        assertEquals(2, reception.getInt("quota"));

        JsonObject own = Json.createObjectBuilder().add("handlerUsername", "cy.handler").add("task", "两周内化解停车费纠纷")
                .add("dueOn", today().plusDays(14).toString()).build();
        Api.Answer taken = Api.post(CY_LEADER, "/cases/" + caseId + "/ownership", own);
        assertEquals(201, taken.status(), taken.toString());
        assertEquals(CY_LEADER, taken.json().getString("leaderUsername"));
        Api.Answer twice = Api.post(CY_LEADER, "/cases/" + caseId + "/ownership", own);
        assertEquals(400, twice.status(), twice.toString());
        assertTrue(twice.messageFor("caseId").contains("已由"), twice.toString());
        assertEquals(403, Api.post(Api.CY_CLERK, "/cases/" + caseId + "/ownership/close", Json.createObjectBuilder().build()).status());
        assertEquals("OPEN", Api.get(Api.CY_CLERK, "/cases/" + caseId + "/ownership").array().getJsonObject(0).getString("status"));

        assertEquals(404, Api.get(Api.DC_CLERK, "/reception/visits/" + visitId).status());
        assertEquals(404, Api.get(Api.DC_CLERK, "/cases/" + caseId + "/ownership").status());
        assertEquals(404, Api.post(Api.DC_CLERK, "/cases/" + caseId + "/ownership", own).status());
        assertEquals(404, Api.get(Api.DC_CLERK, "/reception/leaders/" + CY_LEADER + "/progress").status());
        assertFalse(Api.get(Api.DC_CLERK, "/reception/visits").body().contains(subject));
        long district = Api.get(Api.CY_CLERK, "/me").json().getJsonArray("grants").getJsonObject(0).getJsonNumber("unitId").longValue();
        JsonObject intoDistrict = Json.createObjectBuilder(body).add("unitId", district).build();
        Api.Answer elsewhere = Api.post(Api.DC_CLERK, "/reception/visits", intoDistrict);
        assertEquals(400, elsewhere.status(), elsewhere.toString());
        assertEquals(java.util.List.of("unitId"), elsewhere.fieldsNamed(), "the district is not a unit the other district's clerk knows");

        Api.Answer early = Api.post(CY_LEADER, "/cases/" + caseId + "/ownership/close", Json.createObjectBuilder().build());
        assertEquals(409, early.status(), "not before the four duties are done: " + early);
        Api.Answer badDuty = Api.post(CY_LEADER, "/cases/" + caseId + "/ownership/duties",
                Json.createObjectBuilder().add("duty", "WATCH").add("note", "x").build());
        assertEquals(400, badDuty.status(), badDuty.toString());
        assertEquals(java.util.List.of("duty"), badDuty.fieldsNamed());
        for (String duty : java.util.List.of("INVESTIGATE", "HANDLE", "COUNSEL", "SETTLE")) {
            Api.Answer ticked = Api.post("cy.handler", "/cases/" + caseId + "/ownership/duties",
                    Json.createObjectBuilder().add("duty", duty).add("note", "已完成：" + duty).build());
            assertEquals(200, ticked.status(), ticked.toString());
        }
        Api.Answer planned = Api.put(CY_LEADER, "/cases/" + caseId + "/ownership/plan",
                Json.createObjectBuilder().add("workingGroup", "区信访局、物业办").add("plan", "约谈物业，两周内退费。").build());
        assertEquals(200, planned.status(), planned.toString());
        assertTrue(planned.json().getJsonArray("duties").getValuesAs(JsonObject.class).stream().allMatch(d -> d.getBoolean("done")));
        var card = Api.getBytes(CY_LEADER, "/cases/" + caseId + "/ownership/card");
        assertEquals(200, card.statusCode());
        assertEquals("%PDF", new String(card.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII), "一案一卡 as a PDF");
        String cardText = textOf(card.body());
        assertTrue(cardText.matches(".*包案领导——[^（]+（cy\\.leader）；承办人——[^（]+（cy\\.handler）.*"), "people by name, with their account: " + cardText);
        var bundle = Api.getBytes(CY_LEADER, "/cases/" + caseId + "/documents/bundle");
        assertEquals(200, bundle.statusCode());
        java.util.List<String> entries = new java.util.ArrayList<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bundle.body()), java.nio.charset.StandardCharsets.UTF_8)) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertTrue(entries.contains("00-卷宗目录.pdf") && entries.contains("01-办理经过.pdf"), entries.toString());
        assertEquals(404, Api.getBytes(Api.DC_CLERK, "/cases/" + caseId + "/documents/bundle").statusCode(), "another district gets nothing");

        Api.Answer closed = Api.post(CY_LEADER, "/cases/" + caseId + "/ownership/close", Json.createObjectBuilder().build());
        assertEquals(200, closed.status(), closed.toString());
        assertEquals("DONE", closed.json().getString("status"));

        var leaderPage = SignedInPagesIT.signInAndOpen(CY_LEADER, "/app/reception/leader.xhtml");
        assertEquals(200, leaderPage.statusCode());
        assertTrue(leaderPage.body().contains("领导接访台账") && leaderPage.body().contains("ui-progressbar"), "the leader's page with progress bars");
        var casePage = SignedInPagesIT.signInAndOpen(CY_LEADER, "/app/cases/view.xhtml?id=" + caseId);
        assertTrue(casePage.body().contains("两周内化解停车费纠纷"), "the ownership on the case page");
    }

    private static String textOf(byte[] pdf) throws java.io.IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
