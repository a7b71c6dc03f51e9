package org.xinfang.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.it.Deployments;

/**
 * Refusals the input records' constraints make, over HTTP: each a 400 naming the field as the API
 * names it, with a message that says what is wrong, and nothing saved — the rules between fields
 * (a rota's end, a visitor's numbers, a 包案's due date, a referral's department) included.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InputRefusalsApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static long unitOf(String user) {
        return Api.get(user, "/me").json().getJsonArray("grants").getJsonObject(0).getJsonNumber("unitId").longValue();
    }

    private static JsonObject rule(String leader, String startsAt, String endsAt, LocalDate endsOn) {
        return Json.createObjectBuilder().add("leaderName", leader).add("leaderTitle", "副区长").add("place", "区信访局接待大厅")
                .add("capacity", 3).add("startsAt", startsAt).add("endsAt", endsAt).add("recurrence", "WEEKLY").add("weekday", "MONDAY")
                .add("startsOn", today().plusDays(1).toString()).add("endsOn", endsOn.toString()).build();
    }

    @Test
    void aCaseReceivedLongAgoIsATypingError() {
        String subject = Api.uniqueSubject("收到日期录错");
        Api.Answer refused = Api.post(Api.CY_CLERK, "/cases", Api.newCase(subject).add("receivedOn", "1900-01-01").build());
        assertEquals(400, refused.status(), refused.toString());
        assertEquals(List.of("receivedOn"), refused.fieldsNamed());
        assertEquals("收到日期不能早于 20 年前，请核对是否录错", refused.messageFor("receivedOn"));
        assertEquals(0, Api.countMatching(Api.CY_CLERK, subject), "nothing saved");
        assertEquals(201, Api.post(Api.CY_CLERK, "/cases", Api.newCase(Api.uniqueSubject("旧信补录"))
                .add("receivedOn", today().minusYears(19).toString()).build()).status(), "a letter entered years late is taken");
    }

    @Test
    void aRotaRuleEndsAfterItStartsAndCoversAtMostAYear() {
        long unit = unitOf(Api.CY_CLERK);
        String leader = "韦" + UUID.randomUUID().toString().substring(0, 6);
        Api.Answer backwards = Api.post(Api.CY_CLERK, "/reception/units/" + unit + "/rules",
                rule(leader, "10:00", "10:00", today().plusMonths(18)));
        assertEquals(400, backwards.status(), backwards.toString());
        assertEquals(List.of("endsAt", "endsOn"), backwards.fieldsNamed());
        assertTrue(backwards.messageFor("endsAt").contains("晚于开始时间"), backwards.toString());
        assertTrue(backwards.messageFor("endsOn").contains("最多覆盖一年"), backwards.toString());
        assertTrue(Api.get(Api.CY_CLERK, "/reception/units/" + unit + "/rules").array().stream()
                .noneMatch(r -> r.toString().contains(leader)), "nothing saved");
    }

    @Test
    void visitorsNumbersAndTheHeadCountAreCheckedPersonByPerson() {
        Api.Answer bad = Api.post(Api.CY_CLERK, "/reception/visits", Json.createObjectBuilder()
                .add("kind", "RECEPTION").add("leaderUsername", "cy.leader").add("heldOn", today().toString())
                .add("place", "区信访局接待大厅").add("headCount", 1)
                .add("people", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "周敏").add("phone", "电话"))
                        .add(Json.createObjectBuilder().add("name", "吴刚").add("idNumber", "12345")))
                .add("request", "要求退还停车费").add("outcome", "RESOLVED")
                .add("newCase", Json.createObjectBuilder().add("subject", "停车费").add("category", "城乡建设"))
                .build());
        assertEquals(400, bad.status(), bad.toString());
        assertEquals(List.of("headCount", "people[0].phone", "people[1].idNumber"), bad.fieldsNamed().stream().sorted().toList());
        assertTrue(bad.messageFor("people[1].idNumber").contains("18 位"), bad.toString());
        assertTrue(bad.messageFor("headCount").contains("不少于所列来访人"), bad.toString());
    }

    @Test
    void anOwnershipIsDueAfterTodayAndNamesItsTask() {
        String subject = "楼道堆物 " + UUID.randomUUID().toString().substring(0, 6);
        Api.Answer recorded = Api.post(Api.CY_CLERK, "/reception/visits", Json.createObjectBuilder()
                .add("kind", "RECEPTION").add("leaderUsername", "cy.leader").add("heldOn", today().toString())
                .add("place", "区信访局接待大厅").add("headCount", 1)
                .add("people", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "郑和")))
                .add("request", "要求清理楼道堆物").add("outcome", "RESOLVED")
                .add("newCase", Json.createObjectBuilder().add("subject", subject).add("category", "城乡建设"))
                .build());
        assertEquals(201, recorded.status(), recorded.toString());
        long caseId = recorded.json().getJsonNumber("caseId").longValue();
        Api.Answer today = Api.post("cy.leader", "/cases/" + caseId + "/ownership", Json.createObjectBuilder()
                .add("handlerUsername", "cy.handler").add("task", " ").add("dueOn", today().toString()).build());
        assertEquals(400, today.status(), today.toString());
        assertEquals(List.of("task", "dueOn"), today.fieldsNamed(), "in the order the input declares them");
        assertTrue(today.messageFor("dueOn").contains("晚于今天"), today.toString());
        assertEquals(0, Api.get(Api.CY_CLERK, "/cases/" + caseId + "/ownership").array().size(), "nothing saved");
    }

    @Test
    void aReferralNamesADepartmentOfAtMostTwoHundredCharacters() {
        long unit = unitOf(Api.CY_CLERK);
        Api.Answer applied = Api.post(Api.CY_CLERK, "/reception/applications", Json.createObjectBuilder()
                .add("unitId", unit).add("petitionerName", "冯" + UUID.randomUUID().toString().substring(0, 4))
                .add("phone", "135" + String.valueOf(System.nanoTime()).substring(0, 8)).add("matter", "物业费争议").build());
        assertEquals(201, applied.status(), applied.toString());
        JsonObject a = applied.json();
        Api.Answer tooLong = Api.post(Api.CY_CLERK, "/reception/applications/" + a.getJsonNumber("id").longValue() + "/classification",
                Json.createObjectBuilder().add("version", a.getJsonNumber("version").longValue()).add("classification", "DEPARTMENT")
                        .add("department", "部".repeat(201)).build());
        assertEquals(400, tooLong.status(), tooLong.toString());
        assertEquals(List.of("department"), tooLong.fieldsNamed());
        assertTrue(tooLong.messageFor("department").contains("最多 200 个字"), tooLong.toString());
    }

    @Test
    void schedulingNamesTheMissingSession() {
        long unit = unitOf(Api.CY_CLERK);
        Api.Answer applied = Api.post(Api.CY_CLERK, "/reception/applications", Json.createObjectBuilder()
                .add("unitId", unit).add("petitionerName", "蒋" + UUID.randomUUID().toString().substring(0, 4))
                .add("phone", "137" + String.valueOf(System.nanoTime()).substring(0, 8)).add("matter", "噪声扰民").build());
        assertEquals(201, applied.status(), applied.toString());
        long id = applied.json().getJsonNumber("id").longValue();
        Api.Answer planned = Api.post(Api.CY_CLERK, "/reception/applications/" + id + "/classification", Json.createObjectBuilder()
                .add("version", applied.json().getJsonNumber("version").longValue()).add("classification", "LEADER_PLAN").build());
        assertEquals(200, planned.status(), planned.toString());
        Api.Answer noSession = Api.post(Api.CY_CLERK, "/reception/applications/" + id + "/schedule", Json.createObjectBuilder().build());
        assertEquals(400, noSession.status(), noSession.toString());
        assertEquals(List.of("slotId"), noSession.fieldsNamed());
        assertEquals("必须填写。", noSession.messageFor("slotId"));
        assertEquals("PLANNED", Api.get(Api.CY_CLERK, "/reception/applications/" + id).json().getString("status"), "nothing changed");
    }
}
