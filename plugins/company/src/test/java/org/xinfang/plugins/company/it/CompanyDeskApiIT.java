package org.xinfang.plugins.company.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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

/**
 * The company's two levels over HTTP, with a company of the test's own (two workshops under it, and a
 * second company beside it): the desk sends a matter down and it really moves — the workshop head sees
 * it, acts on it and the company keeps sight; a workshop that cannot resolve it sends it up; a matter
 * goes down only to a workshop of its own company and only with its chain of responsibility, each
 * refusal naming what is wrong and leaving the matter as it was.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class CompanyDeskApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    /** One company of the test's own: its units and people. */
    record Company(long company, long assembly, long casting, String desk, String leader, String assemblyHead, String castingHead) {

        static Company create() {
            long company = Api.id(Api.newUnit(null, "测试重工公司", "COMPANY", "company"));
            long assembly = Api.id(Api.newUnit(company, "测试装配车间", "WORKSHOP", "company"));
            long casting = Api.id(Api.newUnit(company, "测试铸造车间", "WORKSHOP", "company"));
            return new Company(company, assembly, casting, Api.newPerson(company, "COMPANY_DESK"), Api.newPerson(company, "COMPANY_LEADER"),
                    Api.newPerson(assembly, "COMPANY_WORKSHOP_HEAD"), Api.newPerson(casting, "COMPANY_WORKSHOP_HEAD"));
        }

        long complaint(String subject, JsonObjectBuilder form) {
            return Api.id(Api.register(desk, Api.newCase(subject).add("unitId", company).add("form", form)));
        }
    }

    static JsonObjectBuilder chained() {
        return form().add("firstResponsible", "高建国").add("directResponsible", "刘振华")
                .add("specificResponsible", "王立新").add("specificResponsibleSecond", "陈志强");
    }

    static JsonObjectBuilder form() {
        return Json.createObjectBuilder().add("workshop", "装配车间").add("complaintType", "OVERTIME").add("anonymous", false)
                .add("employeeNumber", "ZP2019" + Api.digits(4));
    }

    static JsonObject procedure(String user, long id) {
        Answer answer = Api.get(user, "/cases/" + id + "/procedure");
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    static long version(String user, long id) {
        return procedure(user, id).getJsonNumber("version").longValue();
    }

    static Answer step(String user, long id, String transition, JsonObjectBuilder facts) {
        return Api.post(user, "/cases/" + id + "/procedure/steps",
                facts.add("transition", transition).add("version", version(user, id)).build());
    }

    static Answer sendDown(String user, long id, long workshop) {
        return step(user, id, "sendToWorkshop", Json.createObjectBuilder().add("targetUnitId", workshop));
    }

    static List<String> options(JsonObject procedure) {
        return procedure.getJsonArray("options").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getBoolean("available")).map(o -> o.getString("transition")).toList();
    }

    @Test
    void aMatterSentDownMovesToTheWorkshopWhoseHeadAnswersItWhileTheCompanyKeepsSight() {
        Company co = Company.create();
        String subject = Api.uniqueSubject("加班费未足额计发");
        long id = co.complaint(subject, chained());
        assertEquals(404, Api.get(co.assemblyHead(), "/cases/" + id).status(), "before it is sent down the workshop does not see it");

        Answer sent = sendDown(co.desk(), id, co.assembly());
        assertEquals(200, sent.status(), sent::toString);
        JsonObject atWorkshop = Api.get(co.assemblyHead(), "/cases/" + id).json();
        assertEquals(co.assembly(), atWorkshop.getJsonNumber("unitId").longValue());
        assertEquals("workshop_handling", atWorkshop.getString("status"));
        assertEquals("高建国", atWorkshop.getJsonObject("form").getString("firstResponsible"));
        assertEquals("陈志强", atWorkshop.getJsonObject("form").getString("specificResponsibleSecond"));
        JsonObject forHead = procedure(co.assemblyHead(), id);
        assertTrue(options(forHead).containsAll(List.of("resolveInWorkshop", "escalateToCompany")), forHead::toString);
        assertTrue(forHead.getJsonArray("clocks").getValuesAs(JsonObject.class).stream()
                .anyMatch(k -> k.getString("name").equals("workshop") && k.getInt("days") == 10 && k.getString("status").equals("RUNNING")),
                forHead::toString);
        assertEquals(404, Api.get(co.castingHead(), "/cases/" + id).status(), "the other workshop does not see it");
        JsonObject forDesk = Api.get(co.desk(), "/cases/" + id).json();
        assertFalse(forDesk.getBoolean("followedOnly"), "the company holds the workshop in its subtree");
        assertEquals(1, Api.countMatching(co.desk(), subject), "the company's desk still finds it in its list");
        assertEquals(1, Api.countMatching(co.leader(), subject), "and so do its leaders");

        Answer resolved = step(co.assemblyHead(), id, "resolveInWorkshop", Json.createObjectBuilder()
                .add("outcome", "SUPPORT").add("reason", "核对考勤后补发加班费差额，调整排班"));
        assertEquals(200, resolved.status(), resolved::toString);
        JsonObject history = resolved.json().getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("transition").equals("sendToWorkshop")).findFirst().orElseThrow();
        assertEquals(co.desk(), history.getString("actor"));
        assertTrue(history.getString("toUnit").startsWith("测试装配车间"), history::toString);
        assertEquals("decided", Api.get(co.desk(), "/cases/" + id).json().getString("status"));
    }

    @Test
    void aWorkshopThatCannotResolveItSendsItUpToItsCompany() {
        Company co = Company.create();
        long id = co.complaint(Api.uniqueSubject("调岗降薪"), chained());
        assertEquals(200, sendDown(co.desk(), id, co.casting()).status());

        Answer noReason = step(co.castingHead(), id, "escalateToCompany", Json.createObjectBuilder());
        assertEquals(400, noReason.status(), noReason::toString);
        assertEquals(List.of("reason"), noReason.fieldsNamed());

        Answer up = step(co.castingHead(), id, "escalateToCompany", Json.createObjectBuilder().add("reason", "涉及公司薪酬制度，车间无权调整"));
        assertEquals(200, up.status(), up::toString);
        assertEquals(404, Api.get(co.castingHead(), "/cases/" + id).status(), "sent up, it leaves the workshop's view");
        JsonObject atCompany = Api.get(co.leader(), "/cases/" + id).json();
        assertEquals(co.company(), atCompany.getJsonNumber("unitId").longValue());
        assertEquals("company_handling", atCompany.getString("status"));
        JsonObject forLeader = procedure(co.leader(), id);
        assertTrue(options(forLeader).contains("decideAtCompany"), forLeader::toString);
        assertTrue(forLeader.getJsonArray("clocks").getValuesAs(JsonObject.class).stream()
                .anyMatch(k -> k.getString("name").equals("workshop") && k.getString("status").equals("STOPPED")), forLeader::toString);
    }

    @Test
    void aMatterGoesDownOnlyToAWorkshopOfItsOwnCompanyAndOnlyWithItsChainNothingHalfSaved() {
        Company co = Company.create();
        Company other = Company.create();
        long id = co.complaint(Api.uniqueSubject("安全隐患"), chained());
        long before = version(co.desk(), id);

        JsonObject otherWorkshop = Api.get(Api.ADMIN, "/admin/units").array().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getJsonNumber("id").longValue() == other.assembly()).findFirst().orElseThrow();
        Answer elsewhere = sendDown(co.desk(), id, other.assembly());
        assertEquals(409, elsewhere.status(), elsewhere::toString);
        assertEquals("「" + otherWorkshop.getString("name") + "」不是本公司下属的车间，只能交本公司的车间办理",
                elsewhere.json().getString("message"));
        Answer toItself = sendDown(co.desk(), id, co.company());
        assertEquals(400, toItself.status(), "the company is where it already is: " + toItself);
        long bureau = Api.unitId("青州市信访局");
        Answer toBureau = sendDown(co.desk(), id, bureau);
        assertEquals(409, toBureau.status(), toBureau::toString);
        assertTrue(toBureau.json().getString("message").startsWith("「青州市信访局」不是本公司下属的车间"), toBureau::toString);
        Answer noTarget = step(co.desk(), id, "sendToWorkshop", Json.createObjectBuilder());
        assertEquals(400, noTarget.status());
        assertEquals(List.of("targetUnitId"), noTarget.fieldsNamed());

        JsonObject unchanged = procedure(co.desk(), id);
        assertEquals(before, unchanged.getJsonNumber("version").longValue(), "nothing half-saved");
        assertEquals("registered", unchanged.getString("state"));
        assertEquals(1, unchanged.getJsonArray("history").size());
        assertEquals(co.company(), Api.get(co.desk(), "/cases/" + id).json().getJsonNumber("unitId").longValue());
        assertTrue(sendDownOption(co.desk(), id).getBoolean("available"), "with its chain it may go down");

        long unchained = co.complaint(Api.uniqueSubject("无责任链"), form().add("directResponsible", "刘振华"));
        Answer refused = sendDown(co.desk(), unchained, co.assembly());
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("交车间办理前请填写责任链：缺第一责任人、具体责任人", refused.json().getString("message"));
        assertEquals(404, Api.get(co.assemblyHead(), "/cases/" + unchained).status(), "refused, it stays at the company");
        assertEquals("registered", procedure(co.desk(), unchained).getString("state"));
        JsonObject blocked = sendDownOption(co.desk(), unchained);
        assertFalse(blocked.getBoolean("available"), blocked::toString);
        assertEquals("交车间办理前请填写责任链：缺第一责任人、具体责任人", blocked.getString("blockedBecause"),
                "shown blocked with why, not offered with no workshop to choose");
    }

    private static JsonObject sendDownOption(String user, long id) {
        return procedure(user, id).getJsonArray("options").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("transition").equals("sendToWorkshop")).findFirst()
                .orElseThrow(() -> new AssertionError("no step sendToWorkshop for " + user));
    }

    @Test
    void aChainNameLongerThanItsFieldIsRefusedAtRegistrationNamingIt() {
        Company co = Company.create();
        Answer tooLong = Api.post(co.desk(), "/cases", Api.newCase(Api.uniqueSubject("责任链过长")).add("unitId", co.company())
                .add("form", chained().add("specificResponsible", "王".repeat(51))).build());
        assertEquals(400, tooLong.status(), tooLong::toString);
        assertEquals(List.of("form.specificResponsible"), tooLong.fieldsNamed());
        assertEquals("具体责任人不能超过50个字符", tooLong.messageFor("form.specificResponsible"));
    }

    @Test
    void theCompanyChangesTheChainAfterRegistrationButNeverEmptiesItOnceSentDown() {
        Company co = Company.create();
        long id = co.complaint(Api.uniqueSubject("责任链变更"), form().add("firstResponsible", "高建国"));
        String chain = "/company/cases/" + id + "/chain";
        Answer filled = Api.put(co.desk(), chain, Json.createObjectBuilder().add("firstResponsible", "高建国")
                .add("directResponsible", "刘振华").add("specificResponsible", " 王立新 ").build());
        assertEquals(200, filled.status(), filled::toString);
        assertEquals("王立新", filled.json().getString("specificResponsible"));
        assertEquals(200, sendDown(co.desk(), id, co.assembly()).status(), "with the chain complete it goes down");

        Answer byTheHead = Api.put(co.assemblyHead(), chain, Json.createObjectBuilder().add("firstResponsible", "某某").build());
        assertEquals(403, byTheHead.status(), "the workshop head reads the chain but does not change it: " + byTheHead);
        assertEquals("王立新", Api.get(co.assemblyHead(), chain).json().getString("specificResponsible"));

        Answer emptied = Api.put(co.leader(), chain, Json.createObjectBuilder().add("firstResponsible", "高建国")
                .add("directResponsible", "刘振华").build());
        assertEquals(409, emptied.status(), emptied::toString);
        assertEquals("事项已交车间办理，责任链不能缺少：具体责任人", emptied.json().getString("message"));
        Answer tooLong = Api.put(co.desk(), chain, Json.createObjectBuilder().add("firstResponsible", "高".repeat(51))
                .add("directResponsible", "刘振华").add("specificResponsible", "王立新").build());
        assertEquals(400, tooLong.status(), tooLong::toString);
        assertEquals(List.of("firstResponsible"), tooLong.fieldsNamed());
        Answer unknown = Api.put(co.desk(), chain, Json.createObjectBuilder().add("partySecretary", "高建国").add("directResponsible", 3).build());
        assertEquals(400, unknown.status(), unknown::toString);
        assertTrue(unknown.fieldsNamed().containsAll(List.of("partySecretary", "directResponsible")), unknown::toString);
        assertEquals("责任链中没有“partySecretary”这一项（未予忽略）；可用的字段：directResponsible, firstResponsible, specificResponsible, "
                + "specificResponsibleSecond", unknown.messageFor("partySecretary"));
        assertEquals("王立新", Api.get(co.desk(), chain).json().getString("specificResponsible"), "nothing refused was saved");

        Answer renamed = Api.put(co.leader(), chain, Json.createObjectBuilder().add("firstResponsible", "高建国")
                .add("directResponsible", "刘振华").add("specificResponsible", "王立新").add("specificResponsibleSecond", "赵卫国").build());
        assertEquals(200, renamed.status(), renamed::toString);
        assertEquals("赵卫国", Api.get(co.assemblyHead(), "/cases/" + id).json().getJsonObject("form").getString("specificResponsibleSecond"));
        assertEquals(404, Api.get(Api.CY_CLERK, chain).status(), "outside the company the matter is not found");
    }
}
