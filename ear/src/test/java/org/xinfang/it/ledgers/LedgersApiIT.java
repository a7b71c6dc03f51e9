package org.xinfang.it.ledgers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.it.Deployments;
import org.xinfang.it.SignedInPagesIT;
import org.xinfang.it.api.Api;

/**
 * The ledgers over HTTP with the demo users, against the EAR as built: a district clerk reports once
 * (a second time is a 409 naming the period) and the city's leader reads the roll-up; a dispute is
 * registered, resolved once and invisible to the other district; wrong types, missing fields, a day to
 * come and a unit one does not belong to are refused naming the field; the pages render for their users.
 * Re-runnable on a kept database: each run reports for a day (and screens a round) not yet taken.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LedgersApiIT {

    private static final String CY_HANDLER = "cy.handler";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static long unitOf(String user) {
        Api.Answer me = Api.get(user, "/me");
        assertEquals(200, me.status(), me.toString());
        return me.json().getJsonArray("grants").getJsonObject(0).getJsonNumber("unitId").longValue();
    }

    /** The latest day before today whose period the unit has not reported yet. */
    private static LocalDate unreportedDay(String user, long unitId) {
        for (LocalDate day = today().minusDays(1); day.isAfter(today().minusDays(360)); day = day.minusDays(1)) {
            Api.Answer due = Api.get(user, "/reports/due?unitId=" + unitId + "&date=" + day);
            assertEquals(200, due.status(), due.toString());
            if (due.json().isNull("report")) {
                return day;
            }
        }
        throw new AssertionError("every day of the year reported already");
    }

    @Test
    void aDistrictReportsOnceAndTheCityLeaderReadsTheRollUp() {
        long cy = unitOf(Api.CY_CLERK);
        long qz = unitOf(Api.QZ_LEADER);
        LocalDate day = unreportedDay(Api.CY_CLERK, cy);
        // The district registers demo cases on many days: it reports figures, which a day with cases needs.
        JsonObject figures = Json.createObjectBuilder().add("unitId", cy).add("period", day.toString()).add("nothingToReport", false)
                .add("visitBatches", 1).add("visitPersons", 2).add("incidents", 0).add("notes", "一批两人来访，反映物业问题，已登记。").build();

        Api.Answer reported = Api.post(Api.CY_CLERK, "/reports", figures);
        assertEquals(201, reported.status(), reported.toString());
        assertTrue(reported.json().getBoolean("late"), "a past day's cut-off has passed");
        assertEquals(2, reported.json().getInt("visitPersons"));
        JsonObject nothing = Json.createObjectBuilder().add("unitId", cy).add("period", day.toString()).add("nothingToReport", true).build();
        Api.Answer again = Api.post(Api.CY_LEADER, "/reports", nothing);
        assertEquals(409, again.status(), again.toString());
        assertEquals(List.of("period"), again.fieldsNamed());
        assertTrue(again.messageFor("period").contains(Api.CY_CLERK), again.toString());

        Api.Answer overview = Api.get(Api.QZ_LEADER, "/reports/overview?unitId=" + qz + "&date=" + day);
        assertEquals(200, overview.status(), overview.toString());
        JsonObject cyRow = overview.json().getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getJsonNumber("unitId").longValue() == cy).findFirst().orElseThrow();
        assertEquals("LATE", cyRow.getString("standing"));
        assertEquals("逾期报送", cyRow.getString("standingLabel"));
        assertTrue(overview.json().getJsonObject("totals").getInt("units") >= 2, overview.toString());

        assertEquals(List.of("unitId"), Api.get(Api.DC_CLERK, "/reports/overview?unitId=" + qz).fieldsNamed(), "a district does not read the city's");
        Api.Answer stranger = Api.post(Api.DC_CLERK, "/reports", nothing);
        assertEquals(400, stranger.status(), stranger.toString());
        assertEquals(List.of("unitId"), stranger.fieldsNamed(), "a unit one does not belong to");
        Api.Answer tooOld = Api.post(Api.CY_CLERK, "/reports", Json.createObjectBuilder(nothing).add("period", day.minusDays(400).toString()).build());
        assertEquals(List.of("period"), tooOld.fieldsNamed(), "a period over a year back: " + tooOld);
        assertEquals(403, Api.post(CY_HANDLER, "/reports", Json.createObjectBuilder(nothing).add("period", today().toString()).build()).status(),
                "a handler does not report for the unit");
    }

    @Test
    void wrongTypesMissingFieldsAndDaysToComeAreRefusedNamingTheField() {
        long cy = unitOf(Api.CY_CLERK);
        Api.Answer types = Api.postText(Api.CY_CLERK, "/reports",
                "{\"unitId\":\"朝阳\",\"period\":\"2026-02-30\",\"nothingToReport\":\"是\",\"visitBatches\":1.5}");
        assertEquals(400, types.status(), types.toString());
        assertEquals(List.of("unitId", "period", "nothingToReport", "visitBatches"), types.fieldsNamed());
        Api.Answer missing = Api.postText(Api.CY_CLERK, "/reports", "{}");
        assertEquals(List.of("unitId", "period", "nothingToReport"), missing.fieldsNamed());
        Api.Answer future = Api.post(Api.CY_CLERK, "/reports", Json.createObjectBuilder().add("unitId", cy)
                .add("period", today().plusDays(1).toString()).add("nothingToReport", true).build());
        assertEquals(List.of("period"), future.fieldsNamed(), future.toString());
        Api.Answer figures = Api.post(Api.CY_CLERK, "/reports", Json.createObjectBuilder().add("unitId", cy).add("period", today().toString())
                .add("nothingToReport", false).add("visitBatches", 3).add("visitPersons", 2).build());
        assertEquals(List.of("visitPersons", "notes"), figures.fieldsNamed(), figures.toString());
        assertEquals(List.of("body"), Api.postText(Api.CY_CLERK, "/reports", "报告").fieldsNamed());

        assertEquals(List.of("unitId"), Api.get(Api.CY_CLERK, "/reports/overview?unitId=abc").fieldsNamed());
        assertEquals(List.of("date"), Api.get(Api.CY_CLERK, "/reports/overview?unitId=" + cy + "&date=2026-13-01").fieldsNamed());
        assertEquals(List.of("month"), Api.get(Api.CY_CLERK, "/screening/ledger?unitId=" + cy + "&month=2026-3x").fieldsNamed());
        assertEquals(List.of("risk"), Api.get(Api.CY_CLERK, "/screening/ledger?unitId=" + cy + "&risk=EXTREME").fieldsNamed());
        Api.Answer dispute = Api.post(Api.CY_CLERK, "/screening/disputes", Json.createObjectBuilder().add("unitId", cy)
                .add("foundOn", today().toString()).add("parties", "").add("matter", "土地纠纷").add("risk", "HIGHEST")
                .add("responsiblePerson", "王强").add("plan", "调解").add("dueOn", today().minusDays(1).toString()).build());
        assertEquals(List.of("risk"), dispute.fieldsNamed(), "a wrong type is named before the rules run: " + dispute);

        JsonObject weekly = Json.createObjectBuilder().add("cadence", "WEEKLY").add("cutOff", "17:00").add("dueWeekday", "FRIDAY").build();
        assertEquals(403, Api.put(Api.CY_CLERK, "/reports/schedules/levels/VILLAGE", weekly).status());
        assertEquals(List.of("level"), Api.put(Api.ADMIN, "/reports/schedules/levels/HAMLET", weekly).fieldsNamed());
        assertEquals(List.of("cutOff"), Api.put(Api.ADMIN, "/reports/schedules/levels/VILLAGE",
                Json.createObjectBuilder(weekly).add("cutOff", "25:00").build()).fieldsNamed());
        assertEquals(List.of("dueDay"), Api.put(Api.ADMIN, "/reports/schedules/levels/VILLAGE",
                Json.createObjectBuilder().add("cadence", "MONTHLY").add("cutOff", "17:00").build()).fieldsNamed());
        Api.Answer rules = Api.get(Api.CY_CLERK, "/reports/schedules");
        assertEquals(200, rules.status());
        JsonObject village = rules.json().getJsonArray("levels").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("level").equals("VILLAGE")).findFirst().orElseThrow();
        assertEquals("DAILY", village.getJsonObject("rule").getString("cadence"), "nothing refused was saved");
    }

    @Test
    void aDisputeIsRegisteredResolvedOnceAndSeenOnlyWithinItsUnit() {
        long cy = unitOf(Api.CY_CLERK);
        JsonObject body = Json.createObjectBuilder().add("unitId", cy).add("foundOn", today().toString()).add("parties", "刘某、陈某")
                .add("matter", "小区加装电梯费用分摊争议").add("risk", "MEDIUM").add("responsiblePerson", "社区主任孙丽")
                .add("plan", "召集业主协商，请街道司法所调解").add("dueOn", today().plusDays(20).toString()).build();
        Api.Answer registered = Api.post(Api.CY_CLERK, "/screening/disputes", body);
        assertEquals(201, registered.status(), registered.toString());
        long id = registered.json().getJsonNumber("id").longValue();
        assertEquals("中", registered.json().getString("riskLabel"));
        assertEquals("OPEN", registered.json().getString("status"));

        assertEquals(404, Api.get(Api.DC_CLERK, "/screening/disputes/" + id).status());
        assertEquals(404, Api.post(Api.DC_CLERK, "/screening/disputes/" + id + "/resolve", note("已调解")).status());
        assertEquals(403, Api.post(CY_HANDLER, "/screening/disputes/" + id + "/resolve", note("已调解")).status());
        assertEquals(List.of("note"), Api.post(Api.CY_CLERK, "/screening/disputes/" + id + "/resolve", note(" ")).fieldsNamed());
        Api.Answer resolved = Api.post(Api.CY_CLERK, "/screening/disputes/" + id + "/resolve", note("业主达成分摊协议，已签字"));
        assertEquals(200, resolved.status(), resolved.toString());
        assertEquals("RESOLVED", resolved.json().getString("status"));
        assertEquals(409, Api.post(Api.CY_LEADER, "/screening/disputes/" + id + "/resolve", note("再次")).status());
        assertEquals(409, Api.post(Api.CY_LEADER, "/screening/disputes/" + id + "/case",
                Json.createObjectBuilder().add("caseId", 1).build()).status(), "a resolved dispute is not turned into a case");

        Api.Answer ledger = Api.get(Api.CY_LEADER, "/screening/ledger?unitId=" + cy + "&month=" + YearMonth.from(today()) + "&status=RESOLVED");
        assertEquals(200, ledger.status(), ledger.toString());
        assertTrue(ledger.json().getJsonArray("disputes").getValuesAs(JsonObject.class).stream()
                .anyMatch(d -> d.getJsonNumber("id").longValue() == id));
        assertTrue(ledger.json().getBoolean("mayKeep"));

        // A round not recorded yet: this month's, or the latest month before with its round still open.
        for (YearMonth month = YearMonth.from(today()); ; month = month.minusMonths(1)) {
            JsonObject round = Api.get(Api.CY_CLERK, "/screening/ledger?unitId=" + cy + "&month=" + month).json()
                    .getJsonArray("rounds").getJsonObject(0);
            if (round.get("recorded").getValueType() == JsonValue.ValueType.NULL) {
                JsonObject done = Json.createObjectBuilder().add("unitId", cy).add("day", round.getString("startsOn")).add("note", "全区排查完毕").build();
                Api.Answer first = Api.post(Api.CY_CLERK, "/screening/rounds", done);
                assertEquals(201, first.status(), first.toString());
                Api.Answer twice = Api.post(Api.CY_LEADER, "/screening/rounds", done);
                assertEquals(409, twice.status(), twice.toString());
                assertEquals(List.of("day"), twice.fieldsNamed());
                break;
            }
            assertTrue(month.isAfter(YearMonth.from(today()).minusMonths(11)), "a round left to record within the year");
        }
    }

    @Test
    void theLedgerPagesRenderForTheirUsers() throws Exception {
        HttpResponse<String> reports = SignedInPagesIT.signInAndOpen(Api.CY_CLERK, "/app/ledgers/reports.xhtml");
        assertEquals(200, reports.statusCode());
        assertTrue(reports.body().contains("本期无情况（零报告）") && reports.body().contains("reports:submit"), reports.body());
        HttpResponse<String> overview = SignedInPagesIT.signInAndOpen(Api.QZ_LEADER, "/app/ledgers/overview.xhtml");
        assertTrue(overview.body().contains("青州市朝阳区信访局") && overview.body().contains("下级单位"), overview.body());
        HttpResponse<String> screening = SignedInPagesIT.signInAndOpen(Api.CY_CLERK, "/app/ledgers/screening.xhtml");
        assertTrue(screening.body().contains("登记本轮已排查") && screening.body().contains("screening:registerDispute"), screening.body());
        HttpResponse<String> schedules = SignedInPagesIT.signInAndOpen(Api.ADMIN, "/app/ledgers/schedules.xhtml");
        assertTrue(schedules.body().contains("村社区") && schedules.body().contains("每日 15:30 前"), schedules.body());
        HttpResponse<String> readOnly = SignedInPagesIT.signInAndOpen(Api.CY_CLERK, "/app/ledgers/schedules.xhtml");
        assertTrue(readOnly.body().contains("每日 15:30 前") && !readOnly.body().contains("schedules:levels:0:save"), "read-only for a clerk");
        assertTrue(SignedInPagesIT.signInAndOpen(Api.CY_CLERK, "/app/cases/list.xhtml").body().contains("menuScreening"),
                "the menu offers the screening ledger");
    }

    private static JsonObject note(String text) {
        return Json.createObjectBuilder().add("note", text).build();
    }
}
