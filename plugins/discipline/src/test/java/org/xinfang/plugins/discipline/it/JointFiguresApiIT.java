package org.xinfang.plugins.discipline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The demo committee's year is the seed's: 12 important reports found (5 repeats, 9 about unit heads),
 * 9 selected over 3 teams, 4 立案, 3 信访结案, 2 still in verification, 83,000 yuan recovered — in the
 * API and in the workbook, opened again with POI.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class JointFiguresApiIT {

    static final String LEADER = "jw.discipline_leader";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    /** The demo city committee's id, as its leader finds it among their committees. */
    static long cityCommittee(String user) {
        Answer committees = Api.get(user, "/discipline/joint/committees");
        assertEquals(200, committees.status(), committees::toString);
        return committees.array().getValuesAs(JsonObject.class).stream().filter(c -> c.getString("code").equals("QZ-JW"))
                .findFirst().orElseThrow(() -> new AssertionError(committees.toString())).getJsonNumber("id").longValue();
    }

    @Test
    void theDemoYearShowsTheSeedsFigures() {
        long committee = cityCommittee(LEADER);
        int year = Api.today().getYear();
        Answer answer = Api.get(LEADER, "/discipline/joint/committees/" + committee + "/figures?year=" + year);
        assertEquals(200, answer.status(), answer::toString);
        JsonObject total = answer.json().getJsonObject("total");
        assertEquals(12, total.getInt("found"), answer::toString);
        assertEquals(5, total.getInt("repeats"));
        assertEquals(9, total.getInt("aboutUnitHeads"));
        assertEquals(9, total.getInt("selected"));
        assertEquals(4, total.getInt("filed"));
        assertEquals(3, total.getInt("concluded"));
        assertEquals(2, total.getInt("verifying"));
        assertEquals(0, total.getJsonNumber("moneyRecovered").bigDecimalValue().compareTo(new java.math.BigDecimal("83000")), answer::toString);
        for (String team : List.of("第一联查组", "第二联查组", "第三联查组")) {
            JsonObject row = answer.json().getJsonArray("teams").getValuesAs(JsonObject.class).stream()
                    .filter(t -> t.getString("label").equals(team)).findFirst().orElseThrow(() -> new AssertionError(team));
            assertEquals(3, row.getInt("selected"), team);
        }
    }

    @Test
    void aYearThatIsNoYearIsRefusedNamingTheParameter() {
        long committee = cityCommittee(LEADER);
        for (String year : java.util.List.of("abc", "1999", "20261")) {
            for (String path : java.util.List.of("/figures", "/cases", "/overdue")) {
                Answer refused = Api.get(LEADER, "/discipline/joint/committees/" + committee + path + "?year=" + year);
                assertEquals(400, refused.status(), path + "?year=" + year + ": " + refused);
                assertEquals("年度应为2000至2100之间的整数", refused.messageFor("year"), refused::toString);
            }
        }
    }

    @Test
    void theWorkbookHoldsTheSameFigures() throws IOException, InterruptedException {
        long committee = cityCommittee(LEADER);
        int year = Api.today().getYear();
        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(Api.request(LEADER,
                        "/discipline/joint/committees/" + committee + "/figures.xlsx?year=" + year)
                .header("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("联查统计" + year, sheet.getSheetName());
            Row total = sheet.getRow(1);
            assertEquals("青州市纪委监委", total.getCell(0).getStringCellValue());
            double[] expected = {12, 5, 9, 9, 4, 3, 2, 83_000};
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], total.getCell(i + 1).getNumericCellValue(), sheet.getRow(0).getCell(i + 1).getStringCellValue());
            }
        }
    }

    @Test
    void thePluginsResourcesAreInTheOneOpenApiDocument() {
        Answer document = Api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                org.xinfang.it.Deployments.baseUrl().replaceFirst("/xinfang$", "") + "/openapi?format=JSON")).GET());
        assertEquals(200, document.status());
        JsonObject paths = document.json().getJsonObject("paths");
        for (String path : List.of("/xinfang/api/v1/discipline/joint/cases", "/xinfang/api/v1/discipline/joint/cases/{id}/decision",
                "/xinfang/api/v1/discipline/joint/committees/{committeeId}/figures",
                "/xinfang/api/v1/discipline/joint/committees/{committeeId}/figures.xlsx",
                "/xinfang/api/v1/discipline/joint/committees/{committeeId}/returns",
                "/xinfang/api/v1/discipline/reports/{caseId}/assignments", "/xinfang/api/v1/cases")) {
            assertTrue(paths.containsKey(path), path + " is missing from " + paths.keySet());
        }
        JsonObject schemas = document.json().getJsonObject("components").getJsonObject("schemas");
        for (String body : List.of("AssignmentRequest", "ConflictRequest", "AccusedUnitRequest")) {
            assertTrue(schemas.containsKey(body), body + " is missing from " + schemas.keySet());
        }
    }

    @Test
    void theTownshipsReturnsAreListedAndTaoyuansLastOneIsFlaggedAfterTheDueDay() {
        long committee = cityCommittee(LEADER);
        java.time.YearMonth last = java.time.YearMonth.from(Api.today()).minusMonths(1);
        Answer returns = Api.get(LEADER, "/discipline/joint/committees/" + committee + "/returns?period=" + last);
        assertEquals(200, returns.status(), returns::toString);
        List<JsonObject> rows = returns.array().getValuesAs(JsonObject.class);
        JsonObject chengguan = rows.stream().filter(r -> r.getString("unitName").equals("城关镇纪委")).findFirst().orElseThrow();
        JsonObject taoyuan = rows.stream().filter(r -> r.getString("unitName").equals("桃源镇纪委")).findFirst().orElseThrow();
        assertEquals("RETURNED", chengguan.getString("status"), returns::toString);
        // Last month's due day (the 20th) has passed in every case: the missing form is flagged.
        assertEquals("OVERDUE", taoyuan.getString("status"), returns::toString);
        assertTrue(taoyuan.getBoolean("flagged"));
    }

    @Test
    void aTownshipClerkSeesOnlyWhatTheTownshipReportedAndNotTheFigures() {
        long committee = cityCommittee(LEADER);
        int year = Api.today().getYear();
        Answer register = Api.get("jw-cg.discipline_clerk", "/discipline/joint/committees/" + committee + "/cases?year=" + year);
        assertEquals(200, register.status(), register::toString);
        assertTrue(register.array().getValuesAs(JsonObject.class).stream().allMatch(c -> c.getString("reportingUnitName").equals("城关镇纪委")),
                register::toString);
        assertEquals(3, register.array().size(), register::toString);
        Answer figures = Api.get("jw-cg.discipline_clerk", "/discipline/joint/committees/" + committee + "/figures?year=" + year);
        assertEquals(404, figures.status(), figures::toString);
    }

    @Test
    void thePetitionBureauAboveTheCommissionAndTheAdministratorDoNotSeeItsJointWork() {
        long committee = cityCommittee(LEADER);
        int year = Api.today().getYear();
        for (String outsider : List.of("qz.leader", "admin")) {
            Answer figures = Api.get(outsider, "/discipline/joint/committees/" + committee + "/figures?year=" + year);
            assertEquals(404, figures.status(), outsider + ": " + figures);
            Answer register = Api.get(outsider, "/discipline/joint/committees/" + committee + "/cases?year=" + year);
            assertEquals(404, register.status(), outsider + ": " + register);
            assertEquals(404, Api.get(outsider, "/discipline/joint/committees/" + committee + "/overdue?year=" + year).status());
        }
        long anyJointCase = Api.get(LEADER, "/discipline/joint/committees/" + committee + "/cases?year=" + year).array()
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, Api.get(LEADER, "/discipline/joint/cases/" + anyJointCase).status());
        assertEquals(404, Api.get("qz.leader", "/discipline/joint/cases/" + anyJointCase).status());
    }
}
