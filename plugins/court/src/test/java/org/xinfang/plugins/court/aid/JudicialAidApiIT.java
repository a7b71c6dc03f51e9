package org.xinfang.plugins.court.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.it.Deployments;
import org.xinfang.it.Race;
import org.xinfang.it.api.Api;
import org.xinfang.it.api.Api.Answer;

/**
 * Judicial aid over HTTP, in a court of the test's own (and a second court beside it, which must not
 * see the first one's aid): the whole way from application to receipt, audited; every bad value named
 * and nothing saved; steps out of order, stale versions and two leaders at once refused with 409; a
 * caller's figures counting only the courts they see.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class JudicialAidApiIT {

    private static final byte[] SCANNED_RECEIPT = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    /** A court of the test's own and its people. */
    record Court(long id, String reception, String leader, String secondLeader) {

        static Court create() {
            long court = Api.id(Api.newUnit(null, "测试中级人民法院", "COURT", "court"));
            return new Court(court, Api.newPerson(court, "COURT_RECEPTION"), Api.newPerson(court, "COURT_LEADER", "测试院长"),
                    Api.newPerson(court, "COURT_LEADER", "测试副院长"));
        }

        long petition() {
            return Api.id(Api.register(reception, Api.newCase(Api.uniqueSubject("申请司法救助")).add("unitId", id)
                    .add("form", Api.courtForm("(2024)京0105民初1234号"))));
        }

        String aid(long caseId) {
            return "/court/cases/" + caseId + "/aid";
        }
    }

    static JsonObjectBuilder application(Object amount) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("applicant", "陈某").add("reason", "无房居住，生活困难")
                .add("appliedOn", Api.today().toString());
        return amount instanceof String s ? body.add("amountAsked", s) : body.add("amountAsked", (BigDecimal) amount);
    }

    static JsonObject applied(Court court, long caseId, String amount) {
        Answer created = Api.post(court.reception(), court.aid(caseId), application(new BigDecimal(amount)).build());
        assertEquals(201, created.status(), created::toString);
        return created.json();
    }

    static Answer approve(String leader, Court court, long caseId, JsonObject aid, String source, String amount) {
        return Api.post(leader, court.aid(caseId) + "/" + Api.id(aid) + "/decision", Json.createObjectBuilder()
                .add("version", aid.getJsonNumber("version").longValue()).add("approve", true).add("source", source)
                .add("amountGranted", new BigDecimal(amount)).add("note", "同意救助").build());
    }

    static Answer pay(Court court, long caseId, JsonObject aid, String amount, String note) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("version", aid.getJsonNumber("version").longValue())
                .add("amountPaid", new BigDecimal(amount)).add("paidBy", "立案庭王某");
        return Api.post(court.reception(), court.aid(caseId) + "/" + Api.id(aid) + "/payment", (note == null ? body : body.add("note", note)).build());
    }

    static Answer receive(Court court, long caseId, JsonObject aid, byte[] scan) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("version", aid.getJsonNumber("version").longValue()).add("note", "本人签收");
        if (scan != null) {
            body.add("scan", Json.createObjectBuilder().add("fileName", "签收单.pdf").add("content", Base64.getEncoder().encodeToString(scan)));
        }
        return Api.post(court.reception(), court.aid(caseId) + "/" + Api.id(aid) + "/receipt", body.build());
    }

    static JsonObject ok(Answer answer) {
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    @Test
    void aidGoesFromApplicationToReceiptWithTheScanKeptAndEveryStepAudited() {
        Court court = Court.create();
        long caseId = court.petition();

        JsonObject aid = applied(court, caseId, "5000");
        assertEquals("APPLIED", aid.getString("state"));
        assertEquals("已申请，待审批", aid.getString("stateLabel"));
        assertEquals(new BigDecimal("5000.00"), aid.getJsonNumber("amountAsked").bigDecimalValue());
        aid = ok(approve(court.leader(), court, caseId, aid, "STAFF_DONATION", "4500"));
        assertEquals("APPROVED", aid.getString("state"));
        assertEquals("干警捐款", aid.getString("sourceLabel"));
        assertEquals("测试院长", aid.getString("decidedBy"));
        aid = ok(pay(court, caseId, aid, "4500.00", null));
        assertEquals("PAID", aid.getString("state"));
        aid = ok(receive(court, caseId, aid, SCANNED_RECEIPT));
        assertEquals("RECEIVED", aid.getString("state"));
        assertEquals(Api.today().toString(), aid.getString("receivedOn"));
        assertFalse(aid.isNull("receiptDocumentId"), aid::toString);

        List<JsonObject> listed = Api.get(court.leader(), court.aid(caseId)).array().getValuesAs(JsonObject.class);
        assertEquals(1, listed.size());
        assertEquals(new BigDecimal("4500.00"), listed.get(0).getJsonNumber("amountPaid").bigDecimalValue());
        String trail = Api.get(court.leader(), "/cases/" + caseId + "/audit").body();
        for (String action : List.of("COURT_AID_APPLIED", "COURT_AID_APPROVED", "COURT_AID_PAID", "COURT_AID_RECEIVED")) {
            assertTrue(trail.contains(action), action + " in " + trail);
        }
        assertEquals(4, trail.split("第" + Api.id(aid) + "号：", -1).length - 1, trail);
        assertTrue(trail.contains(" 元，来源：干警捐款") && trail.contains("签收单已存入文书"), "in words the record's reader knows: " + trail);
    }

    @Test
    void badValuesAreNamedEachAndNothingIsSaved() {
        Court court = Court.create();
        long caseId = court.petition();

        Answer refused = Api.post(court.reception(), court.aid(caseId), Json.createObjectBuilder().add("applicant", " ")
                .add("amountAsked", "12.345").add("appliedOn", Api.today().plusDays(1).toString()).build());
        assertEquals(400, refused.status(), refused::toString);
        assertEquals(List.of("applicant", "reason", "amountAsked", "appliedOn"), refused.fieldsNamed());
        assertEquals("申请金额（元）最多保留两位小数（到分）", refused.messageFor("amountAsked"));
        assertEquals("申请日期不能晚于今天", refused.messageFor("appliedOn"));

        refused = Api.post(court.reception(), court.aid(caseId), application("四千五").add("payee", "x").build());
        assertEquals(400, refused.status(), refused::toString);
        assertEquals(List.of("payee", "amountAsked"), refused.fieldsNamed());
        assertEquals(400, Api.post(court.reception(), court.aid(caseId), application(new BigDecimal("-1")).build()).status());
        Answer tooMuch = Api.post(court.reception(), court.aid(caseId), application(new BigDecimal("4500000")).build());
        assertTrue(tooMuch.messageFor("amountAsked").contains("1,000,000"), tooMuch::toString);
        assertEquals(400, Api.postText(court.reception(), court.aid(caseId), "{not json").status());
        assertEquals(0, Api.get(court.reception(), court.aid(caseId)).array().size(), "nothing saved");

        JsonObject aid = applied(court, caseId, "3000");
        Answer overAsked = approve(court.leader(), court, caseId, aid, "AID_FUND", "3000.01");
        assertEquals(List.of("amountGranted"), overAsked.fieldsNamed());
        assertEquals("批准金额不能超过申请金额（3,000元）", overAsked.messageFor("amountGranted"));
        Answer noSource = Api.post(court.leader(), court.aid(caseId) + "/" + Api.id(aid) + "/decision", Json.createObjectBuilder()
                .add("version", 0).add("approve", true).add("source", "CHARITY").add("amountGranted", 100).build());
        assertEquals(List.of("source"), noSource.fieldsNamed());
        Answer refusalWithoutReason = Api.post(court.leader(), court.aid(caseId) + "/" + Api.id(aid) + "/decision",
                Json.createObjectBuilder().add("version", 0).add("approve", false).build());
        assertEquals(List.of("note"), refusalWithoutReason.fieldsNamed(), "the problem names the field of the body");
        assertEquals("不予救助理由不能为空", refusalWithoutReason.messageFor("note"));
        Answer noVersion = Api.post(court.leader(), court.aid(caseId) + "/" + Api.id(aid) + "/decision",
                Json.createObjectBuilder().add("approve", false).add("note", "不符合条件").build());
        assertEquals(List.of("version"), noVersion.fieldsNamed());
        assertEquals("APPLIED", Api.get(court.reception(), court.aid(caseId)).array().getJsonObject(0).getString("state"));

        aid = ok(approve(court.leader(), court, caseId, aid, "AID_FUND", "2000"));
        Answer paidLess = pay(court, caseId, aid, "1500", null);
        assertEquals(List.of("note"), paidLess.fieldsNamed(), paidLess::toString);
        assertEquals(List.of("amountPaid"), pay(court, caseId, aid, "2500", "多发").fieldsNamed());
        aid = ok(pay(court, caseId, aid, "1500", "分两次发放，首次1500元"));
        Answer notAScan = receive(court, caseId, aid, "hello".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, notAScan.status(), notAScan::toString);
        assertEquals("PAID", Api.get(court.reception(), court.aid(caseId)).array().getJsonObject(0).getString("state"),
                "a refused scan leaves the payment awaiting its receipt");
    }

    @Test
    void stepsOutOfOrderOrOnAStaleVersionAreRefusedWith409() {
        Court court = Court.create();
        long caseId = court.petition();
        JsonObject aid = applied(court, caseId, "800");

        Answer early = pay(court, caseId, aid, "800", null);
        assertEquals(409, early.status(), early::toString);
        assertEquals("该司法救助申请现为“已申请，待审批”，不能登记发放（须先经院领导批准，且只能发放一次）", early.json().getString("message"));
        assertEquals(409, receive(court, caseId, aid, null).status());
        assertEquals(403, approve(court.reception(), court, caseId, aid, "AID_FUND", "800").status(), "only a leader decides");

        JsonObject refused = ok(Api.post(court.leader(), court.aid(caseId) + "/" + Api.id(aid) + "/decision", Json.createObjectBuilder()
                .add("version", aid.getJsonNumber("version").longValue()).add("approve", false).add("note", "不符合救助条件").build()));
        assertEquals("REFUSED", refused.getString("state"));
        Answer stale = approve(court.leader(), court, caseId, aid, "AID_FUND", "800");
        assertEquals(409, stale.status(), stale::toString);
        assertTrue(stale.json().getString("message").contains("已被他人办理"), stale::toString);
        Answer again = approve(court.leader(), court, caseId, refused, "AID_FUND", "800");
        assertEquals(409, again.status());
        assertTrue(again.json().getString("message").contains("不予救助"), again::toString);
        assertEquals(409, pay(court, caseId, refused, "800", null).status(), "a refused application is never paid");
        assertEquals(404, Api.post(court.reception(), court.aid(caseId) + "/999999999/payment",
                Json.createObjectBuilder().add("version", 0).add("amountPaid", 1).add("paidBy", "王某").build()).status());
    }

    @Test
    void twoLeadersDecidingAtOnceOneWinsTheOtherIsTold() throws InterruptedException {
        Court court = Court.create();
        long caseId = court.petition();
        JsonObject aid = applied(court, caseId, "6000");

        Race.Outcome<Answer> race = Race.atOnce(() -> approve(court.leader(), court, caseId, aid, "AID_FUND", "6000"),
                () -> approve(court.secondLeader(), court, caseId, aid, "STAFF_DONATION", "5000"));
        assertEquals(List.of(), race.lost());
        List<Integer> statuses = race.won().stream().map(Answer::status).sorted().toList();
        assertEquals(List.of(200, 409), statuses, race.won()::toString);
        JsonObject stored = Api.get(court.reception(), court.aid(caseId)).array().getJsonObject(0);
        assertEquals(1, stored.getJsonNumber("version").longValue(), "decided once");
    }

    @Test
    void aCourtThatCannotSeeTheCaseGets404AndFiguresCountOnlyTheCourtsSeen() {
        Court court = Court.create();
        Court other = Court.create();
        long caseId = court.petition();
        JsonObject aid = applied(court, caseId, "5000");
        aid = ok(approve(court.leader(), court, caseId, aid, "STAFF_DONATION", "4500"));
        ok(pay(court, caseId, aid, "4500", null));
        applied(court, caseId, "1000");

        assertEquals(404, Api.get(other.reception(), court.aid(caseId)).status());
        assertEquals(404, Api.post(other.reception(), court.aid(caseId), application(new BigDecimal("100")).build()).status());
        assertEquals(404, approve(other.leader(), court, caseId, aid, "AID_FUND", "1").status());
        long bureauCase = Api.id(Api.register(Api.CY_CLERK, Api.newCase(Api.uniqueSubject("非法院事项"))));
        Answer notCourt = Api.get(Api.CY_CLERK, "/court/cases/" + bureauCase + "/aid");
        assertEquals(404, notCourt.status());
        assertEquals("该事项不是法院的涉诉信访事项，不能办理司法救助", notCourt.json().getString("message"));

        JsonObject figures = ok(Api.get(court.leader(), "/court/aid/figures"));
        JsonObject total = figures.getJsonObject("total");
        assertEquals(2, total.getInt("count"));
        assertEquals(new BigDecimal("6000.00"), total.getJsonNumber("asked").bigDecimalValue());
        assertEquals(new BigDecimal("4500.00"), total.getJsonNumber("paid").bigDecimalValue());
        JsonObject donations = figures.getJsonArray("bySource").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("key").equals("STAFF_DONATION")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("4500.00"), donations.getJsonNumber("granted").bigDecimalValue());
        JsonObject paid = figures.getJsonArray("byState").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("key").equals("PAID")).findFirst().orElseThrow();
        assertEquals(1, paid.getInt("count"));
        assertEquals(0, ok(Api.get(other.leader(), "/court/aid/figures")).getJsonObject("total").getInt("count"), "another court's aid is not counted");
        String lastYear = String.valueOf(Api.today().getYear() - 1);
        assertEquals(0, ok(Api.get(court.leader(), "/court/aid/figures?year=" + lastYear)).getJsonObject("total").getInt("count"));
        String today = Api.today().toString();
        assertEquals(2, ok(Api.get(court.leader(), "/court/aid/figures?from=" + today + "&to=" + today)).getJsonObject("total").getInt("count"));

        assertEquals(List.of("year"), Api.get(court.leader(), "/court/aid/figures?year=abc").fieldsNamed());
        assertEquals(List.of("unit"), Api.get(court.leader(), "/court/aid/figures?unit=1").fieldsNamed());
        assertEquals(List.of("to"), Api.get(court.leader(), "/court/aid/figures?from=" + today).fieldsNamed());
        HttpResponse<byte[]> workbook = Api.getBytes(court.leader(), "/court/aid/figures.xlsx");
        assertEquals(200, workbook.statusCode());
        assertTrue(workbook.headers().firstValue("Content-Type").orElse("").startsWith("application/vnd.openxmlformats"), workbook.headers()::toString);
        assertEquals('P', (char) workbook.body()[0], "a zip: the .xlsx workbook");
    }
}
