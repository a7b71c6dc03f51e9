package org.xinfang.plugins.court;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinfang.it.api.Api.CY_CLERK;
import static org.xinfang.it.api.Api.ZY_CLERK;

import jakarta.json.JsonObject;
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

/** A court's cases carry the court plugin's form over the API: sent on registration, shown when read, checked field by field. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class CourtCaseApiIT {

    private static final String CASE_NUMBER = "(2024)京0105民初1234号";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void registersACourtCaseWithItsFormAndReadsTheFormBack() {
        String subject = Api.uniqueSubject("判决执行");
        Answer created = Api.post(ZY_CLERK, "/cases", Api.newCase(subject).add("form", Api.courtForm(CASE_NUMBER)).build());

        assertEquals(201, created.status(), created::toString);
        assertEquals("court", created.json().getString("agencyType"));
        JsonObject found = Api.get(ZY_CLERK, "/cases/" + created.json().getJsonNumber("id").longValue()).json();
        JsonObject form = found.getJsonObject("form");
        assertEquals(CASE_NUMBER, form.getString("originalCaseNumber"));
        assertEquals("SECOND_INSTANCE", form.getString("stage"));
        assertEquals("民事审判第一庭", form.getString("tribunal"));
        assertTrue(form.getBoolean("litigationRelated"));
    }

    @Test
    void aMalformedCourtCaseNumberIsRefusedNamingTheFormField() {
        String subject = Api.uniqueSubject("案号错误");
        Answer refused = Api.post(ZY_CLERK, "/cases", Api.newCase(subject).add("form", Api.courtForm("京0105民初1234")).build());

        assertEquals(400, refused.status(), refused::toString);
        assertEquals(List.of("form.originalCaseNumber"), refused.fieldsNamed());
        assertTrue(refused.messageFor("form.originalCaseNumber").contains("（2024）京0105民初1234号"), refused::toString);
        assertEquals(0, Api.countMatching(ZY_CLERK, subject));
    }

    @Test
    void aCourtCaseWithoutItsFormIsRefusedNamingEachRequiredFormField() {
        String subject = Api.uniqueSubject("缺专用信息");
        Answer refused = Api.post(ZY_CLERK, "/cases", Api.newCase(subject).build());

        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.fieldsNamed().containsAll(List.of("form.originalCaseNumber", "form.tribunal", "form.stage")), refused::toString);
        assertEquals(0, Api.countMatching(ZY_CLERK, subject));
    }

    @Test
    void aFormValueOfTheWrongKindIsRefusedNamingTheFormField() {
        String subject = Api.uniqueSubject("审判阶段错误");
        Answer refused = Api.post(ZY_CLERK, "/cases", Api.newCase(subject)
                .add("form", Api.courtForm(CASE_NUMBER).add("stage", "FINAL")).build());

        assertEquals(400, refused.status(), refused::toString);
        assertEquals(List.of("form.stage"), refused.fieldsNamed());
        assertTrue(refused.messageFor("form.stage").contains("FIRST_INSTANCE"), refused::toString);
        assertEquals(0, Api.countMatching(ZY_CLERK, subject));
    }

    @Test
    void aFormSentToAPetitionBureauIsRefused() {
        String subject = Api.uniqueSubject("多余的专用信息");
        Answer refused = Api.post(CY_CLERK, "/cases", Api.newCase(subject).add("form", Api.courtForm(CASE_NUMBER)).build());

        assertEquals(400, refused.status(), refused::toString);
        assertEquals(List.of("form"), refused.fieldsNamed());
        assertEquals(0, Api.countMatching(CY_CLERK, subject));
    }

    @Test
    void pluginsNameTheCourtWithItsRoles() {
        JsonObject court = Api.get(CY_CLERK, "/plugins").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("id").equals("court")).findFirst()
                .orElseThrow(() -> new AssertionError("the court plugin is not listed"));
        assertEquals("法院", court.getJsonObject("agencyType").getString("label"));
        assertEquals("Court", court.getJsonObject("agencyType").getJsonObject("labels").getString("en"));
        assertTrue(court.getJsonArray("roles").getValuesAs(JsonObject.class).stream().anyMatch(r -> r.getString("label").equals("立案庭接待")),
                court::toString);
    }
}
