package org.xinfang.plugins.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinfang.it.api.Api.id;
import static org.xinfang.it.api.CaseSteps.dueOn;
import static org.xinfang.it.api.CaseSteps.noticeText;
import static org.xinfang.it.api.CaseSteps.opinion;
import static org.xinfang.it.api.CaseSteps.procedure;
import static org.xinfang.it.api.CaseSteps.reason;
import static org.xinfang.it.api.CaseSteps.take;
import static org.xinfang.it.api.CaseSteps.taken;
import static org.xinfang.it.api.CaseSteps.written;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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

/**
 * 复查 of a workshop's answer goes to the company level above it, over HTTP — not to the city's petition
 * bureau the company hangs under — and the workshop keeps read-only sight. The company is the top of
 * its line: its 复查意见书 says no re-review can be asked, and the request is refused naming why. The
 * test builds its own city, company and workshop (ADR 0033).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class CompanyReviewApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void aWorkshopsAnswerIsReviewedByTheCompanyWhoseReviewIsTheLastWord() {
        JsonObject city = Api.newUnit(null, "复查测试市信访局", "CITY", "general");
        JsonObject company = Api.newUnit(id(city), "复查测试重工集团", "COMPANY", "company");
        JsonObject workshop = Api.newUnit(id(company), "复查测试铸造车间", "WORKSHOP", "company");
        String workshopDesk = Api.newPerson(id(workshop), CompanyPlugin.ROLE_DESK);
        String workshopHead = Api.newPerson(id(workshop), CompanyPlugin.ROLE_WORKSHOP_HEAD);
        String companyDesk = Api.newPerson(id(company), CompanyPlugin.ROLE_DESK);
        String companyLeader = Api.newPerson(id(company), CompanyPlugin.ROLE_LEADER);
        String cityLeader = Api.newPerson(id(city), "LEADER");

        // The company's desk registers it and sends it down to the workshop, which answers it.
        long id = id(Api.register(companyDesk, Api.newCase(Api.uniqueSubject("夜班补贴未发")).add("form", Json.createObjectBuilder()
                .add("workshop", "铸造车间").add("employeeNumber", "ZZ20200311").add("complaintType", "WAGES").add("anonymous", false)
                .add("firstResponsible", "高建国").add("directResponsible", "刘振华").add("specificResponsible", "王立新"))));
        taken(companyDesk, id, "sendToWorkshop", CaseSteps.none().add("targetUnitId", id(workshop)));
        taken(workshopHead, id, "resolveInWorkshop", opinion("EXPLAIN", "夜班补贴已随本月工资补发，向员工作出说明。"));
        String decision = noticeText(workshopHead, id, "DECISION");
        assertTrue(decision.contains("30日内向" + company.getString("name") + "申请复查，申请复查的截止日期为"
                + written(dueOn(workshopHead, id, "review_window")) + "。"), decision);

        // The workshop's answer can be reviewed, so it is not final before the window lapses.
        JsonObject notFinal = procedure(companyDesk, id).getJsonArray("options").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("transition").equals("concludeFinalDecision")).findFirst().orElseThrow();
        assertEquals("“上级无受理复查的机关，处理意见即为终结”不能办理：" + company.getString("name") + "受理复查、复核申请，须等申请期限届满。",
                notFinal.getString("blockedBecause"));
        assertEquals(409, take(companyDesk, id, "concludeFinalDecision", CaseSteps.none()).status());

        taken(workshopDesk, id, "requestReview", reason("员工不服车间答复，申请复查"));
        assertEquals(company.getString("name"), Api.get(companyLeader, "/cases/" + id).json().getString("unitName"));
        assertTrue(Api.get(workshopHead, "/cases/" + id).json().getBoolean("followedOnly"), "the workshop watches, read-only");
        // ... and still reads the notices, its own 处理意见书 among them, but adds nothing.
        Answer documents = Api.get(workshopHead, "/cases/" + id + "/documents");
        assertEquals(200, documents.status(), documents::toString);
        JsonObject ownDecision = documents.array().getValuesAs(JsonObject.class).stream()
                .filter(d -> "DECISION".equals(d.getString("noticeKind", ""))).findFirst().orElseThrow(() -> new AssertionError(documents.toString()));
        assertEquals(200, Api.get(workshopHead, "/cases/" + id + "/documents/" + ownDecision.getJsonNumber("id").longValue()).status());
        assertEquals(403, take(workshopHead, id, "decideReview", opinion("SUPPORT", "车间自行改答复")).status(), "and cannot act");

        taken(companyLeader, id, "decideReview", opinion("REJECT", "车间答复属实，予以维持。"));
        String reviewNotice = noticeText(companyLeader, id, "REVIEW");
        assertTrue(reviewNotice.contains("本机关之上没有受理复核申请的机关，对本复查意见不能再申请复核。"), reviewNotice);
        assertFalse(reviewNotice.contains(city.getString("name")), "the city's bureau is not the company's reviewer: " + reviewNotice);

        String why = "“信访人申请复核”不能办理：" + company.getString("name") + "之上没有受理复查、复核的机关，它已是企业系统中最高一级。";
        JsonObject option = procedure(companyDesk, id).getJsonArray("options").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("transition").equals("requestReReview")).findFirst().orElseThrow();
        assertEquals(why, option.getString("blockedBecause"));
        Answer refused = take(companyDesk, id, "requestReReview", reason("员工不服复查意见，申请复核"));
        assertEquals(409, refused.status(), refused::toString);
        assertEquals(why, refused.json().getString("message"));
        assertEquals("reviewed", procedure(companyLeader, id).getString("state"), "nothing changed");
        assertEquals(company.getString("name"), Api.get(cityLeader, "/cases/" + id).json().getString("unitName"),
                "it stays with the company, never goes to the city's bureau above it");

        // Nobody above could take a re-review: the company's review is final at once, not after a 30-day wait.
        JsonObject concluded = taken(companyDesk, id, "concludeFinalReview", CaseSteps.none());
        assertEquals("concluded", concluded.getString("state"));
        JsonObject window = concluded.getJsonArray("clocks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("re_review_window")).findFirst().orElseThrow();
        assertEquals("STOPPED", window.getString("status"), window::toString);
    }
}
