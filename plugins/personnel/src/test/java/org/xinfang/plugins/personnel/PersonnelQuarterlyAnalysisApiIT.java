package org.xinfang.plugins.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
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
import org.xinfang.it.api.Api;
import org.xinfang.it.api.Api.Answer;

/**
 * The bureau's quarterly analysis over HTTP: the figures of the quarter move with the matters the test
 * registers and decides; last year's quarters show the seed's year (99 letters, 18 visits, 答复率 100%,
 * 办结率 over 90%); the notes are saved and closed once the head issues the analysis; the PDF carries the
 * figures; a malformed, impossible or future quarter is refused, and other units see nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class PersonnelQuarterlyAnalysisApiIT {

    private static final String CLERK = PersonnelFirstReceiverApiIT.CLERK;
    private static final String HEAD = PersonnelFirstReceiverApiIT.HEAD;
    private static final String SECTION = PersonnelFirstReceiverApiIT.SECTION;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    private static long bureau() {
        return Api.unitId("青州市人事局");
    }

    private static String path(String quarter) {
        return "/personnel/units/" + bureau() + "/quarters/" + quarter;
    }

    private static String thisQuarter() {
        LocalDate today = Api.today();
        return today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }

    private static JsonObject figures(String user, String quarter) {
        Answer answer = Api.get(user, path(quarter));
        assertEquals(200, answer.status(), answer::toString);
        return answer.json().getJsonObject("figures");
    }

    private static int category(JsonObject figures, String category) {
        return figures.getJsonArray("categories").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("category").equals(category)).findFirst().orElseThrow().getInt("count");
    }

    private static String pdfText(String user, String quarter) {
        HttpResponse<byte[]> pdf = Api.getBytes(user, path(quarter) + "/report.pdf");
        assertEquals(200, pdf.statusCode(), () -> new String(pdf.body()));
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theQuartersFiguresCountTheMattersRegisteredAndDecided() {
        String quarter = thisQuarter();
        JsonObject before = figures(CLERK, quarter);

        PersonnelFirstReceiverApiIT.registered(CLERK, "LETTER", 1, "LEGACY");
        long visit = Api.id(PersonnelFirstReceiverApiIT.registered(CLERK, "VISIT", 3, "LEGACY"));
        long version = Api.get(CLERK, "/cases/" + visit + "/procedure").json().getJsonNumber("version").longValue();
        Answer accepted = Api.post(CLERK, "/cases/" + visit + "/procedure/steps",
                Json.createObjectBuilder().add("transition", "accept").add("version", version).build());
        assertEquals(200, accepted.status(), accepted::toString);
        Answer decided = Api.post(SECTION, "/cases/" + visit + "/procedure/steps", Json.createObjectBuilder().add("transition", "decide")
                .add("version", accepted.json().getJsonNumber("version").longValue()).add("outcome", "EXPLAIN")
                .add("reason", "经政策法规科核实，已按政策向来访人作出书面解释。").build());
        assertEquals(200, decided.status(), decided::toString);

        JsonObject after = figures(HEAD, quarter);
        assertEquals(before.getInt("letters") + 1, after.getInt("letters"), after::toString);
        assertEquals(before.getInt("visits") + 1, after.getInt("visits"), after::toString);
        assertEquals(before.getInt("visitors") + 3, after.getInt("visitors"), after::toString);
        assertEquals(before.getInt("accepted") + 1, after.getInt("accepted"), after::toString);
        assertEquals(before.getInt("concluded") + 1, after.getInt("concluded"), "decided today, within the quarter: " + after);
        assertEquals(category(before, "LEGACY") + 2, category(after, "LEGACY"), after::toString);
        assertEquals(after.getInt("accepted"), after.getJsonObject("concludedRate").getInt("denominator"));
    }

    @Test
    void lastYearsQuartersShowTheSeedsYear() {
        int year = Api.today().getYear() - 1;
        int letters = 0;
        int visits = 0;
        for (int q = 1; q <= 4; q++) {
            JsonObject f = figures(CLERK, year + "-Q" + q);
            letters += f.getInt("letters");
            visits += f.getInt("visits");
            assertEquals("100.0", f.getJsonObject("answerRate").getJsonNumber("percent").toString(), "every answer in time: " + f);
            double concluded = f.getJsonObject("concludedRate").getJsonNumber("percent").doubleValue();
            assertTrue(concluded >= 90 && concluded < 100, "办结率 over 90%: " + f);
        }
        assertEquals(99, letters);
        assertEquals(18, visits);
        String text = pdfText(CLERK, year + "-Q2");
        assertTrue(text.contains("共收到来信26件，接待来访5批"), text);
        assertTrue(text.contains("答复率100.0%"), text);
        assertTrue(text.contains("（草稿，未印发）"), "not issued yet: a draft: " + text);
    }

    @Test
    void theNotesAreSavedAndClosedOnceTheHeadIssuesTheAnalysis() {
        String quarter = (Api.today().getYear() - 1) + "-Q1";
        Answer notTheirs = Api.putText(SECTION, path(quarter) + "/notes", "application/json", "{\"notes\":\"科室意见\"}");
        assertEquals(403, notTheirs.status(), notTheirs::toString);
        Answer tooLong = Api.putText(CLERK, path(quarter) + "/notes", "application/json", "{\"notes\":\"" + "长".repeat(2001) + "\"}");
        assertEquals(400, tooLong.status(), tooLong::toString);
        assertEquals("notes", tooLong.fieldsNamed().get(0));

        String notes = "一季度退休待遇咨询集中，已在局网站公开退休费核定办法。\n下季度继续开展信访苗头排查。";
        Answer saved = Api.put(CLERK, path(quarter) + "/notes", Json.createObjectBuilder().add("notes", notes).build());
        assertEquals(200, saved.status(), saved::toString);
        assertEquals(notes, Api.get(HEAD, path(quarter)).json().getString("notes"));
        assertTrue(pdfText(HEAD, quarter).contains("一季度退休待遇咨询集中"), "the draft carries the notes");

        Answer notTheHead = Api.post(CLERK, path(quarter) + "/issue", Json.createObjectBuilder().build());
        assertEquals(403, notTheHead.status(), notTheHead::toString);
        Answer issued = Api.post(HEAD, path(quarter) + "/issue", Json.createObjectBuilder().build());
        assertEquals(200, issued.status(), issued::toString);
        String number = issued.json().getString("issuedNumber");
        assertTrue(number.contains("信析"), number);
        assertFalse(issued.json().getBoolean("mayWrite"), issued::toString);

        Answer closed = Api.put(CLERK, path(quarter) + "/notes", Json.createObjectBuilder().add("notes", "改写").build());
        assertEquals(409, closed.status(), closed::toString);
        assertEquals(409, Api.post(HEAD, path(quarter) + "/issue", Json.createObjectBuilder().build()).status(), "issued once");
        String text = pdfText(CLERK, quarter);
        assertTrue(text.contains(number.replaceAll("\\s+", "")), "the PDF is the issued one, with its number: " + text);
        assertTrue(text.contains("一季度退休待遇咨询集中"), text);

        Answer notOver = Api.post(HEAD, path(thisQuarter()) + "/issue", Json.createObjectBuilder().build());
        assertEquals(409, notOver.status(), "the quarter under way is not issued: " + notOver);
    }

    @Test
    void badQuartersAreRefusedAndOtherUnitsSeeNothing() {
        for (String bad : new String[] {"2025-Q5", "2025-Q0", "1999-Q4", "abc", "2025Q1", (Api.today().getYear() + 1) + "-Q1"}) {
            Answer refused = Api.get(CLERK, path(bad));
            assertEquals(400, refused.status(), bad + " → " + refused);
            assertEquals("quarter", refused.fieldsNamed().get(0), refused::toString);
            assertEquals(400, Api.getBytes(CLERK, path(bad) + "/report.pdf").statusCode(), bad);
        }
        String quarter = thisQuarter();
        assertEquals(404, Api.get(Api.ZY_CLERK, path(quarter)).status(), "a court's clerk does not see the bureau");
        assertEquals(404, Api.getBytes(Api.ZY_CLERK, path(quarter) + "/report.pdf").statusCode());
        assertEquals(404, Api.put(Api.ZY_CLERK, path(quarter) + "/notes", Json.createObjectBuilder().add("notes", "x").build()).status());
        Answer notABureau = Api.get(Api.QZ_LEADER, "/personnel/units/" + Api.unitId("青州市信访局") + "/quarters/" + quarter);
        assertEquals(404, notABureau.status(), "a petition bureau has no personnel analysis: " + notABureau);
        assertEquals(200, Api.get(Api.QZ_LEADER, path(quarter)).status(), "the city above reads the bureau's figures");
    }
}
