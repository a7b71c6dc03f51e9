package org.xinfang.plugins.discipline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinfang.it.api.Api.id;
import static org.xinfang.it.api.CaseSteps.dueOn;
import static org.xinfang.it.api.CaseSteps.noticeText;
import static org.xinfang.it.api.CaseSteps.opinion;
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
import org.xinfang.it.api.CaseSteps;
import org.xinfang.plugins.discipline.DisciplinePlugin;

/**
 * 复查 and 复核 of a commission's decision go up the commissions' line, over HTTP: a township
 * commission's finding is reviewed by the city commission and re-reviewed by the provincial commission
 * beside the province's bureau — past the city petition bureau the city commission hangs under; the
 * deciding commission keeps read-only sight; each opinion names the next commission and the last day.
 * The test builds its own tree (ADR 0033).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class DisciplineReviewApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void aTownshipCommissionsFindingIsReviewedByTheCityCommissionAndReReviewedByTheProvincialCommission() {
        JsonObject province = Api.newUnit(null, "复查测试省信访局", "PROVINCE", "general");
        JsonObject provincial = Api.newUnit(id(province), "复查测试省纪委监委", "PROVINCE", "discipline");
        JsonObject city = Api.newUnit(id(province), "复查测试市信访局", "CITY", "general");
        JsonObject cityCommission = Api.newUnit(id(city), "复查测试市纪委监委", "CITY", "discipline");
        JsonObject township = Api.newUnit(id(cityCommission), "复查测试镇纪委", "TOWNSHIP", "discipline");
        String townshipClerk = Api.newPerson(id(township), DisciplinePlugin.ROLE_CLERK);
        String townshipLeader = Api.newPerson(id(township), DisciplinePlugin.ROLE_LEADER);
        String cityClerk = Api.newPerson(id(cityCommission), DisciplinePlugin.ROLE_CLERK);
        String cityLeader = Api.newPerson(id(cityCommission), DisciplinePlugin.ROLE_LEADER);
        String provincialLeader = Api.newPerson(id(provincial), DisciplinePlugin.ROLE_LEADER);

        long id = id(Api.register(townshipClerk, Api.newCase(Api.uniqueSubject("反映副镇长违规发放补贴"))
                .add("form", Api.disciplineForm())));
        taken(townshipClerk, id, "accept", CaseSteps.none());
        taken(townshipLeader, id, "choosePreliminaryVerification", reason("线索具体，启动初步核实"));
        taken(townshipLeader, id, "reportVerification", opinion("REJECT", "经初步核实，补贴按规定标准发放，反映问题不属实。"));
        String decision = noticeText(townshipLeader, id, "DECISION");
        assertTrue(decision.contains("30日内向" + cityCommission.getString("name") + "申请复查，申请复查的截止日期为"
                + written(dueOn(townshipLeader, id, "review_window")) + "。"), decision);

        taken(townshipClerk, id, "requestReview", reason("举报人不服核实结论，申请复查"));
        assertEquals(cityCommission.getString("name"), Api.get(cityLeader, "/cases/" + id).json().getString("unitName"));
        assertTrue(Api.get(townshipLeader, "/cases/" + id).json().getBoolean("followedOnly"), "the township watches, read-only");
        assertEquals(403, take(townshipLeader, id, "decideReview", opinion("SUPPORT", "自行改变结论")).status(), "and cannot act");

        taken(cityLeader, id, "decideReview", opinion("REJECT", "初核结论有据，予以维持。"));
        String reviewNotice = noticeText(cityLeader, id, "REVIEW");
        assertTrue(reviewNotice.contains("30日内向" + provincial.getString("name") + "申请复核，申请复核的截止日期为"
                + written(dueOn(cityLeader, id, "re_review_window")) + "。"), reviewNotice);

        taken(cityClerk, id, "requestReReview", reason("举报人不服复查意见，申请复核"));
        assertEquals(provincial.getString("name"), Api.get(provincialLeader, "/cases/" + id).json().getString("unitName"),
                "up the commissions' line, past " + city.getString("name"));
        assertTrue(Api.get(cityLeader, "/cases/" + id).json().getBoolean("followedOnly"));
        assertTrue(Api.get(townshipLeader, "/cases/" + id).json().getBoolean("followedOnly"));
        assertEquals(403, take(cityLeader, id, "decideReReview", opinion("SUPPORT", "自行复核")).status());
        assertEquals("concluded", taken(provincialLeader, id, "decideReReview", opinion("REJECT", "复核维持。")).getString("state"));
    }
}
