package org.xinfang.plugins.discipline.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.xinfang.it.api.PublicReceipts;

/**
 * An anonymous report brought on the petition portal (ADR 0038) to a township commission: no name, phone
 * or mail taken; the query code alone opens it; the commission's written answer reaches the reporter and
 * the material they add reaches the report.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class PortalReportApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    private static Answer submit(JsonObject body) {
        return PublicReceipts.postTo("/public/petitions", body.toString());
    }

    private static Answer call(String path, JsonObjectBuilder body) {
        return PublicReceipts.postTo("/public/petitions/" + path, body.build().toString());
    }

    private static JsonObject caseOf(String clerk, String subject) {
        List<JsonObject> found = Api.get(clerk, Api.casesWhere(Map.of("q", subject))).json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(1, found.size(), () -> "cases with " + subject + ": " + found);
        return found.get(0);
    }

    @Test
    void anAnonymousReportToACommissionIsFollowedWithTheCodeAlone() {
        String subject = Api.uniqueSubject("匿名举报村干部侵占补偿款");
        Answer withName = submit(anonymousReport(subject).add("name", "钱某").build());
        assertEquals(400, withName.status(), "an anonymous report takes no name: " + withName);
        assertEquals("name", withName.json().getJsonArray("fields").getJsonObject(0).getString("field"));

        Answer withMail = submit(anonymousReport(subject).add("email", "qian@example.cn").build());
        assertEquals(400, withMail.status(), "an anonymous report leaves no address: " + withMail);

        Answer submitted = submit(anonymousReport(subject).build());
        assertEquals(201, submitted.status(), submitted::toString);
        assertTrue(submitted.json().getBoolean("anonymous"));
        String code = submitted.json().getString("code");

        JsonObject followed = call("follow", Json.createObjectBuilder().add("code", code)).json();
        assertTrue(followed.getBoolean("anonymous"));
        assertEquals(subject, followed.getString("subject"));
        assertTrue(followed.getJsonObject("exchange").getJsonArray("answers").isEmpty());

        JsonObject registered = caseOf(Api.JW_CG_CLERK, subject);
        long id = registered.getJsonNumber("id").longValue();
        JsonObject receipt = Api.get(Api.JW_CG_CLERK, "/cases/" + id + "/receipt").json();
        assertTrue(receipt.getBoolean("issued"), "the staff see that the reporter holds a code: " + receipt);
        Answer answered = Api.post(Api.JW_CG_CLERK, "/cases/" + id + "/receipt/answers",
                Json.createObjectBuilder().add("text", "您反映的问题已收悉，正在核实。").build());
        assertEquals(201, answered.status(), answered::toString);
        followed = call("follow", Json.createObjectBuilder().add("code", code)).json();
        assertEquals("您反映的问题已收悉，正在核实。", followed.getJsonObject("exchange").getJsonArray("answers").getJsonObject(0).getString("text"));

        Answer material = call("material", Json.createObjectBuilder().add("code", code).add("text", "补充：补偿款发放名单有伪造签名。"));
        assertEquals(201, material.status(), material::toString);
        assertEquals(1, material.json().getJsonObject("exchange").getJsonArray("evidence").size());
    }


    static JsonObjectBuilder anonymousReport(String subject) {
        return Json.createObjectBuilder().add("unitId", Api.unitId("城关镇纪委")).add("subject", subject)
                .add("content", "某村主任侵占征地补偿款，村民多次反映无果。").add("category", "纪检监察")
                .add("form", Json.createObjectBuilder().add("category", "ACCUSATION").add("signed", false).add("subjectName", "赵某")
                        .add("subjectUnit", "城关镇某村村民委员会").add("subjectPost", "村主任").add("subjectRank", "VILLAGE"));
    }
}
