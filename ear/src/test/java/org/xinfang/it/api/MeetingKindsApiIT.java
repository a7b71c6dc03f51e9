package org.xinfang.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api.Answer;

/**
 * The meeting kinds agencies declare, over HTTP with the demo's court and a company of the test's own:
 * the court records a 联席会议 with the district's bodies linked to its own matter, lists and exports it
 * by kind; a 联席会议 without its outside bodies, a kind not open to the unit and a matter outside the
 * court are each refused by name with nothing saved; a company sees whether this month's 碰头会 was held.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeetingKindsApiIT {

    private static final String MEETINGS = "/prevention/meetings";
    private static final String JOINT = "court.joint";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> kindCodes(String user) {
        return Api.get(user, MEETINGS + "/kinds").array().getValuesAs(JsonObject.class).stream().map(k -> k.getString("code")).toList();
    }

    private static JsonObjectBuilder jointMeeting(String attendees, long... caseIds) {
        LocalDate held = Api.today().minusDays(1);
        var ids = Json.createArrayBuilder();
        for (long id : caseIds) {
            ids.add(id);
        }
        return Json.createObjectBuilder().add("kind", JOINT).add("meetingDate", held.toString()).add("month", YearMonth.from(held).toString())
                .add("attendees", attendees).add("situation", "198 名职工拟到市里集体上访，须区委、区政府统筹。").add("caseIds", ids)
                .add("decisions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("decision", "区政府牵头成立职工安置工作组 " + attendees).add("responsible", "常务副区长")
                        .add("dueOn", Api.today().plusDays(10).toString())));
    }

    private static List<Long> listedIds(String user, String query) {
        return Api.get(user, MEETINGS + query).array().getValuesAs(JsonObject.class).stream().map(Api::id).toList();
    }

    @Test
    void aCourtRecordsAJointMeetingWithTheDistrictLinkedToItsMatterAndFindsItByKind() throws Exception {
        assertEquals(List.of("analysis", JOINT), kindCodes(Api.ZY_CLERK), "the court has the analysis meeting and its own joint meeting");
        JsonObject joint = Api.get(Api.ZY_CLERK, MEETINGS + "/kinds").array().getValuesAs(JsonObject.class).get(1);
        assertEquals("联席会议", joint.getString("label"));
        assertTrue(joint.getBoolean("outsideBodies"));
        assertFalse(joint.getBoolean("monthly"));
        assertEquals(JsonValue.NULL, joint.get("heldThisMonth"));

        long matter = Api.id(Api.register(Api.ZY_CLERK, Api.newCase(Api.uniqueSubject("破产职工追索三金"))
                .add("form", Api.courtForm("（2024）青07破3号"))));
        String attendees = "区委书记、区长、本院院长 " + tag();
        Answer created = Api.post(Api.ZY_CLERK, MEETINGS, jointMeeting(attendees, matter)
                .add("outsideBodies", "中共朝阳区委、朝阳区人民政府、青州市中级人民法院").build());
        assertEquals(201, created.status(), created.toString());
        JsonObject meeting = created.json();
        assertEquals(JOINT, meeting.getString("kind"));
        assertEquals("联席会议", meeting.getString("kindLabel"));
        assertEquals("中共朝阳区委、朝阳区人民政府、青州市中级人民法院", meeting.getString("outsideBodies"));
        assertEquals(matter, meeting.getJsonArray("matters").getJsonObject(0).getJsonNumber("caseId").longValue());
        long id = Api.id(meeting);

        assertTrue(listedIds(Api.ZY_CLERK, "?kind=" + JOINT).contains(id), "listed under its kind");
        assertFalse(listedIds(Api.ZY_CLERK, "?kind=analysis").contains(id), "and not under another");
        Answer unknown = Api.get(Api.ZY_CLERK, MEETINGS + "?kind=court.banquet");
        assertEquals(400, unknown.status(), unknown.toString());
        assertEquals(List.of("kind"), unknown.fieldsNamed());
        assertTrue(unknown.messageFor("kind").contains("court.banquet") && unknown.messageFor("kind").contains(JOINT), unknown.toString());
        assertEquals(404, Api.get(Api.DC_CLERK, MEETINGS + "/" + id).status(), "another district does not see the court's meeting");

        List<List<String>> ledger = Workbooks.cells(Api.getBytes(Api.ZY_CLERK, MEETINGS + "/decisions/export?kind=" + JOINT).body());
        assertTrue(ledger.get(0).get(0).contains("联席会议决定事项"), "titled with the kind: " + ledger.get(0));
        List<String> heads = ledger.get(1);
        assertTrue(heads.containsAll(List.of("会议类型", "参加单位", "决定事项", "责任人")), heads.toString());
        List<String> row = ledger.stream().filter(r -> r.stream().anyMatch(c -> c.contains(attendees))).findFirst()
                .orElseThrow(() -> new AssertionError(ledger.toString()));
        assertEquals("联席会议", row.get(heads.indexOf("会议类型")));
        assertEquals("中共朝阳区委、朝阳区人民政府、青州市中级人民法院", row.get(heads.indexOf("参加单位")));
    }

    @Test
    void aJointMeetingWithoutItsOutsideBodiesAKindNotOpenToTheUnitAndAMatterOutsideTheCourtAreRefused() {
        long matter = Api.id(Api.register(Api.ZY_CLERK, Api.newCase(Api.uniqueSubject("联席会议事项")).add("form", Api.courtForm("（2024）青07民初9号"))));
        long districtMatter = Api.id(Api.register(Api.CY_CLERK, Api.newCase(Api.uniqueSubject("区信访局事项"))));
        String attendees = "未保存的会议 " + tag();

        Answer noBodies = Api.post(Api.ZY_CLERK, MEETINGS, jointMeeting(attendees, matter).build());
        assertEquals(400, noBodies.status(), noBodies.toString());
        assertEquals(List.of("outsideBodies"), noBodies.fieldsNamed());
        assertTrue(noBodies.messageFor("outsideBodies").contains("联席会议须写明参加单位"), noBodies.toString());

        Answer notOpen = Api.post(Api.CY_CLERK, MEETINGS, jointMeeting(attendees, districtMatter).add("outsideBodies", "区委").build());
        assertEquals(400, notOpen.status(), notOpen.toString());
        assertEquals(List.of("kind"), notOpen.fieldsNamed());
        assertTrue(notOpen.messageFor("kind").contains("“court.joint”不适用于“青州市朝阳区信访局”")
                && notOpen.messageFor("kind").contains("信访形势分析研判例会（analysis）"), notOpen.toString());
        assertEquals(List.of("kind"), Api.post(Api.ZY_CLERK, MEETINGS, jointMeeting(attendees, matter).add("kind", "company.leaders").build())
                .fieldsNamed(), "a company's kind is not the court's");
        assertEquals(List.of("outsideBodies"), Api.post(Api.ZY_CLERK, MEETINGS, jointMeeting(attendees, matter).add("kind", "analysis")
                .add("outsideBodies", "区委").build()).fieldsNamed(), "the analysis meeting records no outside bodies");

        Answer outside = Api.post(Api.ZY_CLERK, MEETINGS, jointMeeting(attendees, matter, districtMatter).add("outsideBodies", "区委、区政府").build());
        assertEquals(400, outside.status(), outside.toString());
        assertEquals(List.of("caseIds"), outside.fieldsNamed());
        assertTrue(outside.messageFor("caseIds").startsWith("事项 " + districtMatter + " 不存在"), "only the district's matter is named: " + outside);

        assertTrue(Api.get(Api.ZY_CLERK, MEETINGS).array().getValuesAs(JsonObject.class).stream()
                .noneMatch(m -> m.getString("attendees").equals(attendees)), "nothing saved");
        assertTrue(Api.get(Api.CY_CLERK, MEETINGS).array().getValuesAs(JsonObject.class).stream()
                .noneMatch(m -> m.getString("attendees").equals(attendees)), "nothing saved");
    }

    @Test
    void aCompanySeesWhetherThisMonthsLeadersMeetingWasHeld() {
        JsonObject company = Api.newUnit(Api.unitId("青州市信访局"), "碰头会测试公司", "COMPANY", "company");
        String clerk = Api.newPerson(Api.id(company), "CLERK");
        List<JsonObject> kinds = Api.get(clerk, MEETINGS + "/kinds").array().getValuesAs(JsonObject.class);
        assertEquals(List.of("analysis", "company.leaders"), kinds.stream().map(k -> k.getString("code")).toList());
        JsonObject leaders = kinds.get(1);
        assertEquals("两级领导班子碰头会", leaders.getString("label"));
        assertTrue(leaders.getBoolean("monthly"));
        assertEquals(JsonValue.NULL, leaders.get("heldThisMonth"), "not held yet this month");

        LocalDate today = Api.today();
        Answer held = Api.post(clerk, MEETINGS, Json.createObjectBuilder().add("kind", "company.leaders").add("meetingDate", today.toString())
                .add("month", YearMonth.from(today).toString()).add("attendees", "公司党委书记、分管副书记、各车间主任、支部书记")
                .add("situation", "本月员工来访 2 件，均为加班费计发。").build());
        assertEquals(201, held.status(), held.toString());
        assertEquals("两级领导班子碰头会", held.json().getString("kindLabel"));
        JsonObject after = Api.get(clerk, MEETINGS + "/kinds").array().getValuesAs(JsonObject.class).get(1);
        assertEquals(today.toString(), after.getString("heldThisMonth"));
        assertEquals(JsonValue.NULL, Api.get(clerk, MEETINGS + "/kinds").array().getJsonObject(0).get("heldThisMonth"),
                "the analysis meeting of this month is still to be held");
    }
}
