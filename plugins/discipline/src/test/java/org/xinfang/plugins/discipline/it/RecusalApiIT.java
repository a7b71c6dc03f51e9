package org.xinfang.plugins.discipline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * 回避 over the API: an investigator from the accused's own township, the accused himself and someone who
 * declared a conflict are refused as handler or investigator, with the ground; someone else is accepted;
 * only a leader assigns; the record lists who is on the report and the conflicts declared.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class RecusalApiIT {

    static final String LEADER = "jw.discipline_leader";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    static long townshipId() {
        long committee = JointFiguresApiIT.cityCommittee(LEADER);
        return Api.get(LEADER, "/discipline/joint/committees").array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("id").longValue() == committee).findFirst().orElseThrow()
                .getJsonArray("lowerCommittees").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("code").equals("QZ-JW-CG")).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    static long report(String accused) {
        return Api.register(Api.JW_CG_CLERK, Api.newCase(Api.uniqueSubject("回避")).add("form", Api.disciplineForm().add("subjectName", accused)))
                .getJsonNumber("id").longValue();
    }

    static Answer assign(String as, long caseId, String username, String duty) {
        return Api.post(as, "/discipline/reports/" + caseId + "/assignments",
                Json.createObjectBuilder().add("username", username).add("duty", duty).build());
    }

    @Test
    void anInvestigatorFromTheAccusedsTownshipIsRefusedAndOneFromTheCityAccepted() {
        long caseId = report("李某");
        Answer placed = Api.put("jw-cg.discipline_clerk", "/discipline/reports/" + caseId + "/accused-unit",
                Json.createObjectBuilder().add("unitId", townshipId()).build());
        assertEquals(200, placed.status(), placed::toString);
        assertEquals("城关镇纪委", placed.json().getString("unitName"));

        assertRefused(caseId, "jw-cg.discipline_investigator", "INVESTIGATOR", "城关纪承办人员在被反映人所在单位（城关镇纪委）任职，应当回避，不能担任核查人员");

        Answer accepted = assign(LEADER, caseId, "jw.discipline_investigator", "INVESTIGATOR");
        assertEquals(201, accepted.status(), accepted::toString);

        JsonObject record = Api.get(LEADER, "/discipline/reports/" + caseId + "/recusal").json();
        assertEquals(1, record.getJsonArray("assignments").size(), record::toString);
        assertEquals("jw.discipline_investigator", record.getJsonArray("assignments").getJsonObject(0).getString("username"));
    }

    @Test
    void theAccusedHimselfIsRefused() {
        // The demo user jw.handler is named 青纪承办人 (unit short name and role); the report is about a person of that name.
        long caseId = report("青纪承办人");
        assertRefused(caseId, "jw.handler", "HANDLER", "青纪承办人是被反映人本人，应当回避，不能担任承办人");
    }

    @Test
    void aDeclaredConflictIsRecordedAndRefusesTheAssignment() {
        long caseId = report("李某");
        Answer declared = Api.post("jw.discipline_clerk", "/discipline/reports/" + caseId + "/conflicts",
                Json.createObjectBuilder().add("username", "jw.discipline_investigator").add("reason", "与举报人系亲属").build());
        assertEquals(201, declared.status(), declared::toString);
        Answer refused = assign(LEADER, caseId, "jw.discipline_investigator", "INVESTIGATOR");
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.messageFor("username").endsWith("已申报回避（与举报人系亲属），不能担任核查人员"), refused::toString);
        JsonObject record = Api.get(LEADER, "/discipline/reports/" + caseId + "/recusal").json();
        assertEquals("与举报人系亲属", record.getJsonArray("declarations").getJsonObject(0).getString("reason"));
        Answer byName = Api.post("jw.discipline_clerk", "/discipline/reports/" + caseId + "/conflicts",
                Json.createObjectBuilder().add("personName", "张三").add("reason", "张三（13800001234）系被反映人亲属").build());
        assertEquals(201, byName.status(), byName::toString);
        assertEquals("举报人A", byName.json().getString("personName"), "the sealed reporter named in a declaration stays sealed");
        assertEquals("举报人A（举报人A）系被反映人亲属", byName.json().getString("reason"));
        assertEquals(0, record.getJsonArray("assignments").size(), "nothing saved");
    }

    @Test
    void onlyALeaderAssignsAndAConflictNeedsAReason() {
        long caseId = report("李某");
        Answer byClerk = assign("jw.discipline_clerk", caseId, "jw.discipline_investigator", "INVESTIGATOR");
        assertEquals(403, byClerk.status(), byClerk::toString);
        assertEquals("只有委领导可以确定承办人和核查人员", byClerk.json().getString("message"));
        Answer noReason = Api.post("jw.discipline_clerk", "/discipline/reports/" + caseId + "/conflicts",
                Json.createObjectBuilder().add("username", "jw.handler").build());
        assertEquals(400, noReason.status(), noReason::toString);
        assertEquals("回避理由不能为空", noReason.messageFor("reason"));
        Answer notVisible = assign("jw-ty.discipline_leader", caseId, "jw.handler", "HANDLER");
        assertEquals(404, notVisible.status(), "another township's leader does not see the report: " + notVisible);
    }

    @Test
    void theUnitTheReportIsAboutRecusesItsPeopleWithoutAnyoneRecordingIt() {
        long caseId = Api.register(Api.JW_CG_CLERK, Api.newCase(Api.uniqueSubject("回避")).add("concernedUnitId", townshipId())
                .add("form", Api.disciplineForm().add("subjectName", "李某"))).getJsonNumber("id").longValue();
        assertEquals("城关镇纪委", Api.get(LEADER, "/discipline/reports/" + caseId + "/recusal").json()
                .getJsonObject("accused").getString("unitName"));
        assertRefused(caseId, "jw-cg.discipline_investigator", "HANDLER", "城关纪承办人员在被反映人所在单位（城关镇纪委）任职，应当回避，不能担任承办人");
    }

    @Test
    void someoneWhoMustStandAsideCannotMoveTheAccusedsUnitAwayFromHisOwn() {
        long township = townshipId();
        long caseId = Api.register(Api.JW_CG_CLERK, Api.newCase(Api.uniqueSubject("回避")).add("concernedUnitId", township)
                .add("form", Api.disciplineForm().add("subjectName", "李某"))).getJsonNumber("id").longValue();
        long otherTownship = Api.get("jw-ty.clerk", "/me").json().getJsonArray("grants").getJsonObject(0).getJsonNumber("unitId").longValue();
        Answer refused = Api.put("jw-cg.discipline_leader", "/discipline/reports/" + caseId + "/accused-unit",
                Json.createObjectBuilder().add("unitId", otherTownship).build());
        assertEquals(403, refused.status(), refused::toString);
        assertTrue(refused.json().getString("message").endsWith("应当回避此件（在被反映人所在单位城关镇纪委任职），不能记录或更改被反映人所在单位"),
                refused::toString);
        assertRefused(caseId, "jw-cg.discipline_investigator", "HANDLER", "城关纪承办人员在被反映人所在单位（城关镇纪委）任职，应当回避，不能担任承办人");

        Answer outside = Api.put(LEADER, "/discipline/reports/" + caseId + "/accused-unit", Json.createObjectBuilder().add("unitId", 1).build());
        assertEquals(400, outside.status(), "the province's root is no unit the city's leader sees: " + outside);
        assertEquals(java.util.List.of("unitId"), outside.fieldsNamed());
    }

    @Test
    void someoneWhoCannotSeeTheReportIsRefused() {
        long caseId = report("李某");
        for (String outsider : java.util.List.of("qz.clerk", "dc.clerk", "jw-ty.discipline_investigator")) {
            Answer refused = assign(LEADER, caseId, outsider, "HANDLER");
            assertEquals(400, refused.status(), outsider + ": " + refused);
            assertTrue(refused.messageFor("username").endsWith("不在城关镇纪委或其上级纪委监委任职，看不到此件，不能担任承办人"), refused::toString);
        }
        assertEquals(0, Api.get(LEADER, "/discipline/reports/" + caseId + "/recusal").json().getJsonArray("assignments").size());
    }

    @Test
    void whoeverMustNowStandAsideIsTakenOffTheReport() {
        long caseId = report("李某");
        assertEquals(201, assign(LEADER, caseId, "jw-cg.discipline_investigator", "INVESTIGATOR").status());
        assertEquals(201, assign(LEADER, caseId, "jw.discipline_investigator", "INVESTIGATOR").status());
        assertEquals(201, assign(LEADER, caseId, "jw.handler", "HANDLER").status());

        Answer placed = Api.put("jw-cg.discipline_clerk", "/discipline/reports/" + caseId + "/accused-unit",
                Json.createObjectBuilder().add("unitId", townshipId()).build());
        assertEquals(200, placed.status(), placed::toString);
        assertEquals(java.util.List.of("jw.discipline_investigator", "jw.handler"), onTheReport(caseId), "the township's investigator stands aside");

        Answer declared = Api.post("jw.discipline_clerk", "/discipline/reports/" + caseId + "/conflicts",
                Json.createObjectBuilder().add("username", "jw.handler").add("reason", "与被反映人系同学").build());
        assertEquals(201, declared.status(), declared::toString);
        assertEquals(java.util.List.of("jw.discipline_investigator"), onTheReport(caseId), "a declared conflict takes the handler off");
    }

    /** The leader's assignment of {@code username} is refused with {@code message}, naming the user. */
    private static void assertRefused(long caseId, String username, String duty, String message) {
        Answer refused = assign(LEADER, caseId, username, duty);
        assertEquals(400, refused.status(), refused::toString);
        assertEquals(message, refused.messageFor("username"));
    }

    private static java.util.List<String> onTheReport(long caseId) {
        return Api.get(LEADER, "/discipline/reports/" + caseId + "/recusal").json().getJsonArray("assignments")
                .getValuesAs(JsonObject.class).stream().map(a -> a.getString("username")).toList();
    }
}
