package org.xinfang.plugins.discipline.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api;
import org.xinfang.it.api.Api.Answer;
import org.xinfang.it.api.PublicReceipts;
import org.xinfang.plugins.discipline.upward.HeadReportApiIT;

/**
 * An anonymous report's receipt code over HTTP: the clerk gets it once; with it, and without signing
 * in, the reporter reads only the answers meant for them and adds evidence that lands on the case;
 * every kind of wrong code gets one identical answer, and the sixth wrong try from an address within
 * fifteen minutes is refused before its code is looked at.
 *
 * <p>Wrong codes are sent from an address of their own (127.x.y.z, a loopback address chosen at
 * random and bound by a raw socket), so the throttle they trip holds back no other test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class AnonymousReceiptApiIT {

    private static final String CLERK = HeadReportApiIT.CITY_COMMISSION_CLERK;
    private static final String LEADER = "jw.discipline_leader";
    private static final String CODE = "[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void anAnonymousReportGetsItsCodeOnceAndOnlyItsHashIsKept() {
        long id = HeadReportApiIT.report(Api.uniqueSubject("匿名举报回执"), false, false);
        Answer issued = Api.post(CLERK, "/cases/" + id + "/receipt", JsonObject.EMPTY_JSON_OBJECT);
        assertEquals(201, issued.status(), issued::toString);
        String code = issued.json().getString("code");
        assertTrue(code.matches(CODE), code);
        assertEquals("/public/receipt.xhtml", issued.json().getString("publicPage"));

        Answer again = Api.post(CLERK, "/cases/" + id + "/receipt", JsonObject.EMPTY_JSON_OBJECT);
        assertEquals(409, again.status(), again::toString);
        assertTrue(again.json().getString("message").contains("回执码只显示一次"), again::toString);

        Answer read = Api.get(CLERK, "/cases/" + id + "/receipt");
        assertEquals(200, read.status(), read::toString);
        assertTrue(read.json().getBoolean("issued"));
        assertFalse(read.body().contains(code) || read.body().contains(code.replace("-", "")), "the code is never shown again");

        long other = HeadReportApiIT.report(Api.uniqueSubject("匿名举报回执"), false, false);
        String second = Api.post(CLERK, "/cases/" + other + "/receipt", JsonObject.EMPTY_JSON_OBJECT).json().getString("code");
        assertNotEquals(code, second);
    }

    @Test
    void aSignedReportGetsNoCodeAndALeaderGivesNone() {
        long signed = HeadReportApiIT.report(Api.uniqueSubject("实名举报"), false, true);
        Answer refused = Api.post(CLERK, "/cases/" + signed + "/receipt", JsonObject.EMPTY_JSON_OBJECT);
        assertEquals(409, refused.status(), refused::toString);
        assertTrue(refused.json().getString("message").endsWith("不是匿名举报或匿名热线投诉，不发放回执码。"), refused::toString);

        long anonymous = HeadReportApiIT.report(Api.uniqueSubject("匿名举报"), false, false);
        Answer byLeader = Api.post(LEADER, "/cases/" + anonymous + "/receipt", JsonObject.EMPTY_JSON_OBJECT);
        assertEquals(403, byLeader.status(), byLeader::toString);
        assertEquals(404, Api.post("cy.clerk", "/cases/" + anonymous + "/receipt", JsonObject.EMPTY_JSON_OBJECT).status(),
                "another unit's clerk does not even see the report");
    }

    @Test
    void withTheCodeTheReporterReadsOnlyTheAnswersMeantForThem() {
        String subject = Api.uniqueSubject("匿名举报某局长");
        long id = HeadReportApiIT.report(subject, false, false);
        String code = issue(id);
        Answer internal = Api.post(CLERK, "/cases/" + id + "/procedure/steps", Json.createObjectBuilder()
                .add("transition", "accept").add("version", Api.get(CLERK, "/cases/" + id).json().getJsonNumber("version").longValue())
                .build());
        assertEquals(200, internal.status(), internal::toString);
        Answer answered = Api.post(LEADER, "/cases/" + id + "/receipt/answers",
                Json.createObjectBuilder().add("text", "您反映的问题已受理，正在核实。\n核实结果将在此告知。").build());
        assertEquals(201, answered.status(), answered::toString);
        String number = answered.json().getString("label");

        Answer read = PublicReceipts.post("answers", Json.createObjectBuilder().add("code", code.toLowerCase()).build().toString());
        assertEquals(200, read.status(), read::toString);
        List<JsonObject> answers = read.json().getJsonArray("answers").getValuesAs(JsonObject.class);
        assertEquals(1, answers.size(), read::toString);
        assertEquals(number, answers.get(0).getString("number"));
        assertEquals("您反映的问题已受理，正在核实。\n核实结果将在此告知。", answers.get(0).getString("text"));
        assertEquals(List.of("answers", "evidence", "takesEvidence"), read.json().keySet().stream().sorted().toList(),
                "nothing but the answers and the reporter's own evidence");
        List<String> internalNumbers = Api.get(CLERK, "/cases/" + id + "/documents").array().getValuesAs(JsonObject.class).stream()
                .filter(d -> !d.isNull("number")).map(d -> d.getString("number")).filter(n -> !n.equals(number)).toList();
        assertFalse(internalNumbers.isEmpty(), "the acceptance notice is an internal document of the case");
        internalNumbers.forEach(n -> assertFalse(read.body().contains(n), "internal document " + n + " shown to the reporter"));
        assertFalse(read.body().contains(subject), "the case's subject is not the reporter's to read back");
    }

    @Test
    void evidenceTheReporterAddsLandsOnTheCaseThroughTheCoresChecks() throws IOException {
        long id = HeadReportApiIT.report(Api.uniqueSubject("匿名举报补充"), false, false);
        String code = issue(id);
        byte[] pdf;
        try (InputStream in = getClass().getResourceAsStream("/scans/letter.pdf")) {
            pdf = in.readAllBytes();
        }
        Answer added = PublicReceipts.post("evidence", Json.createObjectBuilder().add("code", code).add("text", "补充：该局长另有一处房产。")
                .add("fileName", "房产证明.pdf").add("content", Base64.getEncoder().encodeToString(pdf)).build().toString());
        assertEquals(201, added.status(), added::toString);
        JsonObject evidence = added.json().getJsonArray("evidence").getJsonObject(0);
        assertEquals("补充：该局长另有一处房产。", evidence.getString("text"));
        assertEquals("房产证明.pdf", evidence.getString("fileName"));

        JsonObject attachment = Api.get(CLERK, "/cases/" + id + "/documents").array().getValuesAs(JsonObject.class).stream()
                .filter(d -> "房产证明.pdf".equals(d.getString("fileName", null))).findFirst().orElseThrow(() -> new AssertionError("not on the case"));
        assertEquals("ATTACHMENT", attachment.getString("kind"));
        assertEquals("反映人补充材料", attachment.getString("title"));
        List<JsonObject> messages = Api.get(CLERK, "/cases/" + id + "/receipt").json().getJsonArray("messages")
                .getValuesAs(JsonObject.class);
        assertEquals("EVIDENCE", messages.get(0).getString("kind"));
        assertEquals("补充：该局长另有一处房产。", messages.get(0).getString("text"));

        Answer program = PublicReceipts.post("evidence", Json.createObjectBuilder().add("code", code).add("text", "再补充")
                .add("fileName", "照片.pdf").add("content", Base64.getEncoder().encodeToString(new byte[] {'M', 'Z', 0, 0, 1, 2, 3})).build()
                .toString());
        assertEquals(415, program.status(), program::toString);
        assertEquals(1, Api.get(CLERK, "/cases/" + id + "/receipt").json().getJsonArray("messages").size(),
                "the refused file's text was not kept either");
    }

    @Test
    void everyKindOfWrongCodeGetsOneAnswerAndTheSixthTryIsThrottled() {
        long id = HeadReportApiIT.report(Api.uniqueSubject("匿名举报猜码"), false, false);
        String code = issue(id);
        String guesser = PublicReceipts.guesserAddress();
        List<String> wrong = List.of(
                "{\"code\":\"" + (code.startsWith("0") ? "1" : "0") + code.substring(1) + "\"}",
                "{\"code\":\"not-a-code\"}",
                "{}",
                "this is not JSON",
                "{\"code\":\"" + code.substring(0, 10) + "\"}");
        PublicReceipts.Raw first = null;
        for (String body : wrong) {
            PublicReceipts.Raw answer = PublicReceipts.postFrom(guesser, "answers", body);
            assertEquals(404, answer.status(), body + " → " + answer.body());
            if (first == null) {
                first = answer;
            }
            assertEquals(first.body(), answer.body(), "the same answer whatever was wrong: " + body);
        }
        assertEquals(Json.createObjectBuilder().add("status", 404).add("error", "not_found")
                        .add("message", "回执码无效，请核对后重新输入。多次输入错误将被暂停查询。").add("fields", Json.createArrayBuilder()).build(),
                Json.createReader(new StringReader(first.body())).readObject(), "nothing in the answer says what was wrong");

        PublicReceipts.Raw throttled = PublicReceipts.postFrom(guesser, "answers", "{\"code\":\"" + code + "\"}");
        assertEquals(429, throttled.status(), throttled.body());
        assertTrue(throttled.body().contains("输入错误次数过多，请 15 分钟后再试。"), throttled.body());
        assertTrue(throttled.head().toLowerCase().contains("retry-after:"), throttled.head());

        assertEquals(200, PublicReceipts.post("answers", "{\"code\":\"" + code + "\"}").status(), "another address is not held back");
    }

    @Test
    void theCodeFollowsItsReportUpToTheProvinceAndAClosedReportTakesNoMoreEvidence() {
        long id = HeadReportApiIT.report(Api.uniqueSubject("匿名反映市纪委主要负责人"), true, false);
        String code = issue(id);
        Answer sent = Api.post(CLERK, "/cases/" + id + "/procedure/steps", Json.createObjectBuilder()
                .add("transition", "forwardUpwardSealed").add("version", version(CLERK, id)).build());
        assertEquals(200, sent.status(), sent::toString);
        Answer added = PublicReceipts.post("evidence", Json.createObjectBuilder().add("code", code).add("text", "补充：时间地点")
                .add("fileName", "照片.jpg").add("content", Base64.getEncoder().encodeToString(fixture("photo.jpg"))).build().toString());
        assertEquals(201, added.status(), "the evidence goes to the commission that holds the report now: " + added);
        String province = "sd-jw.discipline_clerk";
        assertTrue(Api.get(province, "/cases/" + id + "/documents").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(d -> "照片.jpg".equals(d.getString("fileName", null))));

        Answer accepted = Api.post(province, "/cases/" + id + "/procedure/steps", Json.createObjectBuilder()
                .add("transition", "accept").add("version", version(province, id)).build());
        assertEquals(200, accepted.status(), accepted::toString);
        Answer settled = Api.post("sd-jw.discipline_leader", "/cases/" + id + "/procedure/steps", Json.createObjectBuilder()
                .add("transition", "settle").add("version", version(province, id)).add("reason", "反映问题已查清，予以了结").build());
        assertEquals(200, settled.status(), settled::toString);

        Answer read = PublicReceipts.post("answers", "{\"code\":\"" + code + "\"}");
        assertEquals(200, read.status(), "the final answer can still be read: " + read);
        assertFalse(read.json().getBoolean("takesEvidence"));
        Answer late = PublicReceipts.post("evidence", Json.createObjectBuilder().add("code", code).add("text", "再补充").build().toString());
        assertEquals(409, late.status(), late::toString);
        assertEquals("此件已办结，不再接收补充材料。", late.json().getString("message"));
    }

    private static long version(String user, long id) {
        return Api.get(user, "/cases/" + id).json().getJsonNumber("version").longValue();
    }

    private static byte[] fixture(String name) {
        try (InputStream in = AnonymousReceiptApiIT.class.getResourceAsStream("/scans/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String issue(long id) {
        Answer issued = Api.post(CLERK, "/cases/" + id + "/receipt", JsonObject.EMPTY_JSON_OBJECT);
        assertEquals(201, issued.status(), issued::toString);
        return issued.json().getString("code");
    }
}
