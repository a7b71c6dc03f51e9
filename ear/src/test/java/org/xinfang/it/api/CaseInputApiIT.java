package org.xinfang.it.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinfang.it.api.Api.CY_CLERK;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api.Answer;

/** Bad input over HTTP: a 400 in JSON naming each field at fault, in the caller's language, and nothing saved. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseInputApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void missingFieldsAreEachNamedAndNothingIsSaved() {
        long before = listTotal();
        Answer refused = Api.post(CY_CLERK, "/cases", Json.createObjectBuilder()
                .add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder().add("role", "PETITIONER"))).build());

        assertEquals(400, refused.status(), refused::toString);
        JsonObject error = refused.json();
        assertEquals(400, error.getInt("status"));
        assertEquals("invalid_input", error.getString("error"));
        assertTrue(refused.fieldsNamed().containsAll(List.of("channel", "subject", "content", "category", "receivedOn", "parties[0].name")),
                refused::toString);
        assertEquals("事由不能为空", refused.messageFor("subject"));
        assertEquals("姓名不能为空", refused.messageFor("parties[0].name"));
        assertEquals(before, listTotal(), "a refused registration saved a case");
    }

    @Test
    void aCaseWithoutPetitionerIsRefusedNamingTheParties() {
        String subject = Api.uniqueSubject("无信访人");
        Answer refused = Api.post(CY_CLERK, "/cases", Api.newCase(subject).add("parties", Json.createArrayBuilder()).build());

        assertEquals(400, refused.status(), refused::toString);
        assertEquals(List.of("parties"), refused.fieldsNamed());
        assertEquals(0, Api.countMatching(CY_CLERK, subject));
    }

    @Test
    void wrongTypesAreRefusedNamingEachField() {
        String subject = Api.uniqueSubject("类型错误");
        Answer refused = Api.post(CY_CLERK, "/cases", Api.newCase(subject)
                .add("headCount", "many")
                .add("receivedOn", "yesterday")
                .add("channel", "FAX")
                .add("unitId", "cy")
                .add("content", 42)
                .add("parties", Json.createArrayBuilder()
                        .add(Api.petitioner().add("role", "BYSTANDER"))
                        .add("not a party"))
                .build());

        assertEquals(400, refused.status(), refused::toString);
        assertEquals(Set.of("unitId", "channel", "content", "receivedOn", "headCount", "parties[0].role", "parties[1]"),
                Set.copyOf(refused.fieldsNamed()), refused::toString);
        assertEquals("来访人数须为整数", refused.messageFor("headCount"));
        assertTrue(refused.messageFor("receivedOn").contains("yyyy-MM-dd"), refused::toString);
        assertTrue(refused.messageFor("channel").contains("FAX") && refused.messageFor("channel").contains("VISIT"), refused::toString);
        assertEquals(0, Api.countMatching(CY_CLERK, subject));
    }

    @Test
    void anImpossibleDateIsRefusedNamingTheField() {
        String subject = Api.uniqueSubject("日期错误");
        Answer refused = Api.post(CY_CLERK, "/cases", Api.newCase(subject).add("receivedOn", "2026-13-40").build());

        assertEquals(400, refused.status(), refused::toString);
        assertEquals(List.of("receivedOn"), refused.fieldsNamed());
        assertEquals(0, Api.countMatching(CY_CLERK, subject));
    }

    @Test
    void aDateInTheFutureIsRefused() {
        String subject = Api.uniqueSubject("未来日期");
        Answer refused = Api.post(CY_CLERK, "/cases", Api.newCase(subject).add("receivedOn", Api.today().plusDays(10).toString()).build());

        assertEquals(400, refused.status(), refused::toString);
        assertEquals(List.of("receivedOn"), refused.fieldsNamed());
        assertEquals("收到日期不能晚于今天", refused.messageFor("receivedOn"));
        assertEquals(0, Api.countMatching(CY_CLERK, subject));
    }

    @Test
    void moreThanFiveRepresentativesAreRefused() {
        String subject = Api.uniqueSubject("集体访");
        Answer refused = Api.post(CY_CLERK, "/cases", Api.newCase(subject).add("headCount", 30).add("parties", Api.representatives(6)).build());

        assertEquals(400, refused.status(), refused::toString);
        assertEquals(List.of("parties"), refused.fieldsNamed());
        assertTrue(refused.messageFor("parties").contains("5"), refused::toString);
        assertEquals(0, Api.countMatching(CY_CLERK, subject));

        Api.register(CY_CLERK, Api.newCase(subject).add("headCount", 30).add("parties", Api.representatives(5)));
        assertEquals(1, Api.countMatching(CY_CLERK, subject), "five representatives are allowed");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedNamingTheBody() {
        long before = listTotal();
        Answer truncated = Api.postText(CY_CLERK, "/cases", "{\"subject\": \"半截");
        assertEquals(400, truncated.status(), truncated::toString);
        assertEquals(List.of("body"), truncated.fieldsNamed());

        Answer array = Api.postText(CY_CLERK, "/cases", "[1, 2]");
        assertEquals(400, array.status(), array::toString);
        assertEquals(List.of("body"), array.fieldsNamed());

        Answer plainText = Api.send(Api.request(CY_CLERK, "/cases").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("登记一件事", StandardCharsets.UTF_8)));
        assertEquals(415, plainText.status(), plainText::toString);
        assertEquals("unsupported_media_type", plainText.json().getString("error"));
        assertEquals(before, listTotal());
    }

    @Test
    void badListParametersAreRefusedNamingTheParameter() {
        Map<String, String> badOnes = Map.of(
                "status=LOST", "status",
                "channel=FAX", "channel",
                "limit=0", "limit",
                "limit=500", "limit",
                "limit=abc", "limit",
                "offset=-1", "offset",
                "sort=password", "sort",
                "order=sideways", "order",
                "receivedFrom=2026-13-40", "receivedFrom",
                "receivedFrom=2025-03-01&receivedTo=2025-02-01", "receivedFrom");
        assertAll(badOnes.entrySet().stream().map(bad -> () -> {
            Answer refused = Api.get(CY_CLERK, "/cases?" + bad.getKey());
            assertEquals(400, refused.status(), bad.getKey() + " -> " + refused);
            assertEquals(List.of(bad.getValue()), refused.fieldsNamed(), bad.getKey() + " -> " + refused);
        }));
    }

    @Test
    void messagesFollowAcceptLanguage() {
        HttpRequest.Builder inEnglish = Api.request(CY_CLERK, "/cases").header("Accept-Language", "en-US,en;q=0.9")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("headCount", "many").build().toString()));
        Answer english = Api.send(inEnglish);
        assertEquals(400, english.status(), english::toString);
        assertEquals("Head count must be a whole number", english.messageFor("headCount"));
        assertTrue(english.json().getString("message").startsWith("The input is not valid"), english::toString);

        HttpRequest.Builder missingInEnglish = Api.request(CY_CLERK, "/cases").header("Accept-Language", "en")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        Answer validation = Api.send(missingInEnglish);
        assertEquals("Subject is required", validation.messageFor("subject"));

        Answer notFound = Api.send(Api.request(CY_CLERK, "/cases/" + Long.MAX_VALUE).header("Accept-Language", "en").GET());
        assertTrue(notFound.json().getString("message").startsWith("No case with id"), notFound::toString);

        Answer chinese = Api.post(CY_CLERK, "/cases", Json.createObjectBuilder().build());
        assertEquals("事由不能为空", chinese.messageFor("subject"));
    }

    private static long listTotal() {
        Answer listed = Api.get(CY_CLERK, "/cases?limit=1");
        assertEquals(200, listed.status(), listed::toString);
        return listed.json().getJsonNumber("total").longValue();
    }
}
