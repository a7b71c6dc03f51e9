package org.xinfang.it.api;

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

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api.Answer;

/**
 * 复查 and 复核 along the petition bureaus' line, over HTTP: a county bureau's decision is reviewed by
 * the city's bureau and re-reviewed by the province's — never by a peer, never silently where it is —
 * the deciding bureau keeps read-only sight, and each opinion names where and by when to ask next. A
 * decision at the top of the tree cannot be reviewed, and both the notice and the refused step say so.
 * Each test builds its own province, city and county (ADR 0033).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class GovernmentReviewApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    /** A province's bureau over a city's over a county's, with the people each needs. */
    private record Tree(String province, String city, String county, String provinceLeader, String cityClerk, String cityLeader,
                        String countyClerk, String countyLeader) {

        static Tree build() {
            JsonObject province = Api.newUnit(null, "复查测试省信访局", "PROVINCE", "general");
            JsonObject city = Api.newUnit(id(province), "复查测试市信访局", "CITY", "general");
            JsonObject county = Api.newUnit(id(city), "复查测试区信访局", "COUNTY", "general");
            return new Tree(province.getString("name"), city.getString("name"), county.getString("name"),
                    Api.newPerson(id(province), "LEADER"), Api.newPerson(id(city), "CLERK"), Api.newPerson(id(city), "LEADER"),
                    Api.newPerson(id(county), "CLERK"), Api.newPerson(id(county), "LEADER"));
        }
    }

    private static long decided(String clerk, String leader, String subject) {
        long id = id(Api.register(clerk, Api.newCase(subject)));
        taken(clerk, id, "accept", CaseSteps.none());
        taken(leader, id, "decide", opinion("REJECT", "经核查，用工单位已足额支付工资，诉求不予支持。"));
        return id;
    }

    @Test
    void aCountysDecisionIsReviewedByTheCityAndReReviewedByTheProvinceWithTheCountyWatchingReadOnly() {
        Tree tree = Tree.build();
        long id = decided(tree.countyClerk(), tree.countyLeader(), Api.uniqueSubject("拖欠工资复查"));

        String decision = noticeText(tree.countyLeader(), id, "DECISION");
        assertTrue(decision.contains("30日内向" + tree.city() + "申请复查，申请复查的截止日期为"
                + written(dueOn(tree.countyLeader(), id, "review_window")) + "。"), decision);

        JsonObject review = taken(tree.countyClerk(), id, "requestReview", reason("信访人不服处理意见，申请复查"));
        assertEquals("reviewing", review.getString("state"));
        JsonObject moved = review.getJsonArray("history").getJsonObject(review.getJsonArray("history").size() - 1);
        assertEquals(tree.county(), moved.getString("fromUnit"));
        assertEquals(tree.city(), moved.getString("toUnit"));
        assertEquals(tree.city(), Api.get(tree.cityLeader(), "/cases/" + id).json().getString("unitName"));

        Answer watched = Api.get(tree.countyLeader(), "/cases/" + id);
        assertEquals(200, watched.status(), "the deciding bureau still sees its case: " + watched);
        assertTrue(watched.json().getBoolean("followedOnly"), watched::toString);
        Answer meddling = take(tree.countyLeader(), id, "decideReview", opinion("SUPPORT", "自行改判"));
        assertEquals(403, meddling.status(), "read-only: the county cannot act on the review " + meddling);
        assertEquals("此事项现由" + tree.city() + "办理，本单位只能查看，不能办理。", meddling.json().getString("message"));
        assertEquals("reviewing", procedure(tree.cityLeader(), id).getString("state"), "nothing changed");

        taken(tree.cityLeader(), id, "decideReview", opinion("REJECT", "原处理意见认定事实清楚，予以维持。"));
        String reviewNotice = noticeText(tree.cityLeader(), id, "REVIEW");
        assertTrue(reviewNotice.contains(tree.city()), "the city signs its review: " + reviewNotice);
        assertTrue(reviewNotice.contains("30日内向" + tree.province() + "申请复核，申请复核的截止日期为"
                + written(dueOn(tree.cityLeader(), id, "re_review_window")) + "。"), reviewNotice);

        JsonObject reReview = taken(tree.cityClerk(), id, "requestReReview", reason("信访人不服复查意见，申请复核"));
        assertEquals("re_reviewing", reReview.getString("state"));
        assertEquals(tree.province(), Api.get(tree.provinceLeader(), "/cases/" + id).json().getString("unitName"));
        assertTrue(Api.get(tree.cityLeader(), "/cases/" + id).json().getBoolean("followedOnly"), "the reviewer watches too");
        assertTrue(Api.get(tree.countyLeader(), "/cases/" + id).json().getBoolean("followedOnly"), "and the county still does");
        assertEquals(403, take(tree.cityLeader(), id, "decideReReview", opinion("SUPPORT", "自行复核")).status());

        taken(tree.provinceLeader(), id, "decideReReview", opinion("REJECT", "复核维持复查意见。"));
        assertTrue(noticeText(tree.provinceLeader(), id, "RE_REVIEW").contains("本复核意见为最终意见"));
    }

    @Test
    void theProvincesOwnDecisionCannotBeReviewedAndBothTheNoticeAndTheRefusedStepSaySo() {
        Tree tree = Tree.build();
        String provinceClerk = Api.newPerson(Api.unitId(tree.province()), "CLERK");
        long id = decided(provinceClerk, tree.provinceLeader(), Api.uniqueSubject("省级处理意见"));

        String decision = noticeText(tree.provinceLeader(), id, "DECISION");
        assertTrue(decision.contains("本机关之上没有受理复查申请的机关，对本处理意见不能再申请复查。"), decision);
        assertFalse(decision.contains("日内向"), decision);

        JsonObject option = procedure(provinceClerk, id).getJsonArray("options").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("transition").equals("requestReview")).findFirst().orElseThrow();
        assertFalse(option.getBoolean("available"), option::toString);
        String why = "“信访人申请复查”不能办理：" + tree.province() + "之上没有受理复查、复核的机关，它已是信访部门系统中最高一级。";
        assertEquals(why, option.getString("blockedBecause"));

        Answer refused = take(provinceClerk, id, "requestReview", reason("申请复查"));
        assertEquals(409, refused.status(), refused::toString);
        assertEquals(why, refused.json().getString("message"));
        JsonObject unchanged = procedure(provinceClerk, id);
        assertEquals("decided", unchanged.getString("state"));
        assertEquals(3, unchanged.getJsonArray("history").size(), "register, accept, decide: nothing more recorded");
    }
}
