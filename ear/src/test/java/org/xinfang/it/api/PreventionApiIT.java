package org.xinfang.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.it.Deployments;
import org.xinfang.it.SignedInPagesIT;
import org.xinfang.it.api.Api.Answer;

/**
 * Prevention at the source over HTTP with the demo users: 朝阳区's clerk records a project's risk
 * assessment, follows it up and closes it, the city reads it and 东城区 does not; a case is referred to
 * mediation with its clocks paused and resumed, a second referral is a conflict; 朝阳区's leader records
 * the month's analysis meeting, ids it may not use are refused by id, an overdue decision is flagged
 * until followed up; each ledger is a workbook titled with the unit and the period under Chinese heads.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreventionApiIT {

    private static final String ASSESSMENTS = "/prevention/assessments";
    private static final String MEETINGS = "/prevention/meetings";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    private static long unitOf(String user) {
        return Api.get(user, "/me").json().getJsonArray("grants").getJsonObject(0).getJsonNumber("unitId").longValue();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonObjectBuilder assessment(String project, LocalDate assessedOn, LocalDate plannedStart) {
        return Json.createObjectBuilder().add("projectName", project).add("projectOwner", "青州城投公司")
                .add("plannedStart", plannedStart.toString()).add("assessedOn", assessedOn.toString())
                .add("risks", "征收补偿标准争议，涉及 80 户。").add("riskRating", "MEDIUM").add("conditions", "补偿方案公示后方可开工。");
    }

    @Test
    void aProjectIsAssessedBeforeItStartsFollowedUpAndClosedWhereItsUnitAndThoseAboveSeeIt() throws Exception {
        LocalDate today = Api.today();
        long cy = unitOf(Api.CY_CLERK);

        Answer wrongTypes = Api.postText(Api.CY_CLERK, ASSESSMENTS,
                "{\"unitId\":\"cy\",\"projectName\":1,\"plannedStart\":\"2026-02-30\",\"assessedOn\":\"today\",\"riskRating\":\"EXTREME\"}");
        assertEquals(400, wrongTypes.status(), wrongTypes.toString());
        assertTrue(wrongTypes.fieldsNamed().containsAll(List.of("unitId", "projectName", "plannedStart", "assessedOn", "riskRating")),
                wrongTypes.toString());
        assertTrue(wrongTypes.messageFor("riskRating").contains("HIGH, MEDIUM, LOW"), wrongTypes.toString());
        Answer missing = Api.post(Api.CY_CLERK, ASSESSMENTS, Json.createObjectBuilder().build());
        assertEquals(400, missing.status());
        assertEquals(List.of("projectName", "projectOwner", "plannedStart", "assessedOn", "risks", "riskRating"), missing.fieldsNamed());

        String project = "滨河路拓宽工程 " + tag();
        Answer late = Api.post(Api.CY_CLERK, ASSESSMENTS, assessment(project, today, today.minusDays(3)).build());
        assertEquals(400, late.status(), late.toString());
        assertEquals(List.of("assessedOn"), late.fieldsNamed(), "an assessment dated after the planned start is refused on its date");
        assertTrue(late.messageFor("assessedOn").contains("先评估、后开工"), late.toString());

        assertEquals(403, Api.post(Api.QZ_LEADER, ASSESSMENTS, assessment(project, today, today.plusDays(30)).add("unitId", cy).build()).status(),
                "the city does not record for the district");
        Answer created = Api.post(Api.CY_CLERK, ASSESSMENTS, assessment(project, today, today.plusDays(30)).build());
        assertEquals(201, created.status(), created.toString());
        JsonObject saved = created.json();
        long id = saved.getJsonNumber("id").longValue();
        assertEquals(cy, saved.getJsonNumber("unitId").longValue(), "the clerk's own unit when none is named");
        assertEquals("ASSESSED", saved.getString("status"));
        assertEquals("中", saved.getString("riskRatingLabel"));
        assertTrue(created.header("Location").endsWith(ASSESSMENTS + "/" + id), created.header("Location"));

        assertEquals(200, Api.get(Api.QZ_LEADER, ASSESSMENTS + "/" + id).status(), "the city reads it");
        assertFalse(Api.get(Api.QZ_LEADER, ASSESSMENTS + "/" + id).json().getBoolean("mayChange"));
        assertEquals(404, Api.get(Api.DC_CLERK, ASSESSMENTS + "/" + id).status(), "another district does not");
        assertEquals(400, Api.get(Api.DC_CLERK, ASSESSMENTS + "?unitId=" + cy).status());
        assertTrue(Api.get(Api.DC_CLERK, ASSESSMENTS).array().getValuesAs(JsonObject.class).stream()
                .noneMatch(a -> a.getString("projectName").equals(project)));
        assertEquals(List.of("unitId", "from"), Api.get(Api.CY_CLERK, ASSESSMENTS + "?unitId=x&from=yesterday").fieldsNamed());

        Answer badFollowUp = Api.post(Api.CY_CLERK, ASSESSMENTS + "/" + id + "/follow-ups",
                Json.createObjectBuilder().add("followedOn", today.plusDays(1).toString()).build());
        assertEquals(400, badFollowUp.status());
        assertEquals(List.of("followedOn", "note"), badFollowUp.fieldsNamed());
        assertEquals(404, Api.post(Api.DC_CLERK, ASSESSMENTS + "/" + id + "/follow-ups",
                Json.createObjectBuilder().add("followedOn", today.toString()).add("note", "越界").build()).status());
        Answer followed = Api.post(Api.CY_CLERK, ASSESSMENTS + "/" + id + "/follow-ups",
                Json.createObjectBuilder().add("followedOn", today.toString()).add("note", "补偿方案已公示 15 日，无异议。").build());
        assertEquals(200, followed.status(), followed.toString());
        assertEquals("FOLLOWED_UP", followed.json().getString("status"));
        assertEquals(1, followed.json().getJsonArray("followUps").size());

        Answer closed = Api.post(Api.CY_LEADER, ASSESSMENTS + "/" + id + "/close", Json.createObjectBuilder().add("note", "条件已落实").build());
        assertEquals(200, closed.status(), closed.toString());
        assertEquals("CLOSED", closed.json().getString("status"));
        assertEquals(409, Api.post(Api.CY_CLERK, ASSESSMENTS + "/" + id + "/close", Json.createObjectBuilder().build()).status());

        HttpResponse<String> page = SignedInPagesIT.signInAndOpen(Api.CY_CLERK, "/app/prevention/assessments.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("信访稳定风险评估") && page.body().contains(project) && page.body().contains("补偿方案已公示 15 日，无异议。"),
                "the desk's page lists the assessment with its follow-up");

        String from = today.minusDays(1).toString();
        List<List<String>> ledger = Workbooks.cells(Api.getBytes(Api.CY_CLERK, ASSESSMENTS + "/export?from=" + from + "&to=" + today).body());
        assertTrue(ledger.get(0).get(0).contains("朝阳区") && ledger.get(0).get(0).contains("风险评估") && ledger.get(0).get(0).contains(from),
                "titled with the unit, the ledger and the period: " + ledger.get(0));
        assertTrue(ledger.get(1).containsAll(List.of("项目名称", "项目业主", "计划开工日期", "评估日期", "风险等级", "状态")), ledger.get(1).toString());
        List<String> row = ledger.stream().filter(r -> r.contains(project)).findFirst().orElseThrow(() -> new AssertionError(ledger.toString()));
        assertEquals("中", row.get(ledger.get(1).indexOf("风险等级")));
        HttpResponse<byte[]> dcLedger = Api.getBytes(Api.DC_CLERK, ASSESSMENTS + "/export");
        assertEquals(200, dcLedger.statusCode());
        assertTrue(Workbooks.cells(dcLedger.body()).stream().noneMatch(r -> r.contains(project)), "another district's ledger holds none of it");
        assertEquals(400, Api.getBytes(Api.CY_CLERK, ASSESSMENTS + "/export?from=" + today + "&to=" + today.minusDays(1)).statusCode());
    }

    @Test
    void aCaseInMediationHasItsClocksPausedUntilTheOutcomeAndOneMediationAtATime() throws Exception {
        long caseId = Api.register(Api.CY_CLERK, Api.newCase(Api.uniqueSubject("调解接口测试"))).getJsonNumber("id").longValue();
        String mediations = "/cases/" + caseId + "/mediations";
        JsonObject people = Json.createObjectBuilder().add("kind", "PEOPLE").add("mediator", "朝阳区人民调解委员会").add("matter", "工资支付").build();

        assertEquals(404, Api.post(Api.DC_CLERK, mediations, people).status(), "another district does not see the case");
        assertEquals(403, Api.post(Api.QZ_LEADER, mediations, people).status(), "the city reads the case but does not refer it");
        Answer bad = Api.postText(Api.CY_CLERK, mediations, "{\"kind\":\"FAMILY\",\"mediator\":\" \"}");
        assertEquals(400, bad.status(), bad.toString());
        assertEquals(List.of("kind"), bad.fieldsNamed(), "a wrong type first, before the rules");
        Answer blank = Api.post(Api.CY_CLERK, mediations, Json.createObjectBuilder().add("kind", "PEOPLE").build());
        assertEquals(List.of("mediator"), blank.fieldsNamed());

        Answer referred = Api.post(Api.CY_CLERK, mediations, people);
        assertEquals(201, referred.status(), referred.toString());
        assertTrue(referred.json().getBoolean("open"));
        assertTrue(referred.json().getInt("clocksPaused") > 0, "the default setting pauses the clocks: " + referred);
        assertTrue(clockStatuses(caseId).contains("PAUSED"), "the case page shows them paused");
        HttpResponse<String> casePage = SignedInPagesIT.signInAndOpen(Api.CY_CLERK, "/app/cases/view.xhtml?id=" + caseId);
        assertEquals(200, casePage.statusCode());
        assertTrue(casePage.body().contains("访调对接") && casePage.body().contains("朝阳区人民调解委员会") && casePage.body().contains("调解中"),
                "the case page shows the open mediation");
        Answer second = Api.post(Api.CY_LEADER, mediations,
                Json.createObjectBuilder().add("kind", "JUDICIAL").add("mediator", "朝阳区人民法院诉调对接中心").build());
        assertEquals(409, second.status(), "one open mediation per case: " + second);

        String today = Api.today().toString();
        Answer noAgreement = Api.post(Api.CY_CLERK, mediations + "/outcome",
                Json.createObjectBuilder().add("result", "SUCCEEDED").add("concludedOn", today).build());
        assertEquals(400, noAgreement.status());
        assertEquals(List.of("agreement"), noAgreement.fieldsNamed());
        Answer outcome = Api.post(Api.CY_CLERK, mediations + "/outcome", Json.createObjectBuilder().add("result", "SUCCEEDED")
                .add("agreement", "用工单位于 7 日内支付拖欠工资。").add("concludedOn", today).build());
        assertEquals(200, outcome.status(), outcome.toString());
        assertEquals("调解成功", outcome.json().getString("resultLabel"));
        assertFalse(clockStatuses(caseId).contains("PAUSED"), "the clocks run again");
        assertEquals(409, Api.post(Api.CY_CLERK, mediations + "/outcome", Json.createObjectBuilder().add("result", "FAILED")
                .add("concludedOn", today).build()).status(), "nothing open any more");
        List<JsonObject> listed = Api.get(Api.CY_CLERK, mediations).array().getValuesAs(JsonObject.class);
        assertEquals(1, listed.size());
        assertEquals("SUCCEEDED", listed.get(0).getString("result"));
        assertEquals(404, Api.get(Api.DC_CLERK, mediations).status());
    }

    @Test
    void theMonthsMeetingReviewsVisibleMattersAndItsOverdueDecisionsAreFlaggedUntilDone() throws Exception {
        long cy = unitOf(Api.CY_LEADER);
        long ownCase = Api.register(Api.CY_CLERK, Api.newCase(Api.uniqueSubject("例会研判事项"))).getJsonNumber("id").longValue();
        long otherCase = Api.register(Api.DC_CLERK, Api.newCase(Api.uniqueSubject("东城区事项"))).getJsonNumber("id").longValue();
        LocalDate held = Api.today().minusDays(5);
        String month = YearMonth.from(held).toString();
        String decision = "核查拖欠工资情况并书面报告 " + tag();

        Answer wrongTypes = Api.postText(Api.CY_LEADER, MEETINGS, "{\"meetingDate\":\"" + held + "\",\"month\":\"2026-13\",\"attendees\":\"局领导\","
                + "\"caseIds\":[" + ownCase + ",\"x\"],\"decisions\":[{\"decision\":\"d\",\"responsible\":\"r\",\"dueOn\":\"soon\"}]}");
        assertEquals(400, wrongTypes.status(), wrongTypes.toString());
        assertEquals(List.of("month", "caseIds[1]", "decisions[0].dueOn"), wrongTypes.fieldsNamed());

        JsonObject base = Json.createObjectBuilder().add("meetingDate", held.toString()).add("month", month)
                .add("attendees", "朝阳区信访局局长、副局长，各街道分管领导").add("situation", "本月集体访 2 批次，欠薪类占比上升。")
                .add("decisions", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("decision", decision).add("responsible", "刘洋（副局长）")
                                .add("dueOn", Api.today().minusDays(1).toString()))
                        .add(Json.createObjectBuilder().add("decision", "月底前完成欠薪隐患排查").add("responsible", "陈静")
                                .add("dueOn", Api.today().plusDays(20).toString()))).build();
        Answer refused = Api.post(Api.CY_LEADER, MEETINGS,
                Json.createObjectBuilder(base).add("caseIds", Json.createArrayBuilder().add(ownCase).add(otherCase).add(999_999_999L)).build());
        assertEquals(400, refused.status(), refused.toString());
        assertEquals(List.of("caseIds"), refused.fieldsNamed());
        assertTrue(refused.messageFor("caseIds").startsWith("事项 " + otherCase + "、999999999 不存在"), refused.toString());

        JsonObject ok = Json.createObjectBuilder(base).add("caseIds", Json.createArrayBuilder().add(ownCase)).build();
        assertEquals(403, Api.post(Api.DC_CLERK, MEETINGS, Json.createObjectBuilder(ok).add("unitId", cy).build()).status());
        Answer created = Api.post(Api.CY_LEADER, MEETINGS, ok);
        assertEquals(201, created.status(), created.toString());
        JsonObject meeting = created.json();
        long meetingId = meeting.getJsonNumber("id").longValue();
        assertEquals(month, meeting.getString("month"));
        assertEquals(ownCase, meeting.getJsonArray("matters").getJsonObject(0).getJsonNumber("caseId").longValue());
        JsonObject late = meeting.getJsonArray("decisions").getJsonObject(0);
        assertTrue(late.getBoolean("overdue"), late.toString());
        assertFalse(meeting.getJsonArray("decisions").getJsonObject(1).getBoolean("overdue"));

        assertTrue(Api.get(Api.QZ_LEADER, MEETINGS + "?unitId=" + cy + "&month=" + month).array().getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> m.getJsonNumber("id").longValue() == meetingId), "the city lists the district's meeting of the month");
        assertEquals(List.of("month"), Api.get(Api.CY_LEADER, MEETINGS + "?month=2026-13").fieldsNamed());
        assertEquals(404, Api.get(Api.DC_CLERK, MEETINGS + "/" + meetingId).status());

        long lateId = late.getJsonNumber("id").longValue();
        assertEquals(List.of("note"), Api.post(Api.CY_CLERK, MEETINGS + "/decisions/" + lateId + "/done", Json.createObjectBuilder().build()).fieldsNamed());
        assertEquals(404, Api.post(Api.DC_CLERK, MEETINGS + "/decisions/" + lateId + "/done",
                Json.createObjectBuilder().add("note", "越界").build()).status());
        assertEquals(403, Api.post(Api.QZ_LEADER, MEETINGS + "/decisions/" + lateId + "/done",
                Json.createObjectBuilder().add("note", "上级代记").build()).status());
        Answer done = Api.post(Api.CY_CLERK, MEETINGS + "/decisions/" + lateId + "/done",
                Json.createObjectBuilder().add("note", "已核查 3 家企业，书面报告已报送。").build());
        assertEquals(200, done.status(), done.toString());
        assertTrue(done.json().getBoolean("done"));
        assertFalse(Api.get(Api.CY_CLERK, MEETINGS + "/" + meetingId).json().getJsonArray("decisions").getJsonObject(0).getBoolean("overdue"));
        assertEquals(409, Api.post(Api.CY_CLERK, MEETINGS + "/decisions/" + lateId + "/done",
                Json.createObjectBuilder().add("note", "再记").build()).status());

        HttpResponse<String> page = SignedInPagesIT.signInAndOpen(Api.CY_LEADER, "/app/prevention/meetings.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("信访形势分析研判例会") && page.body().contains(decision) && page.body().contains("已核查 3 家企业"),
                "the desk's page lists the meeting with its decisions followed up");

        List<List<String>> ledger = Workbooks.cells(Api.getBytes(Api.CY_LEADER, MEETINGS + "/decisions/export?from=" + held + "&to=" + held).body());
        assertTrue(ledger.get(0).get(0).contains("朝阳区") && ledger.get(0).get(0).contains("决定事项") && ledger.get(0).get(0).contains(held.toString()),
                ledger.get(0).toString());
        assertTrue(ledger.get(1).containsAll(List.of("会议日期", "决定事项", "责任人", "完成期限", "是否落实", "是否逾期", "落实情况")), ledger.get(1).toString());
        List<String> row = ledger.stream().filter(r -> r.contains(decision)).findFirst().orElseThrow(() -> new AssertionError(ledger.toString()));
        assertEquals("是", row.get(ledger.get(1).indexOf("是否落实")));
        assertTrue(Workbooks.cells(Api.getBytes(Api.DC_CLERK, MEETINGS + "/decisions/export").body()).stream().noneMatch(r -> r.contains(decision)));
    }

    private static List<String> clockStatuses(long caseId) {
        return Api.get(Api.CY_CLERK, "/cases/" + caseId + "/procedure").json().getJsonArray("clocks").getValuesAs(JsonObject.class).stream()
                .map(k -> k.getString("status")).toList();
    }
}
