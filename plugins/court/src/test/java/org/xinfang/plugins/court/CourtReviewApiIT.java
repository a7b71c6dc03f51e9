package org.xinfang.plugins.court;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * 复查 and 复核 of a court's decision go up the courts' line, over HTTP: a basic court's decision is
 * reviewed by the intermediate court beside the city's bureau — not by a petition bureau — whose review
 * hearing (复查听证) is reachable there, and re-reviewed by the high court beside the province's; the
 * deciding court keeps read-only sight and each opinion names the next court and the last day. The test
 * builds its own tree (ADR 0033).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class CourtReviewApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void aBasicCourtsDecisionIsReviewedAndHeardByTheIntermediateCourtAndReReviewedByTheHighCourt() {
        JsonObject province = Api.newUnit(null, "复查测试省信访局", "PROVINCE", "general");
        JsonObject highCourt = Api.newUnit(id(province), "复查测试省高级人民法院", "COURT", "court");
        JsonObject city = Api.newUnit(id(province), "复查测试市信访局", "CITY", "general");
        JsonObject intermediate = Api.newUnit(id(city), "复查测试市中级人民法院", "COURT", "court");
        JsonObject county = Api.newUnit(id(city), "复查测试区信访局", "COUNTY", "general");
        JsonObject basic = Api.newUnit(id(county), "复查测试区人民法院", "COURT", "court");
        String basicReception = Api.newPerson(id(basic), CourtPlugin.ROLE_RECEPTION);
        String basicLeader = Api.newPerson(id(basic), CourtPlugin.ROLE_LEADER);
        String intermediateReception = Api.newPerson(id(intermediate), CourtPlugin.ROLE_RECEPTION);
        String intermediateLeader = Api.newPerson(id(intermediate), CourtPlugin.ROLE_LEADER);
        String intermediateJudge = Api.newPerson(id(intermediate), CourtPlugin.ROLE_JUDGE);
        String highLeader = Api.newPerson(id(highCourt), CourtPlugin.ROLE_LEADER);

        long id = id(Api.register(basicReception, Api.newCase(Api.uniqueSubject("执行款迟迟未发放"))
                .add("form", Api.courtForm("(2025)青0102执88号"))));
        taken(basicReception, id, "accept", CaseSteps.none());
        taken(basicLeader, id, "decide", opinion("EXPLAIN", "执行款已于本月划入申请人账户，向信访人作出解释。"));
        String decision = noticeText(basicLeader, id, "DECISION");
        assertTrue(decision.contains("30日内向" + intermediate.getString("name") + "申请复查，申请复查的截止日期为"
                + written(dueOn(basicLeader, id, "review_window")) + "。"), decision);

        JsonObject review = taken(basicReception, id, "requestReview", reason("信访人不服，申请复查"));
        assertEquals("reviewing", review.getString("state"));
        Answer atIntermediate = Api.get(intermediateLeader, "/cases/" + id);
        assertEquals(200, atIntermediate.status(), atIntermediate::toString);
        assertEquals(intermediate.getString("name"), atIntermediate.json().getString("unitName"));
        assertTrue(procedure(intermediateLeader, id).getJsonArray("options").getValuesAs(JsonObject.class).stream()
                .anyMatch(o -> o.getString("transition").equals("openReviewHearing") && o.getBoolean("available")),
                "the court above, not " + city.getString("name") + ", holds the review and may hear it");
        assertTrue(Api.get(basicLeader, "/cases/" + id).json().getBoolean("followedOnly"), "the deciding court watches, read-only");
        assertEquals(403, take(basicLeader, id, "openReviewHearing", reason("本院组织听证")).status(), "and cannot act on it");

        // The court's own review hearing, unreachable while reviews went to the petition bureau.
        taken(intermediateLeader, id, "openReviewHearing", reason("组织双方当事人听证"));
        assertEquals("PAUSED", procedure(intermediateLeader, id).getJsonArray("clocks").getValuesAs(JsonObject.class).stream()
                .filter(k -> k.getString("name").equals("review")).findFirst().orElseThrow().getString("status"));
        taken(intermediateJudge, id, "closeReviewHearing", CaseSteps.none());
        taken(intermediateLeader, id, "decideReview", opinion("REJECT", "原答复认定事实清楚，予以维持。"));
        String reviewNotice = noticeText(intermediateLeader, id, "REVIEW");
        assertTrue(reviewNotice.contains("30日内向" + highCourt.getString("name") + "申请复核，申请复核的截止日期为"
                + written(dueOn(intermediateLeader, id, "re_review_window")) + "。"), reviewNotice);

        taken(intermediateReception, id, "requestReReview", reason("信访人不服复查意见，申请复核"));
        assertEquals(highCourt.getString("name"), Api.get(highLeader, "/cases/" + id).json().getString("unitName"));
        assertTrue(Api.get(intermediateLeader, "/cases/" + id).json().getBoolean("followedOnly"));
        assertTrue(Api.get(basicLeader, "/cases/" + id).json().getBoolean("followedOnly"));
        assertEquals(403, take(intermediateLeader, id, "decideReReview", opinion("SUPPORT", "自行复核")).status());
        assertEquals("concluded", taken(highLeader, id, "decideReReview", opinion("REJECT", "复核维持。")).getString("state"));
    }

    @Test
    void aTribunalsDecisionIsReviewedAboveItsOwnCourtAndTheTopCourtsCannotBeReviewed() {
        JsonObject province = Api.newUnit(null, "复查测试省信访局", "PROVINCE", "general");
        JsonObject highCourt = Api.newUnit(id(province), "复查测试省高级人民法院", "COURT", "court");
        JsonObject city = Api.newUnit(id(province), "复查测试市信访局", "CITY", "general");
        JsonObject intermediate = Api.newUnit(id(city), "复查测试市中级人民法院", "COURT", "court");
        JsonObject tribunal = Api.newUnit(id(intermediate), "复查测试民事审判第一庭", "TRIBUNAL", "court");
        String tribunalReception = Api.newPerson(id(tribunal), CourtPlugin.ROLE_RECEPTION);
        String tribunalLeader = Api.newPerson(id(tribunal), CourtPlugin.ROLE_LEADER);
        String highReception = Api.newPerson(id(highCourt), CourtPlugin.ROLE_RECEPTION);
        String highLeader = Api.newPerson(id(highCourt), CourtPlugin.ROLE_LEADER);

        long id = id(Api.register(tribunalReception, Api.newCase(Api.uniqueSubject("二审判决答疑"))
                .add("form", Api.courtForm("(2025)青01民终99号"))));
        taken(tribunalReception, id, "accept", CaseSteps.none());
        taken(tribunalLeader, id, "decide", opinion("EXPLAIN", "已当面释明判决理由。"));
        taken(tribunalReception, id, "requestReview", reason("申请复查"));
        assertEquals(highCourt.getString("name"), Api.get(highLeader, "/cases/" + id).json().getString("unitName"),
                "the tribunal decides in " + intermediate.getString("name") + "'s name: the court above that court reviews");

        taken(highLeader, id, "decideReview", opinion("REJECT", "维持。"));
        String reviewNotice = noticeText(highLeader, id, "REVIEW");
        assertTrue(reviewNotice.contains("本机关之上没有受理复核申请的机关，对本复查意见不能再申请复核。"), reviewNotice);
        Answer refused = take(highReception, id, "requestReReview", reason("申请复核"));
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("“信访人申请复核”不能办理：" + highCourt.getString("name") + "之上没有受理复查、复核的机关，它已是法院系统中最高一级。",
                refused.json().getString("message"));
        assertEquals("reviewed", procedure(highLeader, id).getString("state"), "nothing changed");
    }
}
