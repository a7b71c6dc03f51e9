package org.xinfang.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api.Answer;

/**
 * Supervision over HTTP with the demo users: the city's leader gives a 督办 on a district case and
 * closes it once the district answered in writing; bad bodies are refused naming each field; the
 * district cannot supervise itself or close the city's order; another district sees nothing; the
 * inbox is each user's own; only an administrator runs the watch by hand.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupervisionApiIT {

    private static final String CY_HANDLER = "cy.handler";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void theCityOrdersTheDistrictAnswersAndOnlyTheCityCloses() {
        String subject = "督办接口测试 " + UUID.randomUUID().toString().substring(0, 8);
        Answer registered = Api.post(Api.CY_CLERK, "/cases", Api.newCase(subject).build());
        assertEquals(201, registered.status(), registered.toString());
        long caseId = registered.json().getJsonNumber("id").longValue();
        String orders = "/cases/" + caseId + "/supervision/orders";

        Answer bad = Api.postText(Api.QZ_LEADER, orders, "{\"kind\":\"SOON\",\"reason\":\"请办理\",\"dueOn\":\"2026-02-30\",\"issuingUnitId\":\"city\"}");
        assertEquals(400, bad.status(), bad.toString());
        assertTrue(bad.fieldsNamed().containsAll(List.of("kind", "dueOn", "issuingUnitId")), bad.toString());
        Answer noReason = Api.post(Api.QZ_LEADER, orders, Json.createObjectBuilder().add("kind", "SUPERVISION").build());
        assertEquals(400, noReason.status(), noReason.toString());
        assertEquals(List.of("reason"), noReason.fieldsNamed());
        assertEquals(403, Api.post(Api.CY_LEADER, orders, order("自己督办自己")).status(), "a unit does not supervise itself");
        assertEquals(404, Api.post(Api.DC_CLERK, orders, order("隔壁区")).status(), "another district does not see it");
        assertEquals(0, Api.get(Api.CY_CLERK, "/cases/" + caseId + "/supervision").json().getJsonArray("orders").size(), "nothing half-saved");

        Answer given = Api.post(Api.QZ_LEADER, orders, order("请朝阳区于期限内办结并书面报告。"));
        assertEquals(201, given.status(), given.toString());
        Answer again = Api.post(Api.QZ_LEADER, orders, order("再次督办"));
        assertEquals(409, again.status(), "one open 督办 per issuing unit and case: " + again);
        JsonObject order = given.json();
        long orderId = order.getJsonNumber("id").longValue();
        assertTrue(order.getString("number").matches(".*督〔\\d{4}〕\\d+号"), order.toString());
        assertEquals("OPEN", order.getString("status"));
        Answer letter = Api.get(Api.CY_CLERK, "/cases/" + caseId + "/documents/" + order.getJsonNumber("documentId").longValue());
        assertEquals(200, letter.status(), "the district reads the letter it was sent");

        JsonObject seen = Api.get(CY_HANDLER, "/cases/" + caseId + "/supervision").json().getJsonArray("orders").getJsonObject(0);
        assertTrue(seen.getBoolean("mayAnswer") && !seen.getBoolean("mayClose"), seen.toString());
        Answer outsider = Api.post(Api.DC_CLERK, "/supervision/orders/" + orderId + "/answer", Json.createObjectBuilder().add("answer", "x").build());
        Answer missing = Api.post(Api.DC_CLERK, "/supervision/orders/999999999/answer", Json.createObjectBuilder().add("answer", "x").build());
        assertEquals(missing.status(), outsider.status(), "an order one may not see answers as one that does not exist: " + outsider);
        assertTrue(outsider.toString().contains(String.valueOf(orderId)), "naming the id asked for: " + outsider);

        Answer blank = Api.post(CY_HANDLER, "/supervision/orders/" + orderId + "/answer", Json.createObjectBuilder().add("answer", " ").build());
        assertEquals(400, blank.status(), blank.toString());
        assertEquals(List.of("answer"), blank.fieldsNamed());
        Answer early = Api.post(Api.QZ_LEADER, "/supervision/orders/" + orderId + "/close", Json.createObjectBuilder().build());
        assertEquals(409, early.status(), "no written answer yet: " + early);
        Answer answered = Api.post(CY_HANDLER, "/supervision/orders/" + orderId + "/answer",
                Json.createObjectBuilder().add("answer", "已办结：用工单位已支付工资，信访人签字确认。").build());
        assertEquals(200, answered.status(), answered.toString());
        assertEquals("ANSWERED", answered.json().getString("status"));

        assertEquals(403, Api.post(Api.CY_LEADER, "/supervision/orders/" + orderId + "/close", Json.createObjectBuilder().build()).status(),
                "only the unit that gave it closes it");
        Answer closed = Api.post(Api.QZ_LEADER, "/supervision/orders/" + orderId + "/close", Json.createObjectBuilder().add("note", "同意办结").build());
        assertEquals(200, closed.status(), closed.toString());
        assertEquals("CLOSED", closed.json().getString("status"));
        assertEquals(409, Api.post(Api.QZ_LEADER, "/supervision/orders/" + orderId + "/close", Json.createObjectBuilder().build()).status());
        assertEquals(404, Api.get(Api.DC_CLERK, "/cases/" + caseId + "/supervision").status());
    }

    @Test
    void theInboxIsOnesOwnAndListedOrdersAreForEveryone() {
        String subject = "挂牌督办接口测试 " + UUID.randomUUID().toString().substring(0, 8);
        JsonObject registered = Api.post(Api.CY_CLERK, "/cases", Api.newCase(subject).build()).json();
        long caseId = registered.getJsonNumber("id").longValue();
        String number = registered.getString("number");
        Answer listed = Api.post(Api.QZ_LEADER, "/cases/" + caseId + "/supervision/orders",
                Json.createObjectBuilder().add("kind", "LISTED").add("reason", "列为挂牌督办。").build());
        assertEquals(201, listed.status(), listed.toString());
        assertEquals(409, Api.post(Api.QZ_LEADER, "/cases/" + caseId + "/supervision/orders", Json.createObjectBuilder().add("kind", "SUPERVISION")
                .add("reason", "再发督办函").build()).status(), "no 督办 below an open 挂牌督办 of the same unit");
        JsonObject onBoard = Api.get(Api.DC_CLERK, "/supervision/listed").array().getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("caseNumber").equals(number)).findFirst().orElseThrow(() -> new AssertionError("not on the board"));
        assertTrue(!onBoard.containsKey("reason") && !onBoard.containsKey("answer") && !onBoard.containsKey("caseId"),
                "the board shows what the page shows, nothing of the case's inside: " + onBoard);
        assertFalse(onBoard.getString("subject").contains(subject), "the subject only to those who may open the case: " + onBoard);
        assertTrue(Api.get(Api.CY_CLERK, "/supervision/listed").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(l -> l.getString("caseNumber").equals(number) && l.getString("subject").equals(subject)), "the district reads it");

        JsonObject inbox = Api.get(CY_HANDLER, "/inbox?unread=true").json();
        JsonObject message = inbox.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("body").contains(subject)).findFirst().orElseThrow(() -> new AssertionError(inbox.toString()));
        long messageId = message.getJsonNumber("id").longValue();
        Answer crossSite = Api.send(Api.request(CY_HANDLER, "/inbox/" + messageId + "/read").header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x")));
        assertEquals(415, crossSite.status(), "a plain form post (what another site can send) is refused");
        assertEquals(403, Api.post(Api.DC_CLERK, "/inbox/" + messageId + "/read", Json.createObjectBuilder().build()).status(),
                "another user's message is not there for them");
        Answer read = Api.post(CY_HANDLER, "/inbox/" + messageId + "/read", Json.createObjectBuilder().build());
        assertEquals(200, read.status(), read.toString());
        assertTrue(Api.get(CY_HANDLER, "/inbox?unread=true").json().getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .noneMatch(m -> m.getJsonNumber("id").longValue() == messageId));
        assertEquals(400, Api.get(CY_HANDLER, "/inbox?unread=maybe").status());

        assertEquals(403, Api.post(Api.CY_CLERK, "/supervision/scan", Json.createObjectBuilder().build()).status(), "administrators only");
        Answer badDate = Api.post(Api.CY_CLERK, "/supervision/referrals/1/return",
                Json.createObjectBuilder().add("reason", "补充材料").add("dueOn", "tomorrow").build());
        assertEquals(400, badDate.status(), badDate.toString());
        assertEquals(List.of("dueOn"), badDate.fieldsNamed());
        assertEquals(403, Api.post(Api.CY_CLERK, "/supervision/referrals/999999999/report",
                Json.createObjectBuilder().add("report", "已办结").build()).status(), "no such referral for this user");
    }

    @Test
    void exportsHoldWhatTheCallerSeesUnderChineseHeadsAndATitle() throws Exception {
        String subject = "导出测试 " + UUID.randomUUID().toString().substring(0, 8);
        long caseId = Api.post(Api.CY_CLERK, "/cases", Api.newCase(subject).build()).json().getJsonNumber("id").longValue();
        assertEquals(201, Api.post(Api.QZ_LEADER, "/cases/" + caseId + "/supervision/orders", order("请办理并报告。")).status());
        String day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(7).toString();

        java.net.http.HttpResponse<byte[]> mine = Api.getBytes(Api.CY_CLERK, "/cases/export?receivedFrom=" + day + "&q=" + java.net.URLEncoder.encode(subject, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, mine.statusCode());
        assertTrue(mine.headers().firstValue("Content-Disposition").orElse("").matches("attachment; filename=\"xinfang-cases-\\d{4}-\\d{2}-\\d{2}\\.xlsx\""),
                mine.headers().toString());
        List<List<String>> sheet = Workbooks.cells(mine.body());
        assertTrue(sheet.get(0).get(0).contains("朝阳区") && sheet.get(0).get(0).contains("信访事项") && sheet.get(0).get(0).contains(day),
                "the title names the unit, the list and the period: " + sheet.get(0));
        assertEquals("事项编号", sheet.get(1).get(0));
        assertTrue(sheet.get(1).containsAll(List.of("事由", "状态", "收到日期", "最近期限", "届满日")), sheet.get(1).toString());
        assertEquals(3, sheet.size(), "the title, the heads and the one case: " + sheet);
        assertEquals(subject, sheet.get(2).get(sheet.get(1).indexOf("事由")));

        assertEquals(2, Workbooks.cells(Api.getBytes(Api.DC_CLERK, "/cases/export?q=" + java.net.URLEncoder.encode(subject, java.nio.charset.StandardCharsets.UTF_8)).body()).size(),
                "another district's export holds no row of it");
        assertEquals(400, Api.getBytes(Api.CY_CLERK, "/cases/export?receivedFrom=yesterday").statusCode());

        List<List<String>> orders = Workbooks.cells(Api.getBytes(Api.QZ_LEADER, "/supervision/orders/export").body());
        assertTrue(orders.get(1).containsAll(List.of("督办方式", "督办函编号", "事项编号", "发出单位", "被督办单位", "是否逾期")), orders.get(1).toString());
        assertTrue(orders.stream().anyMatch(r -> r.contains(subject)), "the city's export lists its order");
        assertTrue(Workbooks.cells(Api.getBytes(Api.DC_CLERK, "/supervision/orders/export").body()).stream().noneMatch(r -> r.contains(subject)),
                "another district's does not");
    }

    @Test
    void theLedgersExportAsTheirPagesShowThem() throws Exception {
        long city = Api.get(Api.QZ_LEADER, "/me").json().getJsonArray("grants").getJsonObject(0).getJsonNumber("unitId").longValue();
        long district = Api.get(Api.CY_CLERK, "/me").json().getJsonArray("grants").getJsonObject(0).getJsonNumber("unitId").longValue();

        List<List<String>> roll = Workbooks.cells(Api.getBytes(Api.QZ_LEADER, "/reports/overview/export?unitId=" + city).body());
        assertTrue(roll.get(0).get(0).contains("青州市信访局") && roll.get(0).get(0).contains("零报告汇总"), roll.get(0).toString());
        assertTrue(roll.get(1).containsAll(List.of("报送期", "截止时间", "报送情况", "零报告")), roll.get(1).toString());
        assertTrue(roll.stream().anyMatch(r -> r.get(0).contains("朝阳区")), "the districts below are rows");
        assertEquals("合计", roll.get(roll.size() - 1).get(0));

        List<List<String>> ledger = Workbooks.cells(Api.getBytes(Api.CY_CLERK, "/screening/ledger/export?unitId=" + district + "&risk=HIGH").body());
        assertTrue(ledger.get(0).get(0).contains("矛盾纠纷排查台账"), ledger.get(0).toString());
        assertTrue(ledger.get(1).containsAll(List.of("排查日期", "当事人", "风险等级", "责任人", "化解情况")), ledger.get(1).toString());
        assertEquals(400, Api.getBytes(Api.CY_CLERK, "/screening/ledger/export?unitId=" + district + "&month=March").statusCode());
        assertEquals(400, Api.getBytes(Api.DC_CLERK, "/screening/ledger/export?unitId=" + district).statusCode(),
                "another district's ledger is not there for them");

        List<List<String>> owned = Workbooks.cells(Api.getBytes(Api.CY_LEADER, "/ownerships/export").body());
        assertTrue(owned.get(0).get(0).contains("包案台账"), owned.get(0).toString());
        assertTrue(owned.get(1).containsAll(List.of("包案任务", "包案领导", "承办人", "四包完成", "工作专班", "化解方案")), owned.get(1).toString());
    }

    private static JsonObject order(String reason) {
        return Json.createObjectBuilder().add("kind", "SUPERVISION").add("reason", reason).build();
    }
}
