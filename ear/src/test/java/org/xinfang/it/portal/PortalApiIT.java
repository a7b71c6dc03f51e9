package org.xinfang.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.it.Deployments;
import org.xinfang.it.SmsGateway;
import org.xinfang.it.api.Api;
import org.xinfang.it.api.Api.Answer;
import org.xinfang.it.api.PublicReceipts;
import org.xinfang.it.api.PublicReceipts.Raw;

/**
 * The petition portal's API (ADR 0038) as a member of the public calls it, without credentials: a signed
 * matter from submission through the unit's acceptance and decision to the petitioner fetching the
 * notice, rating it and asking for review (an anonymous report is the discipline plugin's PortalReportApiIT); every kind
 * of bad input refused by name with nothing saved; and guessing — wrong codes, a right code with a wrong
 * phone, a code tried from many addresses — answered alike and throttled.
 *
 * <p>Wrong tries go from loopback addresses of their own ({@link PublicReceipts#guesserAddress()}), so the
 * throttle they trip holds back no other test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class PortalApiIT {

    private static final String CODE = "[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}";
    private static final String PETITIONS = "/public/petitions";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    /** The test server's SMS gateway confirms signed petitioners' phones (ADR 0038): this test reads the codes. */
    private SmsGateway sms;

    @BeforeEach
    void startTheGateway() {
        sms = SmsGateway.start();
    }

    @AfterEach
    void stopTheGateway() {
        sms.close();
    }

    /** {@code body} with the code texted to {@code phone}, asked for from an address of its own (codes sent are counted per address). */
    JsonObjectBuilder confirmed(JsonObjectBuilder body, String phone) {
        Raw sent = PublicReceipts.postFromTo(PublicReceipts.guesserAddress(), PETITIONS + "/phone-code",
                Json.createObjectBuilder().add("phone", phone).build().toString());
        assertEquals(202, sent.status(), sent::toString);
        return body.add("phoneCode", sms.latestCodeTo(phone));
    }

    static JsonObjectBuilder petition(String subject, String phone) {
        return Json.createObjectBuilder()
                .add("unitId", Api.unitId("青州市朝阳区信访局"))
                .add("subject", subject)
                .add("content", "小区冬季室温长期低于16度，多次向物业和供热公司反映无果。")
                .add("category", "城乡建设")
                .add("name", "王建国")
                .add("phone", phone);
    }

    static Answer submit(JsonObject body, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.url(PETITIONS)))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return Api.send(request);
    }

    static Answer call(String path, JsonObjectBuilder body) {
        return PublicReceipts.postTo(PETITIONS + "/" + path, body.build().toString());
    }

    static JsonObjectBuilder opening(String code, String phone) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("code", code);
        return phone == null ? body : body.add("phone", phone);
    }

    /** The case behind a unique subject, as its unit's clerk finds it. */
    static JsonObject caseOf(String clerk, String subject) {
        List<JsonObject> found = Api.get(clerk, Api.casesWhere(Map.of("q", subject))).json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(1, found.size(), () -> "cases with " + subject + ": " + found);
        return found.get(0);
    }

    static Answer step(String user, long caseId, JsonObjectBuilder step) {
        long version = Api.get(user, "/cases/" + caseId).json().getJsonNumber("version").longValue();
        return Api.post(user, "/cases/" + caseId + "/procedure/steps", step.add("version", version).build());
    }

    @Test
    void aSignedMatterGoesFromSubmissionToReviewWithoutAVisit() {
        String subject = Api.uniqueSubject("反映小区供暖不达标");
        String phone = "139" + Api.digits(8);
        String key = UUID.randomUUID().toString();
        Answer unconfirmed = submit(petition(subject, phone).add("phoneCode", "000000").build(), key);
        assertEquals(400, unconfirmed.status(), "a signed matter confirms its phone: " + unconfirmed);
        assertEquals("phoneCode", unconfirmed.json().getJsonArray("fields").getJsonObject(0).getString("field"));
        assertEquals(0, Api.get(Api.CY_CLERK, Api.casesWhere(Map.of("q", subject))).json().getInt("total"), "nothing saved");

        JsonObject body = confirmed(petition(subject, phone), phone).build();
        Answer submitted = submit(body, key);
        assertEquals(201, submitted.status(), submitted::toString);
        String code = submitted.json().getString("code");
        assertTrue(code.matches(CODE), code);
        assertFalse(submitted.json().getBoolean("anonymous"));
        assertTrue(submitted.json().getBoolean("phoneConfirmed"));
        assertEquals(Api.today().plusDays(15).toString(), submitted.json().getString("answerDueOn"), "the intake clock of 15 days runs");

        Answer again = submit(body, key);
        assertEquals(200, again.status(), "a submission sent again is the same matter: " + again);
        Answer otherWithSameKey = submit(petition(Api.uniqueSubject("换了内容"), phone).build(), key);
        assertEquals(409, otherWithSameKey.status(), "the key of one submission sent with another is refused: " + otherWithSameKey);
        assertEquals(code, again.json().getString("code"));
        assertEquals(submitted.json().getString("caseNumber"), again.json().getString("caseNumber"));
        assertTrue(again.json().getBoolean("again"));

        JsonObject registered = caseOf(Api.CY_CLERK, subject);
        assertEquals("ONLINE", registered.getString("channel"));
        assertEquals("registered", registered.getString("status"));
        assertEquals("intake", registered.getJsonObject("nextDeadline").getString("clock"));
        long id = registered.getJsonNumber("id").longValue();

        JsonObject followed = call("follow", opening(code, phone)).json();
        assertEquals(submitted.json().getString("caseNumber"), followed.getString("caseNumber"));
        assertEquals("已登记", followed.getString("state"));
        assertEquals(Api.today().plusDays(15).toString(), followed.getJsonObject("next").getString("dueOn"));
        assertTrue(followed.getJsonArray("notices").isEmpty());
        assertTrue(followed.isNull("review"));

        assertEquals(200, step(Api.CY_CLERK, id, Json.createObjectBuilder().add("transition", "accept")).status());
        Answer decided = step("cy.handler", id, Json.createObjectBuilder().add("transition", "decide").add("outcome", "SUPPORT")
                .add("reason", "经核查，该小区供热不达标属实，已责令供热公司限期整改。"));
        assertEquals(200, decided.status(), decided::toString);

        followed = call("follow", opening(code, phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7))).json();
        assertEquals("已出具处理意见", followed.getString("state"), "the phone is recognised however it is written");
        List<JsonObject> notices = followed.getJsonArray("notices").getValuesAs(JsonObject.class);
        assertEquals(List.of("受理告知书", "处理意见书"), notices.stream().map(n -> n.getString("kind")).toList());
        assertTrue(notices.stream().allMatch(n -> n.isNull("fetchedAt")));
        JsonObject review = followed.getJsonObject("review");
        assertEquals("requestReview", review.getString("step"));
        assertEquals(Api.today().plusDays(30).toString(), review.getString("lastDay"));
        assertTrue(followed.getJsonObject("rating").getBoolean("open"));

        long decisionId = notices.get(1).getJsonNumber("id").longValue();
        Answer pdf = call("notice", opening(code, phone).add("noticeId", decisionId));
        assertEquals(200, pdf.status(), pdf::toString);
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.body().startsWith("%PDF-"), "a PDF");
        followed = call("follow", opening(code, phone)).json();
        assertFalse(followed.getJsonArray("notices").getJsonObject(1).isNull("fetchedAt"), "the fetch is recorded as service");
        assertTrue(followed.getJsonArray("notices").getJsonObject(0).isNull("fetchedAt"), "only the notice fetched is served");
        assertTrue(Api.get(Api.CY_CLERK, "/cases/" + id + "/audit").body().contains("NOTICE_SERVED_ONLINE"), "service is on the case's trail");

        Answer badRating = call("rating", opening(code, phone).add("rating", "GOOD"));
        assertEquals(400, badRating.status(), badRating::toString);
        assertEquals("rating", badRating.json().getJsonArray("fields").getJsonObject(0).getString("field"));
        Answer rated = call("rating", opening(code, phone).add("rating", "BASICALLY_SATISFIED"));
        assertEquals(200, rated.status(), rated::toString);
        assertEquals("BASICALLY_SATISFIED", rated.json().getJsonObject("rating").getString("given"));
        assertFalse(rated.json().getJsonObject("rating").getBoolean("open"));
        Answer twice = call("rating", opening(code, phone).add("rating", "SATISFIED"));
        assertEquals(409, twice.status(), "one rating per decision: " + twice);

        Answer noReason = call("review", opening(code, phone).add("reason", " "));
        assertEquals(400, noReason.status(), noReason::toString);
        assertEquals("reason", noReason.json().getJsonArray("fields").getJsonObject(0).getString("field"));
        Answer asked = call("review", opening(code, phone).add("reason", "整改后室温仍不达标，请求复查。"));
        assertEquals(200, asked.status(), asked::toString);
        assertEquals("复查中", asked.json().getString("state"));
        assertEquals("青州市信访局", asked.json().getString("unitName"), "the review body of a district bureau is the city's");
        assertTrue(asked.json().isNull("review"));
        Answer again2 = call("review", opening(code, phone).add("reason", "再次申请"));
        assertEquals(409, again2.status(), again2::toString);

        List<JsonObject> history = Api.get(Api.QZ_LEADER, "/cases/" + id + "/procedure").json().getJsonArray("history")
                .getValuesAs(JsonObject.class);
        JsonObject rating = history.stream().filter(s -> "rate".equals(s.getString("transition"))).findFirst().orElseThrow();
        assertEquals("online-petitioner", rating.getString("actor"));
        assertEquals("BASICALLY_SATISFIED", rating.getString("rating"));
        JsonObject reviewStep = history.stream().filter(s -> "requestReview".equals(s.getString("transition"))).findFirst().orElseThrow();
        assertEquals("online-petitioner", reviewStep.getString("actor"));

        Answer receipt = call("receipt", opening(code, phone));
        assertEquals(200, receipt.status(), receipt::toString);
        assertTrue(receipt.body().startsWith("%PDF-"));
    }

    @Test
    void theSameSubmissionSentTwiceAtOnceRegistersOneMatter() throws Exception {
        String subject = Api.uniqueSubject("同时重复提交");
        String phone = "136" + Api.digits(8);
        JsonObject body = confirmed(petition(subject, phone), phone).build();
        String key = UUID.randomUUID().toString();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> submit(body, key));
            var second = pool.submit(() -> submit(body, key));
            Answer a = first.get();
            Answer b = second.get();
            assertEquals(java.util.Set.of(200, 201), java.util.Set.of(a.status(), b.status()), a + " / " + b);
            assertEquals(a.json().getString("code"), b.json().getString("code"));
            assertEquals(a.json().getString("caseNumber"), b.json().getString("caseNumber"));
        } finally {
            pool.shutdown();
        }
        assertEquals(1, Api.get(Api.CY_CLERK, Api.casesWhere(Map.of("q", subject))).json().getInt("total"), "one matter, not two");
    }

    @Test
    void aPetitionerWhoGaveAnAddressIsToldByMailOfEachNoticeWithoutTheCode() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("xinfang.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            String subject = Api.uniqueSubject("邮件通知");
            String phone = "133" + Api.digits(8);
            String mail = "petitioner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
            Answer badAddress = submit(petition(subject, phone).add("email", "不是邮箱").build(), null);
            assertEquals(400, badAddress.status(), badAddress::toString);
            assertEquals("email", badAddress.json().getJsonArray("fields").getJsonObject(0).getString("field"));

            Answer submitted = submit(confirmed(petition(subject, phone).add("email", mail), phone).build(), null);
            assertEquals(201, submitted.status(), submitted::toString);
            long id = caseOf(Api.CY_CLERK, subject).getJsonNumber("id").longValue();
            assertEquals(200, step(Api.CY_CLERK, id, Json.createObjectBuilder().add("transition", "accept")).status());

            assertTrue(smtp.waitForIncomingEmail(10_000, 1), "a mail after the acceptance");
            List<jakarta.mail.internet.MimeMessage> toPetitioner = java.util.Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> {
                        try {
                            return java.util.Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(mail));
                        } catch (jakarta.mail.MessagingException e) {
                            throw new IllegalStateException(e);
                        }
                    }).toList();
            assertEquals(1, toPetitioner.size(), "one mail, for the one notice to the petitioner");
            String mailed = toPetitioner.get(0).getSubject() + "\n" + com.icegreen.greenmail.util.GreenMailUtil.getBody(toPetitioner.get(0));
            assertTrue(toPetitioner.get(0).getSubject().contains(submitted.json().getString("caseNumber"))
                    && toPetitioner.get(0).getSubject().contains("受理告知书"), toPetitioner.get(0).getSubject());
            String code = submitted.json().getString("code");
            assertFalse(mailed.contains(code) || mailed.contains(code.replace("-", "")), "the mail carries no code: " + mailed);

        } finally {
            smtp.stop();
        }
    }

    @Test
    void aPetitionBringsItsFilesThroughTheAttachmentChecksAllOrNothing() throws Exception {
        byte[] letter;
        try (var in = getClass().getResourceAsStream("/scans/letter.pdf")) {
            letter = in.readAllBytes();
        }
        String refusedSubject = Api.uniqueSubject("附件被拒");
        Answer refused = submit(petition(refusedSubject, "135" + Api.digits(8)).add("files", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("fileName", "信.pdf").add("content", java.util.Base64.getEncoder().encodeToString(letter)))
                .add(Json.createObjectBuilder().add("fileName", "照片.pdf").add("content",
                        java.util.Base64.getEncoder().encodeToString("不是PDF".getBytes(StandardCharsets.UTF_8))))).build(), null);
        assertTrue(refused.status() == 400 || refused.status() == 415, refused::toString);
        assertTrue(refused.json().getJsonArray("fields").getJsonObject(0).getString("field").startsWith("files[1]"), refused::toString);
        assertEquals(0, Api.get(Api.CY_CLERK, Api.casesWhere(Map.of("q", refusedSubject))).json().getInt("total"),
                "a refused file refuses the petition: no matter, no first file");
        Answer withOthers = submit(petition(refusedSubject, "135" + Api.digits(8)).add("content", " ").add("files", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("fileName", "照片.pdf").add("content",
                        java.util.Base64.getEncoder().encodeToString("不是PDF".getBytes(StandardCharsets.UTF_8))))).build(), null);
        assertEquals(400, withOthers.status(), withOthers::toString);
        List<String> named = withOthers.json().getJsonArray("fields").getValuesAs(JsonObject.class).stream().map(f -> f.getString("field")).toList();
        assertTrue(named.containsAll(List.of("content", "files[0].file")), "the file's refusal with the others at once: " + named);

        String subject = Api.uniqueSubject("附带书面材料");
        String phone = "135" + Api.digits(8);
        Answer submitted = submit(confirmed(petition(subject, phone), phone).add("files", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("fileName", "欠薪证明.pdf").add("content", java.util.Base64.getEncoder().encodeToString(letter))))
                .build(), null);
        assertEquals(201, submitted.status(), submitted::toString);
        long id = caseOf(Api.CY_CLERK, subject).getJsonNumber("id").longValue();
        JsonObject attached = Api.get(Api.CY_CLERK, "/cases/" + id + "/documents").array().getValuesAs(JsonObject.class).stream()
                .filter(d -> "欠薪证明.pdf".equals(d.getString("fileName", null))).findFirst().orElseThrow(() -> new AssertionError("not on the case"));
        assertEquals("ATTACHMENT", attached.getString("kind"));
        assertEquals("信访人网上提交的材料", attached.getString("title"));
    }

    @Test
    void theSamePetitionBroughtAgainFromAFreshFormIsNotASecondMatterAndItsMaterialIsThePetitioners() throws Exception {
        String subject = Api.uniqueSubject("后退重新提交");
        String phone = "137" + Api.digits(8);
        Answer first = submit(confirmed(petition(subject, phone), phone).build(), UUID.randomUUID().toString());
        assertEquals(201, first.status(), first::toString);
        // The browser's back button or a second tab: a fresh form, so a fresh key, with every word the same.
        Answer again = submit(confirmed(petition(subject, phone), phone).build(), UUID.randomUUID().toString());
        assertEquals(409, again.status(), again::toString);
        assertTrue(again.json().getString("message").contains("未重复登记"), again::toString);
        assertFalse(again.body().contains(first.json().getString("caseNumber")), "the number is not told to whoever typed the same: " + again);
        assertEquals(1, Api.get(Api.CY_CLERK, Api.casesWhere(Map.of("q", subject))).json().getInt("total"), "one matter, not two");
        Answer withCountryCode = call("follow", opening(first.json().getString("code"), "+86 " + phone));
        assertEquals(200, withCountryCode.status(), "+86 and the bare mobile are one phone: " + withCountryCode);

        byte[] photo;
        try (var in = getClass().getResourceAsStream("/scans/letter.pdf")) {
            photo = in.readAllBytes();
        }
        Answer added = call("material", opening(first.json().getString("code"), phone).add("text", "补充现场照片。")
                .add("fileName", "现场.pdf").add("content", java.util.Base64.getEncoder().encodeToString(photo)));
        assertEquals(201, added.status(), added::toString);
        long id = caseOf(Api.CY_CLERK, subject).getJsonNumber("id").longValue();
        JsonObject material = Api.get(Api.CY_CLERK, "/cases/" + id + "/documents").array().getValuesAs(JsonObject.class).stream()
                .filter(d -> "现场.pdf".equals(d.getString("fileName", null))).findFirst().orElseThrow(() -> new AssertionError("not on the case"));
        assertEquals("online-petitioner", material.getString("createdBy"), "a signed petitioner's material is theirs, not an anonymous reporter's");
        Answer textAndBadFile = call("material", opening(first.json().getString("code"), phone).add("text", " ")
                .add("fileName", "x.pdf").add("content", java.util.Base64.getEncoder().encodeToString("MZ not a pdf".getBytes(StandardCharsets.UTF_8))));
        assertEquals(400, textAndBadFile.status(), textAndBadFile::toString);
        List<String> named = textAndBadFile.json().getJsonArray("fields").getValuesAs(JsonObject.class).stream().map(f -> f.getString("field")).toList();
        assertTrue(named.containsAll(List.of("text", "file")), "the text's refusal and the file's at once: " + named);
    }

    @Test
    void badInputIsRefusedByNameAndNothingIsSaved() {
        String subject = Api.uniqueSubject("错误输入");
        String phone = "138" + Api.digits(8);
        assertRefused(petition(subject, phone).remove("unitId"), "unitId");
        assertRefused(petition(subject, phone).add("unitId", 999_999), "unitId");
        assertRefused(petition(subject, phone).add("channel", "VISIT"), "channel");
        assertRefused(petition(subject, phone).remove("phone"), "phone");
        assertRefused(petition(subject, phone).remove("name"), "name");
        assertRefused(petition(subject, phone).add("subject", "长".repeat(201)), "subject");
        assertRefused(petition(subject, phone).add("headCount", 0), "headCount");
        assertRefused(petition(subject, phone).add("category", "不存在的类别"), "category");
        assertRefused(petition(subject, phone).add("representatives", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("name", "代表").add("title", "组长"))), "representatives[0].title");
        assertRefused(petition(subject, phone).add("headCount", 2).add("representatives", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "甲")).add(Json.createObjectBuilder().add("name", "乙"))), "representatives");
        Answer allAtOnce = submit(Json.createObjectBuilder().add("subject", " ").add("name", "王").build(), null);
        List<String> named = allAtOnce.json().getJsonArray("fields").getValuesAs(JsonObject.class).stream().map(f -> f.getString("field")).toList();
        assertTrue(named.containsAll(List.of("unitId", "phone", "subject", "content", "category")), "every refusal at once: " + named);
        assertRefused(petition(subject, phone).add("headCount", "三"), "headCount");
        JsonObjectBuilder six = petition(subject, phone).add("headCount", 30);
        var representatives = Json.createArrayBuilder();
        for (int i = 1; i <= 6; i++) {
            representatives.add(Json.createObjectBuilder().add("name", "代表" + i).add("phone", "137" + Api.digits(8)));
        }
        assertRefused(six.add("representatives", representatives), "parties");
        assertRefused(petition(subject, phone).add("unitId", Api.unitId("青州市朝阳区信访局")).add("form",
                Json.createObjectBuilder().add("tribunal", "民一庭")), "form");

        JsonObjectBuilder court = petition(subject, phone).add("unitId", Api.unitId("青州市中级人民法院"));
        assertRefused(court.add("form", Api.courtForm("（2024）鲁07民终1234号").remove("litigationRelated").add("litigationRelated", false)),
                "form.litigationRelated");
        assertRefused(petition(subject, phone).add("unitId", Api.unitId("青州市中级人民法院")).add("form",
                Json.createObjectBuilder().add("tribunal", "民事审判第一庭").add("stage", "SECOND_INSTANCE")), "form.originalCaseNumber");
        Answer notJson = PublicReceipts.postTo(PETITIONS, "{\"unitId\": ");
        assertEquals(400, notJson.status(), notJson::toString);

        assertEquals(0, Api.get(Api.CY_CLERK, Api.casesWhere(Map.of("q", subject))).json().getInt("total"), "nothing half-saved");
        assertEquals(0, Api.get(Api.ZY_CLERK, Api.casesWhere(Map.of("q", subject))).json().getInt("total"), "nothing half-saved at the court");

        JsonObjectBuilder courtPetition = petition(subject, phone).add("unitId", Api.unitId("青州市中级人民法院")).add("form",
                Json.createObjectBuilder().add("originalCaseNumber", "（2024）鲁07民终1234号").add("tribunal", "民事审判第一庭")
                        .add("stage", "SECOND_INSTANCE"));
        Answer toCourt = submit(confirmed(courtPetition, phone).build(), null);
        assertEquals(201, toCourt.status(), "the court's public form is enough: " + toCourt);
    }

    private static void assertRefused(JsonObjectBuilder body, String field) {
        Answer refused = submit(body.build(), null);
        assertEquals(400, refused.status(), () -> field + ": " + refused);
        List<String> fields = refused.json().getJsonArray("fields").getValuesAs(JsonObject.class).stream().map(f -> f.getString("field")).toList();
        assertTrue(fields.contains(field), () -> "expected " + field + " among " + fields);
    }

    @Test
    void aWrongCodeAndAWrongPhoneAreAnsweredAlikeAndGuessingWaits() {
        String phone = "137" + Api.digits(8);
        String code = submit(confirmed(petition(Api.uniqueSubject("查询码猜测"), phone), phone).build(), null).json().getString("code");
        String guesser = PublicReceipts.guesserAddress();
        Raw wrongCode = PublicReceipts.postFromTo(guesser, PETITIONS + "/follow", opening("ABCD-EFGH-JKMN-PQRS-TVWX", phone).build().toString());
        Raw wrongPhone = PublicReceipts.postFromTo(guesser, PETITIONS + "/follow", opening(code, "13000000000").build().toString());
        Raw noPhone = PublicReceipts.postFromTo(guesser, PETITIONS + "/follow", opening(code, null).build().toString());
        Raw garbage = PublicReceipts.postFromTo(guesser, PETITIONS + "/follow", opening("not a code", null).build().toString());
        for (Raw wrong : List.of(wrongCode, wrongPhone, noPhone, garbage)) {
            assertEquals(404, wrong.status(), wrong::toString);
            assertEquals(wrongCode.body(), wrong.body(), "every wrong try reads the same");
        }
        Raw fifth = PublicReceipts.postFromTo(guesser, PETITIONS + "/follow", opening(code, "13000000001").build().toString());
        assertEquals(404, fifth.status());
        Raw sixth = PublicReceipts.postFromTo(guesser, PETITIONS + "/follow", opening(code, phone).build().toString());
        assertEquals(429, sixth.status(), "the address waits, even with the right code and phone: " + sixth);
        assertTrue(sixth.head().toLowerCase().contains("retry-after:"), sixth::head);

        String anotherCode = submit(confirmed(petition(Api.uniqueSubject("查询码猜测"), phone), phone).build(), null).json().getString("code");
        for (int i = 0; i < 5; i++) {
            Raw tried = PublicReceipts.postFromTo(PublicReceipts.guesserAddress(), PETITIONS + "/follow",
                    opening(anotherCode, "1360000000" + i).build().toString());
            assertEquals(404, tried.status(), tried::toString);
        }
        Raw fromElsewhere = PublicReceipts.postFromTo(PublicReceipts.guesserAddress(), PETITIONS + "/follow",
                opening(anotherCode, phone).build().toString());
        assertEquals(429, fromElsewhere.status(), "five wrong phones for one code from five addresses hold the code: " + fromElsewhere);

        String unknown = "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZ" + "0123456789".charAt((int) (Math.random() * 10));
        for (int i = 0; i < 5; i++) {
            PublicReceipts.postFromTo(PublicReceipts.guesserAddress(), PETITIONS + "/follow", opening(unknown, "1350000000" + i).build().toString());
        }
        Raw unknownAgain = PublicReceipts.postFromTo(PublicReceipts.guesserAddress(), PETITIONS + "/follow",
                opening(unknown, "135" + Api.digits(8)).build().toString());
        assertEquals(429, unknownAgain.status(), "a code that exists nowhere waits like one that exists: nothing told apart");
    }

    @Test
    void codesGoOnlyToMobilesAndNotTooOften() {
        String guesser = PublicReceipts.guesserAddress();
        Raw landline = PublicReceipts.postFromTo(guesser, PETITIONS + "/phone-code", Json.createObjectBuilder().add("phone", "0536-1234567").build().toString());
        assertEquals(400, landline.status(), landline::toString);
        String phone = "139" + Api.digits(8);
        for (int i = 0; i < 3; i++) {
            assertEquals(202, PublicReceipts.postFromTo(PublicReceipts.guesserAddress(), PETITIONS + "/phone-code",
                    Json.createObjectBuilder().add("phone", phone).build().toString()).status());
        }
        Raw fourth = PublicReceipts.postFromTo(PublicReceipts.guesserAddress(), PETITIONS + "/phone-code",
                Json.createObjectBuilder().add("phone", phone).build().toString());
        assertEquals(429, fourth.status(), "three codes per phone in fifteen minutes, whatever the address: " + fourth);
        assertEquals(3, sms.texts().stream().filter(t -> t.getString("to").equals(phone)).count());
        assertTrue(sms.texts().get(sms.texts().size() - 1).getString("text").contains("验证码"));
    }

    @Test
    void thePortalPagesAndCallsCarryTheSecurityHeadersAndNoPersonalDataInAddresses() {
        for (String page : List.of("/public/petition.xhtml", "/public/follow.xhtml")) {
            Answer answer = Api.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + page)).GET());
            assertEquals(200, answer.status(), page);
            String csp = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'"), page + ": " + csp);
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), page);
            assertFalse(answer.headers().firstValue("Referrer-Policy").orElse("").isEmpty(), page);
            answer.headers().allValues("Set-Cookie").forEach(cookie -> assertTrue(cookie.contains("SameSite") && cookie.contains("HttpOnly"), cookie));
        }
        String openApi = Api.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl().replaceFirst("/xinfang$", "") + "/openapi")).GET()).body();
        for (String path : List.of("/public/petitions:", "/public/petitions/follow:", "/public/petitions/notice:", "/public/petitions/rating:",
                "/public/petitions/review:", "/public/petitions/material:", "/public/petitions/receipt:", "/public/petitions/units:",
                "/public/petitions/phone-code:")) {
            assertTrue(openApi.contains(path), "the OpenAPI document lists " + path);
        }
        assertFalse(openApi.contains("/public/petitions/{"), "no code, phone or number in any portal address");
        assertNotEquals(-1, openApi.indexOf("Idempotency-Key"));
    }
}
