package org.xinfang.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinfang.it.api.Api.id;
import static org.xinfang.it.api.CaseSteps.none;
import static org.xinfang.it.api.CaseSteps.opinion;
import static org.xinfang.it.api.CaseSteps.reason;
import static org.xinfang.it.api.CaseSteps.taken;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api.Answer;

/**
 * A unit's rates counted from a history made by hand over HTTP, each compared with the figure worked out
 * by hand: five matters of a county bureau — one accepted after its limit, decided and rated 满意; one
 * accepted, decided, rated 不满意 and sent up for review; one accepted only; one steered to litigation
 * (诉访分离); one not answered yet. The same period counted as of its last day leaves out what happened
 * after it; the city above sees the county's line; a sibling county sees none of it; each figure lists
 * the matters behind it. Each test builds its own units (ADR 0033).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class FiguresApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    private record Made(long city, long county, long sibling, String cityLeader, String countyClerk, String countyLeader, String siblingClerk,
                        long late, long reviewed, long acceptedOnly, long litigation, long unanswered) {
    }

    private static Made made() {
        JsonObject city = Api.newUnit(null, "统计测试市信访局", "CITY", "general");
        JsonObject county = Api.newUnit(id(city), "统计测试区信访局", "COUNTY", "general");
        JsonObject sibling = Api.newUnit(id(city), "统计测试县信访局", "COUNTY", "general");
        String cityLeader = Api.newPerson(id(city), "LEADER");
        String clerk = Api.newPerson(id(county), "CLERK");
        String leader = Api.newPerson(id(county), "LEADER");
        LocalDate today = Api.today();

        // Received 25 days ago: its 15-day limit to answer passed about ten days ago, even moved past a long holiday.
        long late = id(Api.register(clerk, Api.newCase(Api.uniqueSubject("统计逾期受理")).add("receivedOn", today.minusDays(25).toString())));
        taken(clerk, late, "accept", none());
        taken(leader, late, "decide", opinion("SUPPORT", "经核查，诉求合理，予以支持。"));
        taken(clerk, late, "rate", rating("SATISFIED"));

        long reviewed = id(Api.register(clerk, Api.newCase(Api.uniqueSubject("统计申请复查"))));
        taken(clerk, reviewed, "accept", none());
        taken(leader, reviewed, "decide", opinion("REJECT", "经核查，诉求不予支持。"));
        taken(clerk, reviewed, "rate", rating("UNSATISFIED"));
        taken(clerk, reviewed, "requestReview", reason("信访人不服处理意见，申请复查"));

        long acceptedOnly = id(Api.register(clerk, Api.newCase(Api.uniqueSubject("统计仅受理"))));
        taken(clerk, acceptedOnly, "accept", none());

        long litigation = id(Api.register(clerk, Api.newCase(Api.uniqueSubject("统计诉访分离"))));
        taken(clerk, litigation, "declineLegalRoute", reason("属于民事纠纷，应通过诉讼解决").add("legalRoute", "LITIGATION"));

        long unanswered = id(Api.register(clerk, Api.newCase(Api.uniqueSubject("统计未答复"))));
        return new Made(id(city), id(county), id(sibling), cityLeader, clerk, leader, Api.newPerson(id(sibling), "CLERK"),
                late, reviewed, acceptedOnly, litigation, unanswered);
    }

    /** A rating step's input. */
    private static JsonObjectBuilder rating(String rating) {
        return none().add("rating", rating);
    }

    private static JsonObject figures(String user, long unitId, LocalDate from, LocalDate to) {
        Answer answer = Api.get(user, "/figures?unitId=" + unitId + "&from=" + from + "&to=" + to);
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    /** Each rate of a line as "numerator/denominator percent". */
    private static Map<String, String> rates(JsonObject line) {
        return line.getJsonArray("rates").getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(r -> r.getString("rate"),
                r -> r.getJsonNumber("numerator").longValue() + "/" + r.getJsonNumber("denominator").longValue() + " "
                        + (r.isNull("percent") ? "—" : r.getJsonNumber("percent").bigDecimalValue().setScale(1).toPlainString())));
    }

    private static List<Long> behind(String user, long unitId, LocalDate from, LocalDate to, String rate, String part) {
        Answer answer = Api.get(user, "/figures/matters?unitId=" + unitId + "&from=" + from + "&to=" + to + "&rate=" + rate + "&part=" + part);
        assertEquals(200, answer.status(), answer::toString);
        List<Long> ids = answer.json().getJsonArray("matters").getValuesAs(JsonObject.class).stream().map(Api::id).toList();
        assertEquals(ids.size(), answer.json().getJsonNumber("total").longValue(), answer::toString);
        return ids;
    }

    @Test
    void everyRateOfAHandMadeHistoryIsTheFigureWorkedOutByHandAndEachListsTheMattersBehindIt() {
        Made m = made();
        LocalDate today = Api.today();
        LocalDate from = today.minusDays(40);

        JsonObject county = figures(m.countyClerk(), m.county(), from, today);
        assertEquals(today.toString(), county.getString("asOf"));
        JsonObject total = county.getJsonObject("total");
        assertEquals(5, total.getJsonNumber("received").longValue());
        Map<String, String> r = rates(total);
        // Answered on acceptance: four, all but the late one within the limit; the fifth's limit has not come.
        assertEquals("3/4 75.0", r.get("TIMELY_ACCEPTANCE"));
        // Two decided well within 60 days; the one accepted only is not due yet.
        assertEquals("2/2 100.0", r.get("DECIDED_IN_TIME"));
        // Owed an answer: the two decided and the one declined.
        assertEquals("3/3 100.0", r.get("ANSWERED"));
        assertEquals("2/3 66.7", r.get("CONCLUDED"));
        // The litigation matter stays out of satisfaction.
        assertEquals("2/2 100.0", r.get("RATED"));
        assertEquals("1/2 50.0", r.get("SATISFIED"));
        // The one asked to be reviewed was not resolved at the first petition.
        assertEquals("1/2 50.0", r.get("RESOLVED_AT_FIRST"));
        assertEquals("0/5 0.0", r.get("REPEATED"));
        assertEquals("0/5 0.0", r.get("ABOVE_LEVEL"));

        assertEquals(List.of(m.late()), behind(m.countyClerk(), m.county(), from, today, "TIMELY_ACCEPTANCE", "MISSED"));
        assertEquals(List.of(m.acceptedOnly()), behind(m.countyClerk(), m.county(), from, today, "CONCLUDED", "MISSED"));
        assertEquals(List.of(m.late()), behind(m.countyClerk(), m.county(), from, today, "SATISFIED", "MET"));
        assertEquals(List.of(m.reviewed()), behind(m.countyClerk(), m.county(), from, today, "RESOLVED_AT_FIRST", "MISSED"),
                "the matter now at the city for review is still the county's, and it still follows it");
        assertEquals(5, behind(m.countyClerk(), m.county(), from, today, "REPEATED", "ALL").size());
        assertTrue(behind(m.countyClerk(), m.county(), from, today, "ANSWERED", "ALL").contains(m.litigation()));
        assertFalse(behind(m.countyClerk(), m.county(), from, today, "TIMELY_ACCEPTANCE", "ALL").contains(m.unanswered()));

        JsonObject byChannel = county.getJsonArray("byChannel").getJsonObject(0);
        assertEquals("VISIT", byChannel.getString("key"));
        assertEquals("来访", byChannel.getString("label"));
        assertEquals(5, byChannel.getJsonNumber("received").longValue());
        // Every month of the period has its line, one that received nothing too: the trend has no gaps.
        assertEquals(java.time.temporal.ChronoUnit.MONTHS.between(java.time.YearMonth.from(from), java.time.YearMonth.from(today)) + 1,
                county.getJsonArray("byMonth").size());
    }

    @Test
    void theFiguresExportToExcelAndPrintAsPdfWithTheSameCounts() throws Exception {
        Made m = made();
        LocalDate today = Api.today();
        String period = "unitId=" + m.city() + "&from=" + today.minusDays(40) + "&to=" + today;

        HttpResponse<byte[]> workbook = Api.getBytes(m.cityLeader(), "/figures/export?" + period);
        assertEquals(200, workbook.statusCode());
        List<List<String>> total = Workbooks.cells(workbook.body(), 0);
        assertTrue(total.get(0).get(0).contains("统计"), total.get(0)::toString);
        List<String> heads = total.get(1);
        List<String> whole = total.get(2);
        assertEquals("5", whole.get(heads.indexOf("收到件数")));
        assertEquals("3/4", whole.get(heads.indexOf("及时受理率（分子/分母）")));
        assertEquals("1/2", whole.get(heads.indexOf("满意率（分子/分母）")));
        List<List<String>> byUnit = Workbooks.cells(workbook.body(), 1);
        assertEquals(3, byUnit.size(), "title, heads and the county's line: " + byUnit);
        assertTrue(byUnit.get(2).get(0).startsWith("统计测试区信访局"), byUnit.get(2)::toString);
        assertEquals("2/3", byUnit.get(2).get(heads.indexOf("办结率（分子/分母）")));

        HttpResponse<byte[]> pdf = Api.getBytes(m.cityLeader(), "/figures/report.pdf?" + period);
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertTrue(text.contains("及时受理率：75.0%（3/4）"), text);
            assertTrue(text.contains("满意率：50.0%（1/2）"), text);
            assertTrue(text.contains("共5件"), text);
        }
        assertEquals(400, Api.getBytes(m.siblingClerk(), "/figures/export?" + period).statusCode(), "a sibling county exports none of it");
    }

    @Test
    void aPeriodIsCountedAsItStoodOnItsLastDay() {
        Made m = made();
        LocalDate today = Api.today();
        JsonObject yesterday = figures(m.countyLeader(), m.county(), today.minusDays(40), today.minusDays(1));
        assertEquals(today.minusDays(1).toString(), yesterday.getString("asOf"));
        Map<String, String> r = rates(yesterday.getJsonObject("total"));
        assertEquals(5, yesterday.getJsonObject("total").getJsonNumber("received").longValue());
        // Yesterday nothing was answered yet, and only the late one's limit had passed.
        assertEquals("0/1 0.0", r.get("TIMELY_ACCEPTANCE"));
        assertEquals("0/0 —", r.get("CONCLUDED"));
        assertEquals("0/0 —", r.get("SATISFIED"));
    }

    @Test
    void theCityAboveSeesTheCountysLineAndASiblingCountySeesNoneOfIt() {
        Made m = made();
        LocalDate today = Api.today();
        JsonObject city = figures(m.cityLeader(), m.city(), today.minusDays(40), today);
        assertEquals(5, city.getJsonObject("total").getJsonNumber("received").longValue());
        List<JsonObject> units = city.getJsonArray("byUnit").getValuesAs(JsonObject.class);
        assertEquals(1, units.size(), city::toString);
        assertEquals(String.valueOf(m.county()), units.get(0).getString("key"));
        assertEquals("3/4 75.0", rates(units.get(0)).get("TIMELY_ACCEPTANCE"));
        String year = "/figures/matters?unitId=" + m.city() + "&from=" + today.minusDays(40) + "&to=" + today + "&rate=REPEATED&below=";
        Answer countys = Api.get(m.cityLeader(), year + m.county());
        assertEquals(5, countys.json().getJsonNumber("total").longValue(), countys::toString);
        Answer citysOwn = Api.get(m.cityLeader(), year + m.city());
        assertEquals(0, citysOwn.json().getJsonNumber("total").longValue(), "the city's own line holds its own matters only: " + citysOwn);

        Answer refused = Api.get(m.siblingClerk(), "/figures?unitId=" + m.county());
        assertEquals(400, refused.status(), refused::toString);
        assertEquals(List.of("unitId"), refused.fieldsNamed());
        Answer listRefused = Api.get(m.siblingClerk(), "/figures/matters?unitId=" + m.county() + "&rate=CONCLUDED");
        assertEquals(400, listRefused.status(), listRefused::toString);
        JsonObject own = figures(m.siblingClerk(), m.sibling(), today.minusDays(40), today);
        assertEquals(0, own.getJsonObject("total").getJsonNumber("received").longValue());
        assertEquals("0/0 —", rates(own.getJsonObject("total")).get("TIMELY_ACCEPTANCE"), "nothing to divide: no percentage");
        Answer notBelow = Api.get(m.countyClerk(), "/figures/matters?unitId=" + m.county() + "&rate=CONCLUDED&below=" + m.city());
        assertEquals(400, notBelow.status(), notBelow::toString);
        assertEquals(List.of("below"), notBelow.fieldsNamed());
    }

    @Test
    void badParametersAreRefusedByName() {
        String clerk = Api.newPerson(id(Api.newUnit(null, "统计参数测试局", "CITY", "general")), "CLERK");
        Answer reversed = Api.get(clerk, "/figures?from=2026-06-01&to=2026-01-01");
        assertEquals(400, reversed.status(), reversed::toString);
        assertEquals(List.of("from"), reversed.fieldsNamed());
        Answer tooLong = Api.get(clerk, "/figures?from=2016-01-01&to=2026-01-01");
        assertEquals(List.of("to"), tooLong.fieldsNamed());
        Answer notADate = Api.get(clerk, "/figures?from=yesterday");
        assertEquals(List.of("from"), notADate.fieldsNamed());
        Answer noRate = Api.get(clerk, "/figures/matters");
        assertEquals(List.of("rate"), noRate.fieldsNamed());
        Answer unknownRate = Api.get(clerk, "/figures/matters?rate=HAPPINESS");
        assertEquals(List.of("rate"), unknownRate.fieldsNamed());
        assertTrue(unknownRate.body().contains("TIMELY_ACCEPTANCE"), unknownRate::toString);
        Answer unknownPart = Api.get(clerk, "/figures/matters?rate=RATED&part=SOME");
        assertEquals(List.of("part"), unknownPart.fieldsNamed());
        Answer unknownParameter = Api.get(clerk, "/figures?unit=3");
        assertEquals(400, unknownParameter.status(), unknownParameter::toString);
        assertTrue(unknownParameter.body().contains("unitId"), "names the parameters the call takes: " + unknownParameter);
    }

    @Test
    void theCityAssessesTheUnitsBelowAnAdministratorClosesThePeriodAndLaterEditsLeaveItAsClosed() {
        Made m = made();
        LocalDate today = Api.today();
        String period = "unitId=" + m.city() + "&from=" + today.minusDays(40) + "&to=" + today.minusDays(1);

        JsonObject live = assessment(m.cityLeader(), period);
        assertFalse(live.getBoolean("closed"));
        List<JsonObject> lines = live.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertEquals(2, lines.size(), live::toString);
        JsonObject county = lines.get(0);
        assertEquals(m.county(), county.getJsonNumber("unitId").longValue());
        assertEquals(1, county.getInt("rank"));
        // As of yesterday: the late matter's answer was overdue and nothing was decided; no rating, order or
        // report was due (the county was set up today); none of the five was a repeat.
        assertEquals(Map.of("TIMELINESS", "0/1", "SATISFACTION", "0/0", "SUPERVISION", "0/0", "ZERO_REPORTS", "0/0", "REPEATS", "5/5"),
                shares(county));
        // (30 × 0% + 15 × 100%) / (30 + 15): the parts with nothing to count leave their weights out.
        assertEquals("33.33", county.getJsonNumber("score").bigDecimalValue().toPlainString());
        JsonObject sibling = lines.get(1);
        assertEquals(m.sibling(), sibling.getJsonNumber("unitId").longValue());
        assertTrue(sibling.isNull("score"), "nothing to count: no score");
        assertEquals(0, sibling.getInt("rank"));

        // An administrator of the city's own tree (the demo's administrator holds the demo's tree).
        String admin = Api.newPerson(m.city(), "ADMIN");
        JsonObject body = jakarta.json.Json.createObjectBuilder().add("unitId", m.city()).add("from", today.minusDays(40).toString())
                .add("to", today.minusDays(1).toString()).build();
        assertEquals(403, Api.post(m.cityLeader(), "/assessments/closed", body).status(), "only an administrator closes a period");
        Answer notEnded = Api.post(admin, "/assessments/closed", jakarta.json.Json.createObjectBuilder(body).add("to", today.toString()).build());
        assertEquals(400, notEnded.status(), notEnded::toString);
        assertEquals(List.of("to"), notEnded.fieldsNamed());
        Answer closed = Api.post(admin, "/assessments/closed", body);
        assertEquals(201, closed.status(), closed::toString);
        assertTrue(closed.json().getBoolean("closed"));
        assertEquals(admin, closed.json().getString("closedBy"));
        Answer again = Api.post(admin, "/assessments/closed", body);
        assertEquals(409, again.status(), again::toString);

        // Afterwards the county is renamed and moved under another city: the live figures follow, the closed period does not.
        JsonObject countyUnit = Api.get(Api.ADMIN, "/admin/units/" + m.county()).json();
        Answer renamed = Api.put(Api.ADMIN, "/admin/units/" + m.county(), jakarta.json.Json.createObjectBuilder()
                .add("version", countyUnit.getJsonNumber("version").longValue()).add("name", "改名后的区信访局" + m.county())
                .add("shortName", "改名区" + m.county()).build());
        assertEquals(200, renamed.status(), renamed::toString);
        long elsewhere = id(Api.newUnit(null, "另一市信访局", "CITY", "general"));
        Answer moved = Api.post(Api.ADMIN, "/admin/units/" + m.county() + "/move", jakarta.json.Json.createObjectBuilder()
                .add("version", renamed.json().getJsonNumber("version").longValue()).add("parentId", elsewhere).build());
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(0, figures(m.cityLeader(), m.city(), today.minusDays(40), today.minusDays(1)).getJsonObject("total")
                .getJsonNumber("received").longValue(), "the live figures no longer count the county under the city");

        JsonObject kept = assessment(m.cityLeader(), period);
        assertTrue(kept.getBoolean("closed"));
        JsonObject keptCounty = kept.getJsonArray("lines").getJsonObject(0);
        assertEquals(county.getString("unitName"), keptCounty.getString("unitName"), "the name it had when closed");
        assertEquals("33.33", keptCounty.getJsonNumber("score").bigDecimalValue().toPlainString());
        assertEquals(shares(county), shares(keptCounty));
        assertEquals(5, keptCounty.getJsonNumber("received").longValue());
    }

    @Test
    void theMattersBehindTheDemoCitysFiguresListWithSealedReportsAmongThemRedacted() {
        // The demo city holds discipline and anonymous company reports whose reporters are sealed.
        Answer listed = Api.get(Api.QZ_LEADER, "/figures/matters?rate=REPEATED&from=" + Api.today().minusDays(364) + "&to=" + Api.today());
        assertEquals(200, listed.status(), listed::toString);
        long total = listed.json().getJsonNumber("total").longValue();
        assertTrue(total > 0, listed::toString);
        assertEquals(Math.min(total, 500), listed.json().getJsonArray("matters").size());
    }

    private static JsonObject assessment(String user, String period) {
        Answer answer = Api.get(user, "/assessments?" + period);
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    private static Map<String, String> shares(JsonObject line) {
        return line.getJsonArray("shares").getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(s -> s.getString("part"),
                s -> s.getJsonNumber("counted").longValue() + "/" + s.getJsonNumber("of").longValue()));
    }
}
