package org.xinfang.plugins.company.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api;
import org.xinfang.it.api.Api.Answer;
import org.xinfang.plugins.company.it.CompanyDeskApiIT.Company;

/**
 * Protection from retaliation over HTTP, with a company of the test's own: the desk flags a matter,
 * the checks fall due 3 and 6 months (the settings) after the protection began and are recorded; each
 * bad input is refused naming its field with nothing saved; only the company's desk and leaders read
 * the record — the workshop that holds the matter is refused it — and only a leader clears it. And the
 * company's leaders' reception day, published with name, post, duties, time and place.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ProtectionApiIT {

    private static final String FIRST_CHECK = "company.protection.firstCheck.months";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    /** A matter received {@code monthsAgo} months (and a few days) ago, so that it may be protected since then. */
    static long matter(Company co, int monthsAgo) {
        return Api.id(Api.register(co.desk(), Api.newCase(Api.uniqueSubject("反映车间主任克扣绩效")).add("unitId", co.company())
                .add("receivedOn", Api.today().minusMonths(monthsAgo).minusDays(5).toString()).add("form", CompanyDeskApiIT.chained())));
    }

    static String path(long id) {
        return "/company/cases/" + id + "/protection";
    }

    static Answer flag(String user, long id, JsonObjectBuilder body) {
        return Api.post(user, path(id), body.build());
    }

    static JsonObjectBuilder noRetaliation(LocalDate on) {
        return Json.createObjectBuilder().add("checkedOn", on.toString()).add("checkedBy", "工会 李红").add("finding", "NO_RETALIATION")
                .add("note", "薪酬、岗位、考核、待遇均未变化");
    }

    static List<JsonObject> dueOf(String user, long id) {
        Answer due = Api.get(user, "/company/protection/due");
        assertEquals(200, due.status(), due::toString);
        return due.array().getValuesAs(JsonObject.class).stream().filter(d -> d.getJsonNumber("caseId").longValue() == id).toList();
    }

    @Test
    void theChecksFallDueThreeAndSixMonthsAfterTheProtectionBeganAndEachRecordedOneClosesOne() {
        Company co = Company.create();
        long id = matter(co, 7);
        LocalDate since = Api.today().minusMonths(7);
        Answer flagged = flag(co.desk(), id, Json.createObjectBuilder().add("reason", "反映人担心车间主任在绩效考核中报复").add("since", since.toString()));
        assertEquals(201, flagged.status(), flagged::toString);
        JsonObject view = flagged.json();
        assertTrue(view.getBoolean("active"));
        assertEquals(co.desk(), view.getString("flaggedBy"));
        List<JsonObject> schedule = view.getJsonArray("schedule").getValuesAs(JsonObject.class);
        assertEquals(List.of(since.plusMonths(3).toString(), since.plusMonths(6).toString()),
                schedule.stream().map(s -> s.getString("dueOn")).toList());
        assertEquals(List.of("OVERDUE", "DUE"), schedule.stream().map(s -> s.getString("status")).toList(), view::toString);
        assertEquals(List.of(1, 2), dueOf(co.desk(), id).stream().map(d -> d.getInt("number")).toList(), "both on the desk's list");
        assertEquals(2, dueOf(co.leader(), id).size(), "and on the leaders'");

        Answer again = flag(co.leader(), id, Json.createObjectBuilder().add("reason", "再次设立"));
        assertEquals(409, again.status(), again::toString);

        Answer first = Api.post(co.desk(), path(id) + "/checks", noRetaliation(Api.today()).build());
        assertEquals(201, first.status(), first::toString);
        assertEquals(1, first.json().getJsonArray("checks").getJsonObject(0).getInt("scheduledNo"), "the late check closes the 3-month one");
        Answer second = Api.post(co.leader(), path(id) + "/checks", Json.createObjectBuilder().add("checkedOn", Api.today().toString())
                .add("checkedBy", "公司纪委 王敏").add("finding", "RETALIATION_FOUND").add("aspects", Json.createArrayBuilder().add("PAY").add("ASSESSMENT"))
                .add("actionTaken", "补发被扣绩效，撤销不合格考核结果，对车间主任诫勉谈话").build());
        assertEquals(201, second.status(), second::toString);
        JsonObject after = second.json();
        JsonObject found = after.getJsonArray("checks").getJsonObject(1);
        assertEquals(2, found.getInt("scheduledNo"));
        assertEquals(List.of("ASSESSMENT", "PAY"), found.getJsonArray("aspects").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).sorted().toList());
        assertEquals(List.of("DONE", "DONE"), after.getJsonArray("schedule").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("status")).toList());
        assertEquals(List.of(), dueOf(co.desk(), id), "done checks leave the list");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsSaved() {
        Company co = Company.create();
        long id = matter(co, 1);
        Answer early = Api.post(co.desk(), path(id) + "/checks", noRetaliation(Api.today()).build());
        assertEquals(409, early.status(), "no check before the matter is flagged: " + early);

        assertEquals(List.of("reason"), flag(co.desk(), id, Json.createObjectBuilder().add("reason", "  ")).fieldsNamed());
        Answer future = flag(co.desk(), id, Json.createObjectBuilder().add("reason", "担心报复").add("since", Api.today().plusDays(1).toString()));
        assertEquals(400, future.status(), future::toString);
        assertTrue(future.messageFor("since").contains("不能晚于今天"), future::toString);
        Answer beforeReceived = flag(co.desk(), id, Json.createObjectBuilder().add("reason", "担心报复").add("since", Api.today().minusYears(1).toString()));
        assertTrue(beforeReceived.messageFor("since").contains("不能早于事项收到日期"), beforeReceived::toString);
        assertEquals(List.of("sinse"), flag(co.desk(), id, Json.createObjectBuilder().add("reason", "担心报复").add("sinse", "2026-01-01")).fieldsNamed());
        assertFalse(Api.get(co.desk(), path(id)).json().getBoolean("active"), "nothing saved");
        assertTrue(Api.get(co.desk(), path(id)).json().isNull("since"));

        assertEquals(201, flag(co.desk(), id, Json.createObjectBuilder().add("reason", "反映人为班组长，担心被调岗")).status());
        Answer tomorrow = Api.post(co.desk(), path(id) + "/checks", noRetaliation(Api.today().plusDays(1)).build());
        assertTrue(tomorrow.messageFor("checkedOn").contains("不能晚于今天"), tomorrow::toString);
        Answer noFinding = Api.post(co.desk(), path(id) + "/checks", noRetaliation(Api.today()).remove("finding").build());
        assertEquals(List.of("finding"), noFinding.fieldsNamed());
        Answer foundWithoutAction = Api.post(co.desk(), path(id) + "/checks", noRetaliation(Api.today()).add("finding", "RETALIATION_FOUND").build());
        assertEquals(List.of("aspects", "actionTaken"), foundWithoutAction.fieldsNamed());
        Answer unknownAspect = Api.post(co.desk(), path(id) + "/checks", noRetaliation(Api.today()).add("finding", "RETALIATION_FOUND")
                .add("aspects", Json.createArrayBuilder().add("LOCATION")).add("actionTaken", "x").build());
        assertEquals(List.of("aspects"), unknownAspect.fieldsNamed(), unknownAspect::toString);
        assertEquals(0, Api.get(co.desk(), path(id)).json().getJsonArray("checks").size(), "no check saved");

        // Early: the 3-month check is not due yet, so the check is kept as an extra one and the scheduled one stays open.
        Answer extra = Api.post(co.desk(), path(id) + "/checks", noRetaliation(Api.today()).build());
        assertEquals(201, extra.status(), extra::toString);
        assertTrue(extra.json().getJsonArray("checks").getJsonObject(0).isNull("scheduledNo"));
        assertEquals("UPCOMING", extra.json().getJsonArray("schedule").getJsonObject(0).getString("status"));

        Answer byDesk = Api.post(co.desk(), path(id) + "/clear", Json.createObjectBuilder().add("reason", "反映人已调离").build());
        assertEquals(403, byDesk.status(), "only a leader clears: " + byDesk);
        assertEquals(List.of("reason"), Api.post(co.leader(), path(id) + "/clear", Json.createObjectBuilder().build()).fieldsNamed());
        Answer cleared = Api.post(co.leader(), path(id) + "/clear", Json.createObjectBuilder().add("reason", "反映人已调离本公司").build());
        assertEquals(200, cleared.status(), cleared::toString);
        assertFalse(cleared.json().getBoolean("active"));
        assertEquals("反映人已调离本公司", cleared.json().getString("clearReason"));
        assertEquals(409, Api.post(co.desk(), path(id) + "/checks", noRetaliation(Api.today()).build()).status(), "no check once cleared");
        assertEquals(409, Api.post(co.leader(), path(id) + "/clear", Json.createObjectBuilder().add("reason", "再次解除").build()).status());
    }

    /**
     * The workshop complained about holds the matter once it is sent down and sees it, but not its
     * protection: what the checks look at and find is the company's alone. Another company does not
     * see the matter at all.
     */
    @Test
    void onlyTheCompanysDeskAndLeadersReadTheProtectionNotTheWorkshopThatHoldsTheMatter() {
        Company co = Company.create();
        Company other = Company.create();
        long id = matter(co, 1);
        assertEquals(201, flag(co.desk(), id, Json.createObjectBuilder().add("reason", "反映装配车间主任")).status());
        assertEquals(200, CompanyDeskApiIT.sendDown(co.desk(), id, co.assembly()).status());
        assertEquals(200, Api.get(co.assemblyHead(), "/cases/" + id).status(), "the workshop holds the matter");

        Answer read = Api.get(co.assemblyHead(), path(id));
        assertEquals(403, read.status(), read::toString);
        assertFalse(read.body().contains("反映装配车间主任"), "nothing of the record in the refusal");
        assertEquals(403, flag(co.assemblyHead(), id, Json.createObjectBuilder().add("reason", "x")).status());
        assertEquals(403, Api.post(co.assemblyHead(), path(id) + "/checks", noRetaliation(Api.today()).build()).status());
        Answer trail = Api.get(co.assemblyHead(), "/cases/" + id + "/audit");
        assertEquals(200, trail.status(), trail::toString);
        assertFalse(trail.body().contains("PROTECTION") || trail.body().contains("反映装配车间主任"),
                "the case's trail, which the workshop reads, says nothing of the protection: " + trail.body());
        Answer due = Api.get(co.assemblyHead(), "/company/protection/due");
        assertEquals(403, due.status(), "the desk's list of checks is not the workshop's to read, even empty: " + due);
        assertEquals(200, Api.get(co.desk(), path(id)).status(), "the company's desk still reads it while the workshop holds the matter");

        Answer unseen = Api.get(other.desk(), path(id));
        assertEquals(404, unseen.status(), "another company does not see the matter");
        assertEquals("未找到编号为 " + id + " 的信访事项，或您无权查看。", unseen.json().getString("message"), "the message names the number asked for");
        assertEquals(404, flag(other.leader(), id, Json.createObjectBuilder().add("reason", "x")).status());
        long notCompany = Api.id(Api.register(Api.CY_CLERK, Api.newCase(Api.uniqueSubject("非企业事项"))));
        assertEquals(404, Api.get(Api.CY_CLERK, path(notCompany)).status());
    }

    @Test
    void theMonthsAreSettingsInTheAdministratorsCatalogue() {
        JsonArray settings = Api.get(Api.ADMIN, "/admin/settings").array();
        Set<String> keys = settings.getValuesAs(JsonObject.class).stream().map(s -> s.getString("key")).collect(java.util.stream.Collectors.toSet());
        assertTrue(keys.containsAll(Set.of(FIRST_CHECK, "company.protection.secondCheck.months")), keys::toString);
        assertEquals(400, Api.put(Api.ADMIN, "/admin/settings/" + FIRST_CHECK, Json.createObjectBuilder().add("value", 0).build()).status());

        Company co = Company.create();
        long id = matter(co, 2);
        LocalDate since = Api.today().minusMonths(2);
        assertEquals(201, flag(co.desk(), id, Json.createObjectBuilder().add("reason", "担心报复").add("since", since.toString())).status());
        try {
            assertEquals(200, Api.put(Api.ADMIN, "/admin/settings/" + FIRST_CHECK, Json.createObjectBuilder().add("value", 2).build()).status());
            JsonObject first = Api.get(co.desk(), path(id)).json().getJsonArray("schedule").getJsonObject(0);
            assertEquals(since.plusMonths(2).toString(), first.getString("dueOn"));
            assertEquals(2, first.getInt("months"));
            assertEquals("DUE", first.getString("status"), "due from today under the new setting");
        } finally {
            Api.put(Api.ADMIN, "/admin/settings/" + FIRST_CHECK, Json.createObjectBuilder().add("value", 3).build());
        }
        assertEquals(since.plusMonths(3).toString(), Api.get(co.desk(), path(id)).json().getJsonArray("schedule").getJsonObject(0).getString("dueOn"));
    }

    /** 领导接待日: announced in advance with the leader's name, post, duties, the time and the place, by the company's own desk. */
    @Test
    void theCompanysReceptionDayIsPublishedWithNamePostDutiesTimeAndPlace() throws Exception {
        Company co = Company.create();
        String leader = "高" + UUID.randomUUID().toString().substring(0, 4);
        LocalDate from = Api.today().plusDays(1);
        // The next weekday: a weekly session on it falls within the weeks below (a holiday among them is skipped).
        LocalDate firstSession = from;
        while (firstSession.getDayOfWeek().getValue() > 5) {
            firstSession = firstSession.plusDays(1);
        }
        Answer rule = Api.post(co.desk(), "/reception/units/" + co.company() + "/rules", Json.createObjectBuilder()
                .add("leaderName", leader).add("leaderTitle", "公司党委书记、董事长").add("responsibilities", "全面工作，信访工作第一责任人")
                .add("place", "公司办公楼一楼职工接待室").add("topics", "薪酬福利、劳动用工").add("capacity", 10)
                .add("startsAt", "14:30").add("endsAt", "17:00").add("recurrence", "WEEKLY").add("weekday", firstSession.getDayOfWeek().name())
                .add("startsOn", from.toString()).add("endsOn", from.plusWeeks(3).toString()).build());
        assertEquals(201, rule.status(), "the company's desk keeps its leaders' rota: " + rule);

        HttpClient anonymous = HttpClient.newHttpClient();
        HttpResponse<String> api = anonymous.send(HttpRequest.newBuilder(URI.create(Api.url("/public/reception?unitId=" + co.company())))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, api.statusCode(), api.body());
        List<JsonObject> sessions = Json.createReader(new java.io.StringReader(api.body())).readArray().getValuesAs(JsonObject.class);
        assertFalse(sessions.isEmpty(), api.body());
        for (JsonObject s : sessions) {
            assertEquals(leader, s.getString("leaderName"));
            assertEquals("公司党委书记、董事长", s.getString("leaderTitle"));
            assertEquals("全面工作，信访工作第一责任人", s.getString("responsibilities"));
            assertEquals("14:30", s.getString("startsAt"));
            assertEquals("公司办公楼一楼职工接待室", s.getString("place"));
        }

        HttpResponse<String> page = anonymous.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl()
                + "/public/reception.xhtml?unitId=" + co.company())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        for (String fact : List.of(leader, "公司党委书记、董事长", "全面工作，信访工作第一责任人", "14:30–17:00", "公司办公楼一楼职工接待室")) {
            assertTrue(page.body().contains(fact), "the company's page shows " + fact);
        }
        assertEquals(sessions.size(), page.body().split("class=\"xf-public-session\"", -1).length - 1, "and only the company's sessions");
    }
}
