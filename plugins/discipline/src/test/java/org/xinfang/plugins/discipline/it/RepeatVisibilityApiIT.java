package org.xinfang.plugins.discipline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinfang.it.api.Api.CY_CLERK;
import static org.xinfang.it.api.Api.JW_CG_CLERK;
import static org.xinfang.it.api.Api.QZ_LEADER;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
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
 * The case, over the API with the demo's users: someone reports to the township discipline
 * office; the same person then files the same matter with the district petition bureau. The bureau's
 * clerk is told nothing of the report — no link, no number — while the city's leader, who sees both
 * units, gets the match.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class RepeatVisibilityApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    private static JsonObjectBuilder filing(String subject, String phone) {
        return Api.newCase(subject).add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("role", "PETITIONER").add("name", "周某").add("phone", phone)));
    }

    @Test
    void districtClerkIsNotToldOfTheDisciplineReportButTheCityLeaderIs() {
        String subject = Api.uniqueSubject("村支书侵占集体资金");
        String phone = "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        JsonObject report = Api.register(JW_CG_CLERK, filing(subject, phone).add("form", Api.disciplineForm()));
        long reportId = report.getJsonNumber("id").longValue();

        Answer filed = Api.post(CY_CLERK, "/cases", filing(subject, phone).build());
        assertEquals(201, filed.status(), filed::toString);
        assertEquals(JsonValue.NULL, filed.json().get("repeatOfId"), "no link to a case the clerk may not see");
        assertEquals(JsonValue.NULL, filed.json().get("repeatOfNumber"));
        assertFalse(filed.body().contains(report.getString("number")), "the report's number appears nowhere in the answer");
        long bureauCase = filed.json().getJsonNumber("id").longValue();
        assertEquals(JsonValue.NULL, Api.get(CY_CLERK, "/cases/" + bureauCase).json().get("repeatOfId"));

        JsonObject atCity = Api.register(QZ_LEADER, filing(subject, phone));
        assertTrue(Set.of(reportId, bureauCase).contains(atCity.getJsonNumber("repeatOfId").longValue()),
                "the city sees both units: the repeat is found " + atCity);
    }
}
