package org.xinfang.plugins.discipline.upward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
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
 * A report about the city commission's own head goes, sealed, to the provincial commission of the
 * demo (山东省纪委监委) — up the discipline line, past the city petition bureau the commission hangs
 * under — and no step can hand it to a bureau. An anonymous report starts no acknowledgement clock.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class HeadReportApiIT {

    public static final String CITY_COMMISSION_CLERK = "jw.discipline_clerk";
    static final String PROVINCIAL_COMMISSION_CLERK = "sd-jw.discipline_clerk";
    private static final String SEALED_STEP = "forwardUpwardSealed";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void aReportAboutTheCommissionsHeadGoesSealedToTheProvincialCommission() {
        long id = report(Api.uniqueSubject("反映市纪委主要负责人"), true, true);
        assertTrue(optionNames(id).contains(SEALED_STEP));

        Answer sent = step(id, Json.createObjectBuilder().add("transition", SEALED_STEP).add("version", version(id)));
        assertEquals(200, sent.status(), sent::toString);
        assertEquals("forwarded", sent.json().getString("state"));
        JsonObject last = last(sent.json());
        assertEquals("山东省纪委监委", last.getString("toUnit"));

        assertEquals(404, Api.get(CITY_COMMISSION_CLERK, "/cases/" + id).status(), "the city commission no longer holds it");
        Answer atProvince = Api.get(PROVINCIAL_COMMISSION_CLERK, "/cases/" + id);
        assertEquals(200, atProvince.status(), atProvince::toString);
        assertEquals("山东省纪委监委", atProvince.json().getString("unitName"));
    }

    @Test
    void theHeadsOwnCommissionCannotAcceptDeclineOrHandItDownAndTheProvincesKeeperHoldsTheReporter() {
        long id = report(Api.uniqueSubject("反映市纪委主要负责人"), true, true);
        for (JsonObject option : procedure(id).getJsonArray("options").getValuesAs(JsonObject.class)) {
            boolean up = SEALED_STEP.equals(option.getString("transition"));
            assertEquals(up, option.getBoolean("available"), "only sending it up is offered: " + option);
            if (!up) {
                assertTrue(option.getString("blockedBecause").contains("此件反映本机关主要负责人，本机关不得自行受理、办理或交办，只能密封报送上一级纪委监委。"),
                        option::toString);
            }
        }
        for (JsonObjectBuilder body : List.of(
                Json.createObjectBuilder().add("transition", "accept"),
                Json.createObjectBuilder().add("transition", "decline").add("reason", "不予受理"),
                Json.createObjectBuilder().add("transition", "forward").add("targetUnitId", unitOf("jw-cg.clerk")).add("reason", "转乡镇"))) {
            Answer refused = step(id, body.add("version", version(id)));
            assertEquals(409, refused.status(), refused::toString);
            assertEquals("此件反映本机关主要负责人，本机关不得自行受理、办理或交办，只能密封报送上一级纪委监委。",
                    refused.json().getString("message"));
        }
        assertEquals(1, procedure(id).getJsonArray("history").size(), "nothing recorded");
        String atHomeRefusal = "此件反映本机关主要负责人，本机关不得自行受理、办理或交办，只能密封报送上一级纪委监委。";
        for (Answer worked : List.of(
                Api.post("jw.discipline_leader", "/discipline/reports/" + id + "/assignments",
                        Json.createObjectBuilder().add("username", "jw.discipline_investigator").add("duty", "INVESTIGATOR").build()),
                Api.put(CITY_COMMISSION_CLERK, "/discipline/reports/" + id + "/accused-unit",
                        Json.createObjectBuilder().add("unitId", unitOf("jw-cg.clerk")).build()),
                Api.post(CITY_COMMISSION_CLERK, "/discipline/joint/cases", Json.createObjectBuilder()
                        .add("committeeUnitId", unitOf(CITY_COMMISSION_CLERK)).add("caseId", id).add("regionUnitId", unitOf("jw-cg.clerk"))
                        .add("round", "MONTHLY").build()))) {
            assertEquals(409, worked.status(), "the head's own body cannot work the report by another door: " + worked);
            assertEquals(atHomeRefusal, worked.json().getString("message"));
        }

        Answer atHome = Api.post("jw.discipline_identity_keeper", "/cases/" + id + "/identity/reveal",
                Json.createObjectBuilder().add("reason", "核实举报人身份以便回访").build());
        assertEquals(403, atHome.status(), atHome::toString);
        assertEquals("此件反映本机关主要负责人，举报人身份只能由上一级纪委监委的身份保管人在报送后查看，本机关不得查看。",
                atHome.json().getString("message"));

        assertEquals(200, step(id, Json.createObjectBuilder().add("transition", SEALED_STEP).add("version", version(id))).status());
        Answer revealed = Api.post("sd-jw.discipline_identity_keeper", "/cases/" + id + "/identity/reveal",
                Json.createObjectBuilder().add("reason", "核实举报人身份以便回访").build());
        assertEquals(200, revealed.status(), "the provincial commission's keeper now holds the reporter: " + revealed);
    }

    @Test
    void aReportAboutTheHeadCannotBeForwardedToThePetitionBureau() {
        long id = report(Api.uniqueSubject("反映市纪委主要负责人"), true, true);
        long bureau = unitOf("qz.clerk");
        Answer refused = step(id, Json.createObjectBuilder().add("transition", "forward").add("version", version(id))
                .add("targetUnitId", bureau).add("reason", "转信访局"));
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("illegal_transition", refused.json().getString("error"));
        assertEquals("反映本机关主要负责人的举报只能密封报送上级纪委监委，不能送交青州市信访局。", refused.json().getString("message"));
        assertEquals(200, Api.get(CITY_COMMISSION_CLERK, "/cases/" + id).status(), "nothing moved");
        assertEquals(1, procedure(id).getJsonArray("history").size(), "nothing recorded");
    }

    @Test
    void onlyAReportAboutTheHeadIsSentUpSealed() {
        long id = report(Api.uniqueSubject("反映某局长"), false, true);
        JsonObject sealedStep = procedure(id).getJsonArray("options").getValuesAs(JsonObject.class).stream()
                .filter(o -> SEALED_STEP.equals(o.getString("transition"))).findFirst().orElseThrow();
        assertFalse(sealedStep.getBoolean("available"), "shown blocked, with why: " + sealedStep);
        assertEquals("只有登记为反映本机关主要负责人的举报才能密封报送上一级纪委监委。", sealedStep.getString("blockedBecause"));
        Answer refused = step(id, Json.createObjectBuilder().add("transition", SEALED_STEP).add("version", version(id)));
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("只有登记为反映本机关主要负责人的举报才能密封报送上一级纪委监委。", refused.json().getString("message"));
    }

    @Test
    void theProvincialCommissionHasNoCommissionAboveToSendTo() {
        String subject = Api.uniqueSubject("反映省纪委主要负责人");
        Answer created = Api.post(PROVINCIAL_COMMISSION_CLERK, "/cases", Api.newCase(subject)
                .add("form", form(true, true)).build());
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        Answer refused = Api.post(PROVINCIAL_COMMISSION_CLERK, "/cases/" + id + "/procedure/steps", Json.createObjectBuilder()
                .add("transition", SEALED_STEP).add("version", created.json().getJsonNumber("version").longValue()).build());
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("山东省纪委监委之上没有上级纪委监委，不能“反映本机关主要负责人，密封报送上一级纪委监委”。",
                refused.json().getString("message"));
    }

    @Test
    void anAnonymousReportStartsNoAcknowledgementClockWhileASignedOneDoes() {
        long signed = report(Api.uniqueSubject("实名举报"), false, true);
        long anonymous = report(Api.uniqueSubject("匿名举报"), false, false);
        assertTrue(clockNames(signed).contains("intake"), procedure(signed)::toString);
        assertFalse(clockNames(anonymous).contains("intake"), procedure(anonymous)::toString);
    }

    @Test
    void whetherAReportIsSignedOrAboutTheHeadIsTrueOrFalseNeverAWord() {
        String subject = Api.uniqueSubject("实名与否");
        Answer refused = Api.post(CITY_COMMISSION_CLERK, "/cases", Api.newCase(subject)
                .add("form", form(false, true).add("signed", "yes").add("aboutUnitHead", "no")).build());
        assertEquals(400, refused.status(), refused::toString);
        assertEquals("signed须为 true 或 false", refused.messageFor("form.signed"));
        assertEquals("aboutUnitHead须为 true 或 false", refused.messageFor("form.aboutUnitHead"));
        Answer misspelt = Api.post(CITY_COMMISSION_CLERK, "/cases", Api.newCase(subject)
                .add("form", form(false, true).add("aboutHead", true)).build());
        assertEquals(400, misspelt.status(), misspelt::toString);
        assertEquals("专用信息中没有“aboutHead”这一项", misspelt.messageFor("form.aboutHead"));
        assertEquals(0, Api.countMatching(CITY_COMMISSION_CLERK, subject), "nothing saved");
    }

    /** A discipline report registered at the city commission by its clerk; returns its id. */
    public static long report(String subject, boolean aboutHead, boolean signed) {
        Answer created = Api.post(CITY_COMMISSION_CLERK, "/cases", Api.newCase(subject).add("form", form(aboutHead, signed)).build());
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    public static JsonObjectBuilder form(boolean aboutHead, boolean signed) {
        return Api.disciplineForm().add("aboutUnitHead", aboutHead).add("signed", signed)
                .add("subjectUnit", "青州市纪委监委").add("subjectPost", "主要负责人").add("subjectRank", "COUNTY");
    }

    private static long unitOf(String user) {
        return Api.get(user, "/me").json().getJsonArray("grants").getJsonObject(0).getJsonNumber("unitId").longValue();
    }

    private static JsonObject procedure(long id) {
        Answer answer = Api.get(CITY_COMMISSION_CLERK, "/cases/" + id + "/procedure");
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    private static long version(long id) {
        return procedure(id).getJsonNumber("version").longValue();
    }

    private static java.util.List<String> optionNames(long id) {
        return procedure(id).getJsonArray("options").getValuesAs(JsonObject.class).stream().map(o -> o.getString("transition")).toList();
    }

    private static java.util.List<String> clockNames(long id) {
        return procedure(id).getJsonArray("clocks").getValuesAs(JsonObject.class).stream().map(o -> o.getString("name")).toList();
    }

    private static JsonObject last(JsonObject procedure) {
        var history = procedure.getJsonArray("history");
        return history.getJsonObject(history.size() - 1);
    }

    private static Answer step(long id, JsonObjectBuilder body) {
        return Api.post(CITY_COMMISSION_CLERK, "/cases/" + id + "/procedure/steps", body.build());
    }
}
