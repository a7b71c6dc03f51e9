package org.xinfang.plugins.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Optional;
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
 * The personnel bureau's letters over HTTP, as seed 003 describes them: a letter addressed to the head
 * goes to the head before anything else; the head annotates it, the deputy in charge may add an
 * instruction, and the bureau's own section accepts, handles and answers it in writing — the matter
 * never leaves the bureau.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class PersonnelProcedureApiIT {

    private static final String CLERK = "rs.personnel_clerk";
    private static final String HEAD = "rs.personnel_head";
    private static final String DEPUTY = "rs.personnel_deputy";
    private static final String SECTION = "rs.personnel_handler";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    private static JsonObject letter(String subject, boolean toTheHead) {
        Answer created = Api.post(CLERK, "/cases", Api.newCase(subject).add("channel", "LETTER")
                .add("form", Json.createObjectBuilder().add("businessCategory", "RETIREMENT").add("addressedToHead", toTheHead)).build());
        assertEquals(201, created.status(), created::toString);
        return created.json();
    }

    private static JsonObject procedure(String user, long id) {
        Answer answer = Api.get(user, "/cases/" + id + "/procedure");
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    private static Answer step(String user, long id, JsonObjectBuilder body) {
        return Api.post(user, "/cases/" + id + "/procedure/steps", body.build());
    }

    private static JsonObjectBuilder step(String transition, JsonObject procedure) {
        return Json.createObjectBuilder().add("transition", transition).add("version", procedure.getJsonNumber("version").longValue());
    }

    private static Optional<JsonObject> option(JsonObject procedure, String transition) {
        return procedure.getJsonArray("options").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("transition").equals(transition)).findFirst();
    }

    /** The kinds of the notices issued on the case, oldest first. */
    private static List<String> documentKinds(String user, long id) {
        Answer documents = Api.get(user, "/cases/" + id + "/documents");
        assertEquals(200, documents.status(), documents::toString);
        return documents.array().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("kind").equals("NOTICE")).map(d -> d.getString("noticeKind")).toList();
    }

    @Test
    void aLetterToTheHeadPassesTheHeadAndTheDeputyAndIsAnsweredByTheBureausSection() {
        JsonObject registered = letter(Api.uniqueSubject("致局长信：退休费少计工龄"), true);
        long id = registered.getJsonNumber("id").longValue();
        long bureau = registered.getJsonNumber("unitId").longValue();

        // Before the head has read it, the clerk sees accepting and forwarding blocked, with why, and is refused.
        JsonObject forClerk = procedure(CLERK, id);
        JsonObject accept = option(forClerk, "accept").orElseThrow(() -> new AssertionError(forClerk.toString()));
        assertFalse(accept.getBoolean("available"), accept::toString);
        assertTrue(accept.getString("blockedBecause").contains("局长阅批"), accept::toString);
        Answer refused = step(CLERK, id, step("accept", forClerk));
        assertEquals(409, refused.status(), refused::toString);
        assertTrue(refused.json().getString("message").contains("致局长信"), refused::toString);
        Answer forwarded = step(CLERK, id, step("forward", forClerk).add("targetUnitId", Api.unitId("青州市信访局")));
        assertEquals(409, forwarded.status(), "no way round the head: " + forwarded);
        assertEquals("registered", procedure(CLERK, id).getString("state"), "nothing was saved by the refused steps");

        // The head annotates; an annotation without an instruction is refused, naming it.
        JsonObject forHead = procedure(HEAD, id);
        Answer noInstruction = step(HEAD, id, step("annotate", forHead));
        assertEquals(400, noInstruction.status(), noInstruction::toString);
        assertEquals(List.of("reason"), noInstruction.fieldsNamed());
        Answer annotated = step(HEAD, id, step("annotate", forHead).add("reason", "请工资福利科核实视同缴费年限，15日内报分管领导。"));
        assertEquals(200, annotated.status(), annotated::toString);
        assertEquals("annotated", annotated.json().getString("state"));

        // Only the deputy in charge adds the deputy's instruction.
        JsonObject annotatedProcedure = annotated.json();
        Answer notTheDeputy = step(CLERK, id, step("deputyInstruct", annotatedProcedure).add("reason", "同意"));
        assertEquals(403, notTheDeputy.status(), notTheDeputy::toString);
        Answer instructed = step(DEPUTY, id, step("deputyInstruct", procedure(DEPUTY, id)).add("reason", "同意局长批示，工资福利科抓紧办理。"));
        assertEquals(200, instructed.status(), instructed::toString);
        assertEquals("deputy_instructed", instructed.json().getString("state"));

        // The clerk accepts it for the section: a written acceptance, and the matter stays at the bureau.
        Answer accepted = step(CLERK, id, step("acceptForSection", procedure(CLERK, id)));
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals("accepted", accepted.json().getString("state"));
        JsonObject handling = accepted.json().getJsonArray("clocks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("handling")).findFirst().orElseThrow();
        assertEquals("RUNNING", handling.getString("status"), handling::toString);
        assertEquals(bureau, Api.get(CLERK, "/cases/" + id).json().getJsonNumber("unitId").longValue());
        JsonObject acceptStep = accepted.json().getJsonArray("history").getJsonObject(3);
        assertEquals(acceptStep.getString("fromUnit"), acceptStep.getString("toUnit"), "the step stays inside the bureau: " + acceptStep);

        // The section handler answers in writing.
        Answer decided = step(SECTION, id, step("decide", procedure(SECTION, id)).add("outcome", "SUPPORT")
                .add("reason", "经核实，1981年至1984年乡农机站工作经历应认定为视同缴费年限，自下月起重新核定并补发。"));
        assertEquals(200, decided.status(), decided::toString);
        assertEquals("decided", decided.json().getString("state"));
        assertTrue(documentKinds(CLERK, id).containsAll(List.of("ACCEPTANCE", "DECISION")), () -> documentKinds(CLERK, id).toString());
        assertEquals(List.of("register", "annotate", "deputyInstruct", "acceptForSection", "decide"),
                decided.json().getJsonArray("history").getValuesAs(JsonObject.class).stream().map(s -> s.getString("transition")).toList());
    }

    @Test
    void theHeadMayHaveTheSectionAcceptWithoutTheDeputyAndALetterToTheBureauNeedsNoAnnotation() {
        long toTheHead = letter(Api.uniqueSubject("致局长信：职称评审"), true).getJsonNumber("id").longValue();
        Answer tooEarly = step(CLERK, toTheHead, step("acceptForSection", procedure(CLERK, toTheHead)));
        assertEquals(409, tooEarly.status(), "a section accepts only what the head has annotated: " + tooEarly);
        assertEquals(200, step(HEAD, toTheHead, step("annotate", procedure(HEAD, toTheHead)).add("reason", "请职称科办理。")).status());
        Answer accepted = step(HEAD, toTheHead, step("acceptForSection", procedure(HEAD, toTheHead)));
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals("accepted", accepted.json().getString("state"));

        long toTheBureau = letter(Api.uniqueSubject("来信：档案查询"), false).getJsonNumber("id").longValue();
        JsonObject forClerk = procedure(CLERK, toTheBureau);
        assertTrue(option(forClerk, "accept").orElseThrow().getBoolean("available"), forClerk::toString);
        Answer direct = step(CLERK, toTheBureau, step("accept", forClerk));
        assertEquals(200, direct.status(), direct::toString);
    }
}
