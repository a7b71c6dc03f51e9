package org.xinfang.plugins.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * 首问负责 over HTTP: the registering clerk is recorded as the first receiver, or the colleague they name
 * while the matter is only registered; the name is never emptied nor given to someone outside the
 * bureau; and the first receiver keeps sight of the matter after it went on to another body.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class PersonnelFirstReceiverApiIT {

    static final String CLERK = "rs.personnel_clerk";
    static final String HEAD = "rs.personnel_head";
    static final String SECTION = "rs.personnel_handler";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    /** A letter to the bureau (not to the head), received today from a petitioner of its own. */
    static JsonObject registered(String user, String channel, int headCount, String category) {
        Answer created = Api.post(user, "/cases", Api.newCase(Api.uniqueSubject("首问测试：" + category)).add("channel", channel)
                .add("headCount", headCount).add("receivedOn", Api.today().toString())
                .add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder().add("role", "PETITIONER")
                        .add("name", "赵" + Api.digits(2)).add("phone", "139" + Api.digits(8))))
                .add("form", Json.createObjectBuilder().add("businessCategory", category).add("addressedToHead", false)).build());
        assertEquals(201, created.status(), created::toString);
        return created.json();
    }

    private static Answer name(String user, long caseId, String body) {
        return Api.putText(user, "/personnel/cases/" + caseId + "/first-receiver", "application/json", body);
    }

    @Test
    void theRegisteringClerkIsRecordedAndMayNameTheColleagueWhoReceivedTheVisitor() {
        long id = Api.id(registered(CLERK, "VISIT", 2, "ARCHIVES"));
        Answer recorded = Api.get(CLERK, "/personnel/cases/" + id + "/first-receiver");
        assertEquals(200, recorded.status(), recorded::toString);
        assertEquals(CLERK, recorded.json().getString("username"));
        assertTrue(recorded.json().getBoolean("mayName"), recorded::toString);

        Answer named = name(CLERK, id, "{\"username\":\"" + SECTION + "\"}");
        assertEquals(200, named.status(), named::toString);
        assertEquals(SECTION, named.json().getString("username"));
        assertEquals(CLERK, named.json().getString("recordedBy"), "who named them is kept");
        assertEquals(SECTION, Api.get(HEAD, "/personnel/cases/" + id + "/first-receiver").json().getString("username"));
    }

    @Test
    void theFirstReceiverIsNeverBlankedNorSomeoneOutsideTheBureau() {
        long id = Api.id(registered(CLERK, "LETTER", 1, "TITLE"));
        for (String body : new String[] {"{\"username\":\"\"}", "{\"username\":null}", "{}"}) {
            Answer blank = name(CLERK, id, body);
            assertEquals(400, blank.status(), body + " → " + blank);
            assertTrue(blank.messageFor("username").contains("不能为空"), blank::toString);
        }
        Answer outsider = name(CLERK, id, "{\"username\":\"" + Api.ZY_CLERK + "\"}");
        assertEquals(400, outsider.status(), outsider::toString);
        assertTrue(outsider.messageFor("username").contains("不是本局工作人员"), outsider::toString);
        Answer unknownField = name(CLERK, id, "{\"user\":\"" + SECTION + "\"}");
        assertEquals(400, unknownField.status(), unknownField::toString);
        assertEquals(CLERK, Api.get(CLERK, "/personnel/cases/" + id + "/first-receiver").json().getString("username"),
                "nothing was saved by the refusals");

        Answer notTheirs = name(SECTION, id, "{\"username\":\"" + SECTION + "\"}");
        assertEquals(403, notTheirs.status(), "a section officer does not name themselves on another's registration: " + notTheirs);
        assertEquals(404, Api.get(Api.ZY_CLERK, "/personnel/cases/" + id + "/first-receiver").status(), "a court clerk does not see it");
    }

    @Test
    void theFirstReceiverKeepsSightAfterTheMatterWentToAnotherBodyAndTheNameStaysAsItWas() {
        JsonObject letter = registered(SECTION, "LETTER", 1, "RECRUITMENT");
        long id = Api.id(letter);
        // The section officer took the letter at the window and registered it: they are its first receiver.
        assertEquals(SECTION, Api.get(SECTION, "/personnel/cases/" + id + "/first-receiver").json().getString("username"));
        JsonObject procedure = Api.get(CLERK, "/cases/" + id + "/procedure").json();
        Answer forwarded = Api.post(CLERK, "/cases/" + id + "/procedure/steps", Json.createObjectBuilder().add("transition", "forward")
                .add("version", procedure.getJsonNumber("version").longValue()).add("targetUnitId", Api.unitId("青州市信访局")).build());
        assertEquals(200, forwarded.status(), forwarded::toString);

        Answer mine = Api.get(SECTION, "/personnel/first-received");
        assertEquals(200, mine.status(), mine::toString);
        JsonObject row = mine.array().getValuesAs(JsonObject.class).stream().filter(r -> r.getJsonNumber("caseId").longValue() == id)
                .findFirst().orElseThrow(() -> new AssertionError("the forwarded matter is among the first receiver's: " + mine));
        assertEquals("青州市信访局", row.getString("unitName"), row::toString);
        assertFalse(row.getBoolean("atBureau"), row::toString);
        Answer stillSeen = Api.get(SECTION, "/personnel/cases/" + id + "/first-receiver");
        assertEquals(200, stillSeen.status(), "the bureau follows what it sent on: " + stillSeen);
        assertFalse(stillSeen.json().getBoolean("mayName"), stillSeen::toString);

        Answer tooLate = name(CLERK, id, "{\"username\":\"" + CLERK + "\"}");
        assertEquals(409, tooLate.status(), "once the matter moved on the first receiver stays: " + tooLate);
        assertEquals(SECTION, Api.get(SECTION, "/personnel/cases/" + id + "/first-receiver").json().getString("username"));
    }
}
