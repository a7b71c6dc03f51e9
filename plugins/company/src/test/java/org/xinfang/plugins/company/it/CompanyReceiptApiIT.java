package org.xinfang.plugins.company.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api;
import org.xinfang.it.api.Api.Answer;
import org.xinfang.it.api.CaseSteps;
import org.xinfang.it.api.PublicReceipts;
import org.xinfang.plugins.company.it.CompanyDeskApiIT.Company;

/**
 * A company's anonymous hotline complaints and sealed complainants over HTTP, with a company of the
 * test's own: the desk gives an anonymous hotline caller a receipt code, answers in writing, and the
 * caller, not signed in, reads the answer and adds material with the code; every wrong code gets one
 * answer. A signed complaint sent down to a workshop reaches its head with the complainant as a
 * pseudonym on every surface of the API — case, list, search, documents, notice, procedure, audit, the
 * chain — and without the employee number; only the company's keeper of identities reveals who complained.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class CompanyReceiptApiIT {

    private static final String CODE = "[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    /** An anonymous complaint taken on the hotline (热线): no name, no employee number. */
    static JsonObjectBuilder hotlineCall(Company co, String subject) {
        return Api.newCase(subject).add("unitId", co.company()).add("channel", "HOTLINE")
                .add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder().add("role", "PETITIONER").add("name", "匿名")))
                .add("form", Json.createObjectBuilder().add("workshop", "装配车间").add("complaintType", "SAFETY").add("anonymous", true));
    }

    @Test
    void anAnonymousHotlineCallerReadsTheDesksAnswerAndAddsMaterialWithTheCode() {
        Company co = Company.create();
        String subject = Api.uniqueSubject("热线匿名反映装配线防护罩缺失");
        long id = Api.id(Api.register(co.desk(), hotlineCall(co, subject)));

        Answer issued = Api.post(co.desk(), "/cases/" + id + "/receipt", JsonObject.EMPTY_JSON_OBJECT);
        assertEquals(201, issued.status(), issued::toString);
        String code = issued.json().getString("code");
        assertTrue(code.matches(CODE), code);
        assertEquals("/public/receipt.xhtml", issued.json().getString("publicPage"));
        JsonObject receipt = Api.get(co.desk(), "/cases/" + id + "/receipt").json();
        assertTrue(receipt.getBoolean("offered") && receipt.getBoolean("issued") && receipt.getBoolean("mayAnswer"), receipt::toString);
        assertFalse(receipt.toString().contains(code), "the code is never shown again");

        Answer empty = Api.post(co.desk(), "/cases/" + id + "/receipt/answers", Json.createObjectBuilder().add("text", "  ").build());
        assertEquals(400, empty.status(), empty::toString);
        assertEquals("请填写内容。", empty.messageFor("text"));
        String text = "您反映的装配线防护罩问题已交安全科核查，一周内整改完毕。";
        Answer answered = Api.post(co.desk(), "/cases/" + id + "/receipt/answers", Json.createObjectBuilder().add("text", text).build());
        assertEquals(201, answered.status(), answered::toString);
        String number = answered.json().getString("label");
        String letter = CaseSteps.documentText(co.desk(), id, answered.json().getJsonNumber("documentId").longValue());
        assertTrue(letter.contains("匿名反映人：" + text), "the letter greets the reporter once, then answers: " + letter);
        assertFalse(letter.contains("：："), letter);

        Answer read = PublicReceipts.post("answers", Json.createObjectBuilder().add("code", code.toLowerCase().replace("-", " ")).build().toString());
        assertEquals(200, read.status(), read::toString);
        List<JsonObject> answers = read.json().getJsonArray("answers").getValuesAs(JsonObject.class);
        assertEquals(1, answers.size(), read::toString);
        assertEquals(number, answers.get(0).getString("number"));
        assertEquals(text, answers.get(0).getString("text"));
        assertFalse(read.body().contains(subject), "the case itself is not the caller's to read back");

        Answer added = PublicReceipts.post("evidence", Json.createObjectBuilder().add("code", code).add("text", "补充：三号工位也缺防护罩").build().toString());
        assertEquals(201, added.status(), added::toString);
        assertEquals("补充：三号工位也缺防护罩", added.json().getJsonArray("evidence").getJsonObject(0).getString("text"));
        List<JsonObject> messages = Api.get(co.desk(), "/cases/" + id + "/receipt").json().getJsonArray("messages").getValuesAs(JsonObject.class);
        assertEquals(List.of("ANSWER", "EVIDENCE"), messages.stream().map(m -> m.getString("kind")).toList());
        assertTrue(Api.get(co.desk(), "/cases/" + id + "/audit").body().contains("RECEIPT_EVIDENCE"), "the material is in the audit trail");
    }

    @Test
    void onlyAnAnonymousHotlineComplaintGetsACodeOnceFromTheDesk() {
        Company co = Company.create();
        long signedCall = Api.id(Api.register(co.desk(), hotlineCall(co, Api.uniqueSubject("实名热线"))
                .add("parties", Json.createArrayBuilder().add(Api.petitioner()))
                .add("form", CompanyDeskApiIT.form().add("complaintType", "SAFETY"))));
        Answer signed = Api.post(co.desk(), "/cases/" + signedCall + "/receipt", JsonObject.EMPTY_JSON_OBJECT);
        assertEquals(409, signed.status(), signed::toString);
        assertTrue(signed.json().getString("message").endsWith("不是匿名举报或匿名热线投诉，不发放回执码。"), signed::toString);
        assertFalse(Api.get(co.desk(), "/cases/" + signedCall + "/receipt").json().getBoolean("offered"));

        long anonymousLetter = Api.id(Api.register(co.desk(), hotlineCall(co, Api.uniqueSubject("匿名来信")).add("channel", "LETTER")));
        assertEquals(409, Api.post(co.desk(), "/cases/" + anonymousLetter + "/receipt", JsonObject.EMPTY_JSON_OBJECT).status(),
                "an anonymous letter has nobody to hand a code to");

        long call = Api.id(Api.register(co.desk(), hotlineCall(co, Api.uniqueSubject("匿名热线"))));
        Answer byLeader = Api.post(co.leader(), "/cases/" + call + "/receipt", JsonObject.EMPTY_JSON_OBJECT);
        assertEquals(403, byLeader.status(), "the desk gives codes, not the leaders: " + byLeader);
        assertEquals(404, Api.post(co.assemblyHead(), "/cases/" + call + "/receipt", JsonObject.EMPTY_JSON_OBJECT).status(),
                "a workshop does not even see the company's matter");
        assertEquals(201, Api.post(co.desk(), "/cases/" + call + "/receipt", JsonObject.EMPTY_JSON_OBJECT).status());
        Answer again = Api.post(co.desk(), "/cases/" + call + "/receipt", JsonObject.EMPTY_JSON_OBJECT);
        assertEquals(409, again.status(), again::toString);
        assertTrue(again.json().getString("message").contains("回执码只显示一次"), again::toString);
    }

    @Test
    void anAnonymousComplaintWithAnEmployeeNumberIsRefusedWhicheverTheBodyNamesFirst() {
        Company co = Company.create();
        JsonObjectBuilder numberFirst = Json.createObjectBuilder().add("workshop", "装配车间").add("complaintType", "SAFETY")
                .add("employeeNumber", "ZP20240001").add("anonymous", true);
        JsonObjectBuilder anonymityFirst = Json.createObjectBuilder().add("workshop", "装配车间").add("complaintType", "SAFETY")
                .add("anonymous", true).add("employeeNumber", "ZP20240001");
        String subject = Api.uniqueSubject("匿名热线带工号");
        for (JsonObjectBuilder form : List.of(numberFirst, anonymityFirst)) {
            Answer refused = Api.post(co.desk(), "/cases", hotlineCall(co, subject).add("form", form).build());
            assertEquals(400, refused.status(), refused::toString);
            assertEquals("匿名反映不得填写工号", refused.messageFor("form.employeeNumber"), refused::toString);
        }
        String search = "/cases?q=" + URLEncoder.encode(subject, StandardCharsets.UTF_8);
        assertFalse(Api.get(co.desk(), search).body().contains(subject), "nothing is saved of a refused complaint");
        Api.register(co.desk(), hotlineCall(co, subject));
        assertTrue(Api.get(co.desk(), search).body().contains(subject), "the same complaint without the number is taken, and found");
    }

    @Test
    void aMisnamedFileIsRefusedNotDroppedAndAnUnreadableBodyIsAWrongCode() {
        Company co = Company.create();
        long id = Api.id(Api.register(co.desk(), hotlineCall(co, Api.uniqueSubject("匿名热线补充材料"))));
        String code = Api.post(co.desk(), "/cases/" + id + "/receipt", JsonObject.EMPTY_JSON_OBJECT).json().getString("code");
        Answer misnamed = PublicReceipts.post("evidence", Json.createObjectBuilder().add("code", code).add("text", "现场照片见附件")
                .add("file", Json.createObjectBuilder().add("name", "照片.jpg").add("data", "AAAA")).build().toString());
        assertEquals(400, misnamed.status(), misnamed::toString);
        assertTrue(misnamed.messageFor("file").startsWith("请求体中没有“file”这一项"), misnamed::toString);
        assertEquals(0, Api.get(co.desk(), "/cases/" + id + "/receipt").json().getJsonArray("messages").size(), "nothing was added");

        String deep = "{\"code\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        PublicReceipts.Raw unreadable = PublicReceipts.postFrom(PublicReceipts.guesserAddress(), "answers", deep);
        assertEquals(404, unreadable.status(), "a body nested too deep holds no code, like any wrong one: " + unreadable.body());
    }

    @Test
    void theExchangeStaysWithTheDeskWhenTheComplaintGoesDownToTheWorkshopItIsAbout() throws IOException {
        Company co = Company.create();
        // Sent down only with its chain of responsibility recorded (CompanyDeskApiIT).
        long id = Api.id(Api.register(co.desk(), hotlineCall(co, Api.uniqueSubject("匿名热线反映装配车间主任"))
                .add("form", Json.createObjectBuilder().add("workshop", "装配车间").add("complaintType", "SAFETY").add("anonymous", true)
                        .add("firstResponsible", "高建国").add("directResponsible", "刘振华")
                        .add("specificResponsible", "王立新").add("specificResponsibleSecond", "陈志强"))));
        String code = Api.post(co.desk(), "/cases/" + id + "/receipt", JsonObject.EMPTY_JSON_OBJECT).json().getString("code");
        assertEquals(200, CompanyDeskApiIT.sendDown(co.desk(), id, co.assembly()).status());
        byte[] pdf;
        try (InputStream in = getClass().getResourceAsStream("/scans/letter.pdf")) {
            pdf = in.readAllBytes();
        }
        String evidenceText = "补充：车间主任上周又在班前会上点名批评反映问题的人。";
        Answer added = PublicReceipts.post("evidence", Json.createObjectBuilder().add("code", code).add("text", evidenceText)
                .add("fileName", "班前会录音整理.pdf").add("content", Base64.getEncoder().encodeToString(pdf)).build().toString());
        assertEquals(201, added.status(), added::toString);

        String head = co.assemblyHead();
        JsonObject headsView = Api.get(head, "/cases/" + id + "/receipt").json();
        assertFalse(headsView.getBoolean("mayAnswer"), headsView::toString);
        assertEquals(0, headsView.getJsonArray("messages").size(), "the workshop reads nothing of the exchange: " + headsView);
        Answer headAnswers = Api.post(head, "/cases/" + id + "/receipt/answers", Json.createObjectBuilder().add("text", "请到车间办公室面谈").build());
        assertEquals(403, headAnswers.status(), headAnswers::toString);
        JsonObject file = Api.get(head, "/cases/" + id + "/documents").array().getValuesAs(JsonObject.class).stream()
                .filter(d -> "反映人补充材料".equals(d.getString("title", null))).findFirst()
                .orElseThrow(() -> new AssertionError("the material is on the case"));
        assertTrue(file.getBoolean("identifying") && file.isNull("href"), "only the keeper opens what the complainant sent: " + file);
        assertEquals("反映人补充材料", file.getString("fileName"), "the name the complainant gave the file is theirs to reveal, not the workshop's");

        JsonObject desksView = Api.get(co.desk(), "/cases/" + id + "/receipt").json();
        assertTrue(desksView.getBoolean("mayAnswer") && desksView.toString().contains(evidenceText), desksView::toString);
        Answer answered = Api.post(co.desk(), "/cases/" + id + "/receipt/answers", Json.createObjectBuilder().add("text", "已责成车间整改，公司纪委跟踪。").build());
        assertEquals(201, answered.status(), answered::toString);
        assertTrue(PublicReceipts.post("answers", Json.createObjectBuilder().add("code", code).build().toString()).body()
                .contains("已责成车间整改"), "the complainant reads the desk's answer");
    }

    @Test
    void everyWrongCodeGetsOneAndTheSameAnswer() {
        Company co = Company.create();
        long id = Api.id(Api.register(co.desk(), hotlineCall(co, Api.uniqueSubject("匿名热线猜码"))));
        String code = Api.post(co.desk(), "/cases/" + id + "/receipt", JsonObject.EMPTY_JSON_OBJECT).json().getString("code");
        String guesser = PublicReceipts.guesserAddress();
        String flipped = (code.startsWith("0") ? "1" : "0") + code.substring(1);
        List<String> wrong = List.of("{\"code\":\"" + flipped + "\"}", "{\"code\":\"ABC\"}", "{\"text\":\"没有回执码\"}");
        List<PublicReceipts.Raw> answers = wrong.stream().map(body -> PublicReceipts.postFrom(guesser, "evidence", body)).toList();
        answers.forEach(a -> assertEquals(404, a.status(), a::body));
        assertEquals(1, answers.stream().map(PublicReceipts.Raw::body).distinct().count(), "one answer whatever was wrong: " + answers);
        assertTrue(answers.get(0).body().contains("回执码无效，请核对后重新输入。"), answers.get(0)::body);
        assertEquals(0, Api.get(co.desk(), "/cases/" + id + "/receipt").json().getJsonArray("messages").size(), "nothing was added");
    }

    @Test
    void theWorkshopAComplaintIsSentDownToNeverMeetsWhoComplained() {
        Company co = Company.create();
        String keeper = Api.newPerson(co.company(), "COMPANY_IDENTITY_KEEPER");
        String name = "柏青松";
        String phone = "139" + Api.digits(8);
        String idNumber = Api.idNumber("370781");
        String employeeNumber = "ZZ" + Api.digits(6);
        String marker = Api.uniqueSubject("班组长克扣计件工资");
        JsonObjectBuilder complaint = Api.newCase(marker).add("unitId", co.company()).add("channel", "VISIT")
                .add("content", "本人" + name + "（电话" + phone + "，工号" + employeeNumber.toLowerCase() + "）反映班组长克扣计件工资。")
                .add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder().add("role", "PETITIONER").add("name", name)
                        .add("idNumber", idNumber).add("phone", phone).add("address", "青州市铸造厂宿舍3号楼")))
                .add("form", CompanyDeskApiIT.chained().add("employeeNumber", employeeNumber));
        JsonObject registered = Api.register(co.desk(), complaint);
        long id = Api.id(registered);
        assertEquals("举报人A", registered.getJsonArray("parties").getJsonObject(0).getString("name"), registered::toString);
        List<String> secrets = List.of(name, phone, idNumber, employeeNumber, employeeNumber.toLowerCase(), "铸造厂宿舍");

        assertEquals(200, CompanyDeskApiIT.sendDown(co.desk(), id, co.assembly()).status());
        Answer resolved = CompanyDeskApiIT.step(co.assemblyHead(), id, "resolveInWorkshop", Json.createObjectBuilder()
                .add("outcome", "SUPPORT").add("reason", "核对产量记录后补发计件工资"));
        assertEquals(200, resolved.status(), resolved::toString);

        String head = co.assemblyHead();
        Answer view = Api.get(head, "/cases/" + id);
        assertEquals(200, view.status(), view::toString);
        assertTrue(view.json().getJsonObject("form").isNull("employeeNumber"), "the employee number is withheld: " + view);
        Map<String, String> surfaces = Map.of(
                "case", view.body(),
                "list", Api.get(head, "/cases?limit=200").body(),
                "search", Api.get(head, Api.casesWhere(Map.of("q", marker))).body(),
                "documents", Api.get(head, "/cases/" + id + "/documents").body(),
                "decision notice", CaseSteps.noticeText(head, id, "DECISION"),
                "procedure", Api.get(head, "/cases/" + id + "/procedure").body(),
                "audit", Api.get(head, "/cases/" + id + "/audit").body(),
                "chain", Api.get(head, "/company/cases/" + id + "/chain").body());
        surfaces.forEach((where, body) -> secrets.forEach(secret ->
                assertFalse(body.contains(secret), "the workshop head's " + where + " shows " + secret + ": " + body)));
        assertTrue(surfaces.get("case").contains("举报人A") && surfaces.get("decision notice").contains("举报人A"), surfaces::toString);
        assertEquals(1, Api.countMatching(head, marker), "the workshop finds the matter itself");
        assertEquals(0, Api.countMatching(head, name), "but not by the complainant's name");

        Answer headReveals = Api.post(head, "/cases/" + id + "/identity/reveal", Json.createObjectBuilder().add("reason", "想知道是谁反映的").build());
        assertEquals(403, headReveals.status(), headReveals::toString);
        assertTrue(Api.get(co.desk(), "/cases/" + id).json().getJsonObject("form").isNull("employeeNumber"), "the desk sees the pseudonym too");
        Answer revealed = Api.post(keeper, "/cases/" + id + "/identity/reveal", Json.createObjectBuilder().add("reason", "核实反映人诉求是否已落实").build());
        assertEquals(200, revealed.status(), "the company's keeper holds the identities the workshop never gets: " + revealed);
        assertTrue(revealed.body().contains(name) && revealed.body().contains(phone), revealed::toString);
        assertFalse(Api.get(head, "/cases/" + id + "/audit").body().contains("核实反映人诉求"), "nor does the workshop learn of the reveal");
    }
}
