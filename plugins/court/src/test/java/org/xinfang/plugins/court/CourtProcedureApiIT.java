package org.xinfang.plugins.court;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinfang.it.api.Api.CY_CLERK;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
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
 * The procedure over HTTP, as the demo city's court uses it: a plugin role acting as a core role, the
 * same refusals as the pages (400 naming inputs, 403, 404, 409 for an illegal step and for a stale
 * version), and the time limits in the case list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class CourtProcedureApiIT {

    private static final String RECEPTION = "zy.court_reception";
    private static final String JUDGE = "zy.court_judge";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    private static long courtCase(String subject) {
        Answer created = Api.post(RECEPTION, "/cases", Api.newCase(subject).add("form", Api.courtForm("(2025)青01民终88号")).build());
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    private static JsonObject procedure(String user, long id) {
        Answer answer = Api.get(user, "/cases/" + id + "/procedure");
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    private static Answer step(String user, long id, JsonObjectBuilder body) {
        return Api.post(user, "/cases/" + id + "/procedure/steps", body.build());
    }

    private static JsonObjectBuilder step(String transition, long version) {
        return Json.createObjectBuilder().add("transition", transition).add("version", version);
    }

    private static List<String> optionNames(JsonObject procedure) {
        return procedure.getJsonArray("options").getValuesAs(JsonObject.class).stream().map(o -> o.getString("transition")).toList();
    }

    @Test
    void aCourtReceptionistActsAsClerkAndTheJudgeDoesNot() {
        long id = courtCase(Api.uniqueSubject("二审判决利息"));
        assertEquals(200, Api.get(RECEPTION, "/cases/" + id).status(), "the procedure's resource leaves the case's own to CaseResource");
        JsonObject forReception = procedure(RECEPTION, id);
        assertEquals("court", forReception.getString("procedure"));
        assertEquals("registered", forReception.getString("state"));
        assertEquals("已登记", forReception.getString("stateLabel"));
        assertTrue(optionNames(forReception).containsAll(List.of("accept", "forward", "litigationRoute")), forReception::toString);
        assertFalse(optionNames(procedure(JUDGE, id)).contains("accept"));
        assertTrue(forReception.getJsonArray("states").getValuesAs(JsonObject.class).stream()
                .anyMatch(s -> s.getString("name").equals("steered_to_litigation") && s.getBoolean("terminal")));
        JsonObject intake = forReception.getJsonArray("clocks").getJsonObject(0);
        assertEquals("intake", intake.getString("name"));
        assertNotNull(intake.getString("dueOn"));

        long version = forReception.getJsonNumber("version").longValue();
        Answer refused = step(JUDGE, id, step("accept", version));
        assertEquals(403, refused.status(), refused::toString);
        assertEquals("forbidden", refused.json().getString("error"));

        Answer accepted = step(RECEPTION, id, step("accept", version));
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals("accepted", accepted.json().getString("state"));
        assertEquals("accept", accepted.json().getJsonArray("history").getJsonObject(1).getString("transition"));

        Answer stale = step(RECEPTION, id, step("startHandling", version));
        assertEquals(409, stale.status(), stale::toString);
        assertEquals("conflict", stale.json().getString("error"));
    }

    @Test
    void badStepsAreRefusedNamingWhatIsWrong() {
        long id = courtCase(Api.uniqueSubject("执行不到位"));
        long version = procedure(RECEPTION, id).getJsonNumber("version").longValue();

        Answer noVersion = Api.post(RECEPTION, "/cases/" + id + "/procedure/steps", Json.createObjectBuilder().add("transition", "accept").build());
        assertEquals(400, noVersion.status(), noVersion::toString);
        assertEquals(List.of("version"), noVersion.fieldsNamed());

        Answer wrongTypes = Api.post(RECEPTION, "/cases/" + id + "/procedure/steps", Json.createObjectBuilder().add("transition", "extend")
                .add("version", "v1").add("extensionDays", "thirty").add("outcome", "MAYBE").build());
        assertEquals(400, wrongTypes.status(), wrongTypes::toString);
        assertTrue(wrongTypes.fieldsNamed().containsAll(List.of("version", "extensionDays", "outcome")), wrongTypes::toString);

        Answer unknown = step(RECEPTION, id, step("closeEverything", version));
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals(List.of("transition"), unknown.fieldsNamed());

        Answer illegal = step(RECEPTION, id, step("decideReview", version).add("outcome", "SUPPORT").add("reason", "x"));
        assertEquals(409, illegal.status(), illegal::toString);
        assertEquals("illegal_transition", illegal.json().getString("error"));

        Answer missing = step(RECEPTION, id, step("litigationRoute", version));
        assertEquals(400, missing.status(), missing::toString);
        assertEquals(List.of("reason", "legalRoute"), missing.fieldsNamed());

        Answer elsewhere = Api.get(CY_CLERK, "/cases/" + id + "/procedure");
        assertEquals(404, elsewhere.status(), "another unit's case is not found");
        assertEquals(404, step(CY_CLERK, id, step("accept", version)).status());

        Answer steered = step(RECEPTION, id, step("litigationRoute", version).add("legalRoute", "LITIGATION")
                .add("reason", "属于二审判决认定事实问题，应通过审判监督程序解决"));
        assertEquals(200, steered.status(), steered::toString);
        assertEquals("steered_to_litigation", steered.json().getString("state"));
        assertTrue(steered.json().getBoolean("finished"));
        assertTrue(steered.json().getJsonArray("options").isEmpty());
    }

    @Test
    void theCaseListShowsEachCasesNextDeadlineWithTheDaysLeft() {
        String subject = Api.uniqueSubject("期限列表");
        courtCase(subject);
        JsonObject row = Api.get(RECEPTION, Api.casesWhere(Map.of("q", subject))).json().getJsonArray("items").getJsonObject(0);
        JsonObject deadline = row.getJsonObject("nextDeadline");
        assertEquals("intake", deadline.getString("clock"));
        assertTrue(deadline.getJsonNumber("daysLeft").longValue() >= 14, deadline::toString);
    }
}
