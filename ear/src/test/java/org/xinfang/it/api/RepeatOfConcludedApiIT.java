package org.xinfang.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
 * A matter concluded by re-review, filed again by the same petitioner, over HTTP: the ordinary acceptance is
 * refused naming the concluded case (and shown blocked, with why, among the options); a clerk cannot take the
 * leader's acceptance; a leader accepts it again only with a reason; "not accepted again" stays open.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RepeatOfConcludedApiIT {

    private static final String PROVINCE_BUREAU = "山东省信访局";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void aConcludedMatterFiledAgainIsNotAcceptedUnlessALeaderStatesWhy() {
        String idNumber = Api.idNumber("370702");
        String subject = "小区违建遮挡采光再次反映 " + UUID.randomUUID();
        long first = Api.id(Api.register(Api.CY_CLERK, filing(subject, idNumber)));
        take(Api.CY_CLERK, first, Json.createObjectBuilder().add("transition", "accept"));
        take(Api.CY_LEADER, first, Json.createObjectBuilder().add("transition", "decide").add("outcome", "SUPPORT").add("reason", "责令拆除。"));
        take(Api.CY_CLERK, first, Json.createObjectBuilder().add("transition", "requestReview").add("reason", "不服，申请复查。"));
        take(Api.QZ_LEADER, first, Json.createObjectBuilder().add("transition", "decideReview").add("outcome", "SUPPORT").add("reason", "维持。"));
        take(Api.QZ_LEADER, first, Json.createObjectBuilder().add("transition", "requestReReview").add("reason", "不服，申请复核。"));
        long province = Api.unitId(PROVINCE_BUREAU);
        String leader = Api.newPerson(province, "LEADER");
        String clerk = Api.newPerson(province, "CLERK");
        take(leader, first, Json.createObjectBuilder().add("transition", "decideReReview").add("outcome", "SUPPORT").add("reason", "复核维持，终结。"));
        JsonObject concluded = Api.get(leader, "/cases/" + first).json();
        assertEquals("concluded", concluded.getString("status"));
        String concludedNumber = concluded.getString("number");

        JsonObjectBuilder again = filing(subject, idNumber).add("unitId", province);
        long repeat = Api.id(Api.register(clerk, again));

        Answer accepted = step(clerk, repeat, Json.createObjectBuilder().add("transition", "accept"));
        assertEquals(409, accepted.status(), accepted::toString);
        assertEquals("illegal_transition", accepted.json().getString("error"));
        assertTrue(accepted.json().getString("message").contains(concludedNumber), "names the concluded case: " + accepted);
        JsonObject acceptOption = option(clerk, repeat, "accept");
        assertFalse(acceptOption.getBoolean("available"));
        assertTrue(acceptOption.getString("blockedBecause").contains(concludedNumber), acceptOption.toString());
        assertTrue(option(clerk, repeat, "declineRepeat").getBoolean("available"), "not accepted again: open to the clerk");

        Answer byClerk = step(clerk, repeat, Json.createObjectBuilder().add("transition", "acceptRepeat").add("reason", "有新情况。"));
        assertEquals(403, byClerk.status(), byClerk::toString);
        Answer noReason = step(leader, repeat, Json.createObjectBuilder().add("transition", "acceptRepeat"));
        assertEquals(400, noReason.status(), noReason::toString);
        assertEquals(List.of("reason"), noReason.fieldsNamed());
        assertEquals("registered", Api.get(leader, "/cases/" + repeat).json().getString("status"), "nothing taken");

        Answer byLeader = step(leader, repeat, Json.createObjectBuilder().add("transition", "acceptRepeat")
                .add("reason", "终结后违建再次加高，属新的事实，再次受理。"));
        assertEquals(200, byLeader.status(), byLeader::toString);
        assertEquals("accepted", Api.get(leader, "/cases/" + repeat).json().getString("status"));
    }

    private static JsonObjectBuilder filing(String subject, String idNumber) {
        return Api.newCase(subject).add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("role", "PETITIONER").add("name", "李四").add("idNumber", idNumber).add("phone", "139" + Api.digits(8))));
    }

    private static JsonObject option(String user, long id, String transition) {
        return Api.get(user, "/cases/" + id + "/procedure").json().getJsonArray("options").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("transition").equals(transition)).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + transition));
    }

    /** Takes a step that must succeed (the way to the concluded case). */
    private static void take(String user, long id, JsonObjectBuilder body) {
        Answer taken = step(user, id, body);
        assertEquals(200, taken.status(), taken::toString);
    }

    private static Answer step(String user, long id, JsonObjectBuilder body) {
        long version = Api.get(user, "/cases/" + id).json().getJsonNumber("version").longValue();
        return Api.post(user, "/cases/" + id + "/procedure/steps", body.add("version", version).build());
    }
}
