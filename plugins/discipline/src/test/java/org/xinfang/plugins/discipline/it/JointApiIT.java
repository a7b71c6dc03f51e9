package org.xinfang.plugins.discipline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
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

/**
 * A township's important report through the joint investigation over the API, each rule refused with
 * its reason and nothing changed: screening (a second registration, a bad body), the 拟办单 (no
 * category, a leader proposing, a clerk approving), the team's region rule and recusal of a member,
 * the work and the outcome, and the year's figures moving by exactly this case. Works in last year,
 * so the demo year stays the seed's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class JointApiIT {

    static final String TOWNSHIP_CLERK = "jw-cg.discipline_clerk";
    static final String OFFICE = "jw.discipline_clerk";
    static final String LEADER = "jw.discipline_leader";
    static final String INVESTIGATOR = "jw.discipline_investigator";
    static final String LAST_YEAR = String.valueOf(Api.today().getYear() - 1);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    /** A new discipline report held by 城关镇纪委. */
    static long townshipReport(String what) {
        return Api.register(Api.JW_CG_CLERK, Api.newCase(Api.uniqueSubject(what)).add("form", Api.disciplineForm()))
                .getJsonNumber("id").longValue();
    }

    static JsonObject registered(long committee, long caseId) {
        Answer created = Api.post(TOWNSHIP_CLERK, "/discipline/joint/cases", Json.createObjectBuilder()
                .add("committeeUnitId", committee).add("caseId", caseId).add("round", "MONTHLY").add("period", LAST_YEAR + "-12")
                .add("repeatReport", true).add("aboutUnitHead", true).build());
        assertEquals(201, created.status(), created::toString);
        return created.json();
    }

    static JsonObject team(long committee, String name) {
        return Api.get(LEADER, "/discipline/joint/committees/" + committee + "/teams").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("name").equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    static JsonObject figures(long committee) {
        Answer answer = Api.get(LEADER, "/discipline/joint/committees/" + committee + "/figures?year=" + LAST_YEAR);
        assertEquals(200, answer.status(), answer::toString);
        return answer.json().getJsonObject("total");
    }

    @Test
    void aTownshipReportGoesFromTheRegisterToAnOutcomeAndTheFiguresCountIt() throws IOException {
        long committee = JointFiguresApiIT.cityCommittee(LEADER);
        JsonObject before = figures(committee);
        long caseId = townshipReport("联查全程");

        JsonObject candidate = registered(committee, caseId);
        long id = candidate.getJsonNumber("id").longValue();
        assertEquals("REGISTERED", candidate.getString("status"));
        assertEquals("城关镇纪委", candidate.getString("regionUnitName"), "a township's own report is of its region");
        assertEquals("李某", candidate.getString("accusedName"));
        JsonObject december = Api.get(LEADER, "/discipline/joint/committees/" + committee + "/returns?period=" + LAST_YEAR + "-12").array()
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("unitName").equals("城关镇纪委")).findFirst().orElseThrow();
        assertEquals("RETURNED", december.getString("status"), "a monthly registration returns the township's form");

        Answer proposed = Api.post(OFFICE, "/discipline/joint/cases/" + id + "/proposal", Json.createObjectBuilder()
                .add("eligibility", Json.createArrayBuilder().add("CONTESTED_OR_REPEATED").add("RECUSAL_OR_HARD_TO_VERIFY"))
                .add("proposal", "基层已作处理，举报人张三（13800001234）仍不服，拟列为联查件").build());
        assertEquals(200, proposed.status(), proposed::toString);
        assertEquals("基层已作处理，举报人举报人A（举报人A）仍不服，拟列为联查件", proposed.json().getString("proposal"),
                "the sealed reporter is kept out of what the office writes");
        assertEquals("PROPOSED", proposed.json().getString("status"));

        Answer approved = Api.post(LEADER, "/discipline/joint/cases/" + id + "/decision",
                Json.createObjectBuilder().add("approve", true).add("note", "同意，注意保护张三").build());
        assertEquals(200, approved.status(), approved::toString);
        assertEquals("SELECTED", approved.json().getString("status"));
        String number = approved.json().getString("formNumber");
        assertTrue(number.contains("拟办〔"), number);
        JsonObject form = Api.get(LEADER, "/cases/" + caseId + "/documents").array().getValuesAs(JsonObject.class).stream()
                .filter(d -> number.equals(d.getString("number", null))).findFirst().orElseThrow(() -> new AssertionError(number));
        assertTrue(form.getString("fileName").endsWith(".pdf"), form::toString);
        assertEquals("同意，注意保护举报人A", approved.json().getString("decisionNote"));

        Answer taken = Api.post(LEADER, "/discipline/joint/cases/" + id + "/team", Json.createObjectBuilder()
                .add("teamId", team(committee, "第二联查组").getJsonNumber("id").longValue()).build());
        assertEquals(200, taken.status(), taken::toString);
        assertEquals(Api.today().plusDays(60).toString(), taken.json().getString("dueOn"), "the committee's days per case");

        Answer work = Api.put(INVESTIGATOR, "/discipline/joint/cases/" + id + "/work",
                Json.createObjectBuilder().add("plan", "调取村账、走访群众、约谈被反映人").build());
        assertEquals(200, work.status(), work::toString);
        assertEquals("调取村账、走访群众、约谈被反映人", work.json().getString("plan"));

        Answer attached = Api.post(INVESTIGATOR, "/discipline/joint/cases/" + id + "/attachments", Json.createObjectBuilder()
                .add("kind", "INTERVIEW").add("fileName", "谈话笔录.pdf").add("content", Base64.getEncoder().encodeToString(scan())).build());
        assertEquals(201, attached.status(), attached::toString);
        assertEquals("谈话笔录", attached.json().getString("title"));
        long interview = attached.json().getJsonNumber("documentId").longValue();
        JsonObject listed = Api.get("qz.leader", "/cases/" + caseId + "/documents").array().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getJsonNumber("id").longValue() == interview).findFirst().orElseThrow();
        assertTrue(listed.getBoolean("identifying"), "an interview record names who was heard: " + listed);
        assertTrue(listed.isNull("href"), "only the keeper opens it: " + listed);

        Answer badMoney = Api.post(INVESTIGATOR, "/discipline/joint/cases/" + id + "/outcome",
                Json.createObjectBuilder().add("outcome", "FILED").add("moneyCollected", -1).build());
        assertEquals(400, badMoney.status(), badMoney::toString);
        assertEquals(List.of("moneyCollected"), badMoney.fieldsNamed());
        Answer longAgo = Api.post(INVESTIGATOR, "/discipline/joint/cases/" + id + "/outcome",
                Json.createObjectBuilder().add("outcome", "FILED").add("on", "1999-05-10").build());
        assertEquals(400, longAgo.status(), longAgo::toString);
        assertEquals("结果日期不能早于该件摸排登记的月份（" + LAST_YEAR + "-12）", longAgo.messageFor("on"));

        Answer outcome = Api.post(INVESTIGATOR, "/discipline/joint/cases/" + id + "/outcome", Json.createObjectBuilder()
                .add("outcome", "FILED").add("moneyCollected", new BigDecimal("12000.50")).add("contractsEnded", 1)
                .add("note", "终止出让合同1份").build());
        assertEquals(200, outcome.status(), outcome::toString);
        assertEquals("立案", outcome.json().getString("outcomeLabel"));

        JsonObject after = figures(committee);
        assertEquals(before.getInt("found") + 1, after.getInt("found"));
        assertEquals(before.getInt("repeats") + 1, after.getInt("repeats"));
        assertEquals(before.getInt("aboutUnitHeads") + 1, after.getInt("aboutUnitHeads"));
        assertEquals(before.getInt("selected") + 1, after.getInt("selected"));
        assertEquals(before.getInt("filed") + 1, after.getInt("filed"));
        assertEquals(0, before.getJsonNumber("moneyRecovered").bigDecimalValue().add(new BigDecimal("12000.50"))
                .compareTo(after.getJsonNumber("moneyRecovered").bigDecimalValue()));
    }

    @Test
    void screeningRefusesASecondRegistrationAndNamesEveryBadField() {
        long committee = JointFiguresApiIT.cityCommittee(LEADER);
        long caseId = townshipReport("重复登记");
        registered(committee, caseId);

        Answer again = Api.post(TOWNSHIP_CLERK, "/discipline/joint/cases", Json.createObjectBuilder()
                .add("committeeUnitId", committee).add("caseId", caseId).add("round", "MONTHLY").add("period", LAST_YEAR + "-12").build());
        assertEquals(409, again.status(), again::toString);
        assertTrue(again.json().getString("message").contains("已在重要信访件登记表上"), again::toString);

        Answer bad = Api.post(TOWNSHIP_CLERK, "/discipline/joint/cases", Json.createObjectBuilder()
                .add("caseId", "x").add("round", "WEEKLY").add("period", "2026-13").build());
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(List.of("committeeUnitId", "caseId", "round", "period"), bad.fieldsNamed());
        assertEquals("组织联查的纪委不能为空", bad.messageFor("committeeUnitId"));

        Answer otherTownship = Api.post("jw-ty.discipline_clerk", "/discipline/joint/cases", Json.createObjectBuilder()
                .add("committeeUnitId", committee).add("caseId", townshipReport("他镇登记")).add("round", "MONTHLY")
                .add("period", LAST_YEAR + "-12").build());
        assertEquals(404, otherTownship.status(), "another township cannot see, let alone register, 城关镇's report: " + otherTownship);
    }

    @Test
    void onlyTheOfficeProposesOnlyWithACategoryAndOnlyALeaderApproves() {
        long committee = JointFiguresApiIT.cityCommittee(LEADER);
        long id = registered(committee, townshipReport("拟办审批")).getJsonNumber("id").longValue();
        String path = "/discipline/joint/cases/" + id;

        Answer noCategory = Api.post(OFFICE, path + "/proposal", Json.createObjectBuilder().add("proposal", "拟列为联查件").build());
        assertEquals(400, noCategory.status(), noCategory::toString);
        assertEquals("至少勾选一项联查范围，才能列为联查件", noCategory.messageFor("eligibility"));

        Answer leaderProposes = Api.post(LEADER, path + "/proposal", proposal());
        assertEquals(403, leaderProposes.status(), leaderProposes::toString);
        assertEquals("只有委信访室（联查办公室）可以填写拟办单", leaderProposes.json().getString("message"));

        assertEquals(200, Api.post(OFFICE, path + "/proposal", proposal()).status());
        Answer clerkApproves = Api.post(OFFICE, path + "/decision", Json.createObjectBuilder().add("approve", true).build());
        assertEquals(403, clerkApproves.status(), clerkApproves::toString);
        assertEquals("拟办单须由委领导审批；信访室登记人员、承办人员不能审批", clerkApproves.json().getString("message"));
        Answer investigatorApproves = Api.post(INVESTIGATOR, path + "/decision", Json.createObjectBuilder().add("approve", true).build());
        assertEquals(403, investigatorApproves.status(), investigatorApproves::toString);
        assertEquals("PROPOSED", Api.get(LEADER, path).json().getString("status"), "nothing changed");

        Answer rejected = Api.post(LEADER, path + "/decision", Json.createObjectBuilder().add("approve", false).add("note", "暂不列入").build());
        assertEquals(200, rejected.status(), rejected::toString);
        assertEquals("REJECTED", rejected.json().getString("status"));
        assertTrue(rejected.json().isNull("formNumber"), "a rejected proposal issues no form");
    }

    @Test
    void aTeamNeverTakesItsOwnMembersRegionAndAMemberWhoDeclaredAConflictBarsTheTeam() {
        long committee = JointFiguresApiIT.cityCommittee(LEADER);
        long caseId = townshipReport("片区回避");
        long id = selected(committee, caseId);
        String path = "/discipline/joint/cases/" + id + "/team";

        Answer ownRegion = Api.post(LEADER, path, Json.createObjectBuilder()
                .add("teamId", team(committee, "第一联查组").getJsonNumber("id").longValue()).build());
        assertEquals(400, ownRegion.status(), ownRegion::toString);
        assertTrue(ownRegion.messageFor("teamId").startsWith("第一联查组的成员陈刚来自城关镇纪委，联查组不得调查本组成员所在片区的信访件"),
                ownRegion::toString);

        Answer declared = Api.post(OFFICE, "/discipline/reports/" + caseId + "/conflicts",
                Json.createObjectBuilder().add("personName", "刘洋").add("reason", "与被反映人系同学").build());
        assertEquals(201, declared.status(), declared::toString);
        Answer recused = Api.post(LEADER, path, Json.createObjectBuilder()
                .add("teamId", team(committee, "第二联查组").getJsonNumber("id").longValue()).build());
        assertEquals(400, recused.status(), recused::toString);
        assertEquals("刘洋已申报回避（与被反映人系同学），不能担任联查组成员", recused.messageFor("teamId"));

        Answer third = Api.post(LEADER, path, Json.createObjectBuilder()
                .add("teamId", team(committee, "第三联查组").getJsonNumber("id").longValue())
                .add("dueOn", Api.today().plusDays(30).toString()).build());
        assertEquals(200, third.status(), third::toString);
        assertTrue(Api.get(INVESTIGATOR, "/discipline/joint/cases/" + id).json().getJsonNumber("teamId") != null);
    }

    /** Registered, proposed and approved: a joint case of last year. */
    static long selected(long committee, long caseId) {
        long id = registered(committee, caseId).getJsonNumber("id").longValue();
        assertEquals(200, Api.post(OFFICE, "/discipline/joint/cases/" + id + "/proposal", proposal()).status());
        Answer approved = Api.post(LEADER, "/discipline/joint/cases/" + id + "/decision", Json.createObjectBuilder().add("approve", true).build());
        assertEquals(200, approved.status(), approved::toString);
        return id;
    }

    static jakarta.json.JsonObject proposal() {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("eligibility", Json.createArrayBuilder().add("RECUSAL_OR_HARD_TO_VERIFY")).add("proposal", "基层难以核实，拟列为联查件");
        return body.build();
    }

    static byte[] scan() throws IOException {
        try (InputStream in = JointApiIT.class.getClassLoader().getResourceAsStream("scans/letter.pdf")) {
            if (in == null) {
                throw new AssertionError("scans/letter.pdf is not on the test class path");
            }
            return in.readAllBytes();
        }
    }
}
