package org.xinfang.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinfang.it.api.Api.CY_CLERK;
import static org.xinfang.it.api.Api.DC_CLERK;
import static org.xinfang.it.api.Api.QZ_LEADER;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api.Answer;

/** Registering, reading, listing and correcting cases over HTTP, each within the caller's units. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CasesApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void registersACaseAndReadsItBackWithIdentityAndPhoneMasked() {
        String subject = Api.uniqueSubject("拖欠工资");
        Answer created = Api.post(CY_CLERK, "/cases", Api.newCase(subject).build());

        assertEquals(201, created.status(), created::toString);
        JsonObject registered = created.json();
        long id = registered.getJsonNumber("id").longValue();
        String location = created.header("Location");
        assertNotNull(location, "201 without Location");
        assertTrue(location.endsWith("/api/v1/cases/" + id), location);
        assertEquals("registered", registered.getString("status"));
        assertEquals("general", registered.getString("agencyType"));
        assertTrue(registered.getString("unitName").contains("朝阳区信访局"), registered.toString());
        assertEquals(CY_CLERK, registered.getString("createdBy"));
        assertFalse(registered.getString("number").isBlank());

        Answer read = Api.send(Api.request(CY_CLERK, "").uri(URI.create(location)).GET());
        assertEquals(200, read.status(), read::toString);
        JsonObject found = read.json();
        assertEquals(subject, found.getString("subject"));
        assertEquals(registered.getString("number"), found.getString("number"));
        assertEquals(JsonValue.NULL, found.get("form"), "a petition bureau's case has no agency form");
        JsonObject petitioner = found.getJsonArray("parties").getJsonObject(0);
        assertEquals("张三", petitioner.getString("name"));
        assertEquals("110105********1232", petitioner.getString("idNumber"));
        assertEquals("138****1234", petitioner.getString("phone"));
        assertFalse(read.body().contains("110105199001011232"), "raw identity number left the server");
        assertFalse(read.body().contains("13800001234"), "raw phone number left the server");
        assertFalse(created.body().contains("110105199001011232"), "raw identity number left the server on registration");
    }

    @Test
    void filtersAndSortsByTheNextDeadline() {
        String subject = Api.uniqueSubject("期限筛选");
        java.time.LocalDate today = Api.today();
        // The intake clock runs from the day received: received 40 days ago it is long overdue, yesterday it is not.
        long late = Api.register(CY_CLERK, Api.newCase(subject).add("receivedOn", today.minusDays(40).toString())).getJsonNumber("id").longValue();
        long fresh = Api.register(CY_CLERK, Api.newCase(subject).add("receivedOn", today.minusDays(1).toString())).getJsonNumber("id").longValue();

        JsonObject overdue = Api.get(CY_CLERK, Api.casesWhere(Map.of("q", subject, "due", "overdue"))).json();
        assertEquals(1, overdue.getInt("total"), overdue.toString());
        JsonObject row = overdue.getJsonArray("items").getJsonObject(0);
        assertEquals(late, row.getJsonNumber("id").longValue());
        assertTrue(row.getJsonObject("nextDeadline").getJsonNumber("daysLeft").longValue() < 0, row.toString());
        assertEquals(0, Api.get(CY_CLERK, Api.casesWhere(Map.of("q", subject, "due", "today"))).json().getInt("total"));

        List<Long> soonestFirst = Api.get(CY_CLERK, Api.casesWhere(Map.of("q", subject, "sort", "nextDeadline", "order", "asc"))).json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertEquals(List.of(late, fresh), soonestFirst);
        List<Long> latestFirst = Api.get(CY_CLERK, Api.casesWhere(Map.of("q", subject, "sort", "nextDeadline", "order", "desc"))).json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertEquals(List.of(fresh, late), latestFirst);
        List<Long> byDeadline = Api.get(CY_CLERK, Api.casesWhere(Map.of("q", subject, "sort", "nextDeadline"))).json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertEquals(List.of(late, fresh), byDeadline, "without order, the most urgent comes first");

        assertEquals(0, Api.get(DC_CLERK, Api.casesWhere(Map.of("q", subject, "due", "overdue"))).json().getInt("total"),
                "another district's clerk finds none of them, overdue or not");
        Answer bad = Api.get(CY_CLERK, Api.casesWhere(Map.of("due", "yesterday")));
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(List.of("due"), bad.fieldsNamed());
        assertEquals("请求有误，请按各字段的提示修改。", bad.json().getString("message"), "a read has nothing to save, so says nothing of it");
    }

    @Test
    void listsOnePageAtATimeWithTheTotal() {
        String subject = Api.uniqueSubject("分页");
        for (String day : List.of("2025-01-10", "2025-01-11", "2025-01-12")) {
            Api.register(CY_CLERK, Api.newCase(subject).add("receivedOn", day));
        }

        JsonObject first = Api.get(CY_CLERK, Api.casesWhere(Map.of("q", subject, "limit", "2", "sort", "receivedOn", "order", "asc"))).json();
        assertEquals(3, first.getInt("total"));
        assertEquals(2, first.getInt("limit"));
        assertEquals(0, first.getInt("offset"));
        assertEquals(List.of("2025-01-10", "2025-01-11"), receivedDays(first));

        JsonObject second = Api.get(CY_CLERK, Api.casesWhere(Map.of("q", subject, "limit", "2", "offset", "2", "sort", "receivedOn", "order", "asc"))).json();
        assertEquals(3, second.getInt("total"));
        assertEquals(List.of("2025-01-12"), receivedDays(second));

        JsonObject newestFirst = Api.get(CY_CLERK, Api.casesWhere(Map.of("q", subject))).json();
        assertEquals(List.of("2025-01-12", "2025-01-11", "2025-01-10"), receivedDays(newestFirst));
    }

    @Test
    void filtersTheListByStatusChannelAndDateReceived() {
        String subject = Api.uniqueSubject("筛选");
        Api.register(CY_CLERK, Api.newCase(subject).add("channel", "LETTER").add("receivedOn", "2025-01-10"));
        Api.register(CY_CLERK, Api.newCase(subject).add("channel", "VISIT").add("receivedOn", "2025-02-10"));
        Api.register(CY_CLERK, Api.newCase(subject).add("channel", "VISIT").add("receivedOn", "2025-03-10"));

        assertEquals(2, total(Map.of("q", subject, "channel", "VISIT")));
        assertEquals(1, total(Map.of("q", subject, "channel", "LETTER")));
        JsonObject february = Api.get(CY_CLERK, Api.casesWhere(Map.of("q", subject, "receivedFrom", "2025-02-01", "receivedTo", "2025-02-28"))).json();
        assertEquals(1, february.getInt("total"));
        assertEquals(List.of("2025-02-10"), receivedDays(february));
        assertEquals(2, total(Map.of("q", subject, "receivedFrom", "2025-02-10")));
        assertEquals(3, total(Map.of("q", subject, "status", "registered")));
        assertEquals(0, total(Map.of("q", subject, "status", "concluded")));
        assertEquals(1, total(Map.of("q", subject, "status", "registered", "channel", "VISIT", "receivedTo", "2025-02-28")));
    }

    @Test
    void clerkOfAnotherUnitCannotReadListOrCorrectTheCase() {
        String subject = Api.uniqueSubject("朝阳区事项");
        JsonObject ofChaoyang = Api.register(CY_CLERK, Api.newCase(subject));
        long id = ofChaoyang.getJsonNumber("id").longValue();

        Answer read = Api.get(DC_CLERK, "/cases/" + id);
        assertEquals(404, read.status(), read::toString);
        assertEquals("not_found", read.json().getString("error"));
        Answer nonexistent = Api.get(DC_CLERK, "/cases/" + Long.MAX_VALUE);
        assertEquals(404, nonexistent.status());
        assertEquals(nonexistent.json().getString("message").replace(String.valueOf(Long.MAX_VALUE), String.valueOf(id)),
                read.json().getString("message"), "another unit's case must look exactly like a missing one");

        assertEquals(0, Api.countMatching(DC_CLERK, subject), "another unit's case leaked into the list");

        Answer corrected = Api.put(DC_CLERK, "/cases/" + id, correction(ofChaoyang.getJsonNumber("version").longValue(), "越权更正"));
        assertEquals(404, corrected.status(), corrected::toString);
        assertEquals(subject, Api.get(CY_CLERK, "/cases/" + id).json().getString("subject"), "the refused correction was saved");
    }

    @Test
    void clerkCannotRegisterInAnotherUnit() {
        long dongcheng = Api.get(DC_CLERK, "/me").json().getJsonArray("grants").getJsonObject(0).getJsonNumber("unitId").longValue();
        String subject = Api.uniqueSubject("越权登记");

        Answer refused = Api.post(CY_CLERK, "/cases", Api.newCase(subject).add("unitId", dongcheng).build());
        assertEquals(403, refused.status(), refused::toString);
        assertEquals("forbidden", refused.json().getString("error"));
        assertTrue(refused.json().getString("message").contains("东城区信访局"), refused::toString);
        assertEquals(0, Api.countMatching(QZ_LEADER, subject), "the refused registration was saved");
    }

    @Test
    void cityLeaderSeesTheCasesOfEveryUnitBelowButClerksOnlyTheirOwn() {
        String subject = Api.uniqueSubject("全市");
        long ofChaoyang = Api.register(CY_CLERK, Api.newCase(subject)).getJsonNumber("id").longValue();
        long ofDongcheng = Api.register(DC_CLERK, Api.newCase(subject)).getJsonNumber("id").longValue();

        JsonObject cityWide = Api.get(QZ_LEADER, Api.casesWhere(Map.of("q", subject))).json();
        assertEquals(2, cityWide.getInt("total"));
        assertEquals(200, Api.get(QZ_LEADER, "/cases/" + ofChaoyang).status());
        assertEquals(200, Api.get(QZ_LEADER, "/cases/" + ofDongcheng).status());

        assertEquals(1, Api.countMatching(CY_CLERK, subject));
        assertEquals(1, Api.countMatching(DC_CLERK, subject));
        assertEquals(404, Api.get(CY_CLERK, "/cases/" + ofDongcheng).status());
    }

    @Test
    void correctsWithTheVersionReadAndRefusesAStaleVersionWithConflict() {
        String subject = Api.uniqueSubject("待更正");
        JsonObject registered = Api.register(CY_CLERK, Api.newCase(subject));
        long id = registered.getJsonNumber("id").longValue();
        long versionRead = Api.get(CY_CLERK, "/cases/" + id).json().getJsonNumber("version").longValue();

        String firstFix = subject + " 已更正";
        Answer corrected = Api.put(CY_CLERK, "/cases/" + id, correction(versionRead, firstFix));
        assertEquals(200, corrected.status(), corrected::toString);
        assertEquals(firstFix, corrected.json().getString("subject"));
        assertTrue(corrected.json().getJsonNumber("version").longValue() > versionRead, "the version did not move on");

        Answer stale = Api.put(QZ_LEADER, "/cases/" + id, correction(versionRead, subject + " 迟到的更正"));
        assertEquals(409, stale.status(), stale::toString);
        assertEquals("conflict", stale.json().getString("error"));
        String message = stale.json().getString("message");
        assertTrue(message.contains(registered.getString("number")), stale.body());
        String clerkName = Api.get(CY_CLERK, "/me").json().getString("displayName");
        assertTrue(message.matches(".*已被 " + java.util.regex.Pattern.quote(clerkName) + " 于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 修改.*"),
                "who changed it by their name, when to the minute: " + message);
        assertFalse(message.contains(CY_CLERK), "not by the user name: " + message);
        assertEquals(firstFix, Api.get(CY_CLERK, "/cases/" + id).json().getString("subject"), "the stale correction was saved");
    }

    @Test
    void correctionWithoutSubjectIsRefusedAndNothingIsSaved() {
        String subject = Api.uniqueSubject("更正校验");
        JsonObject registered = Api.register(CY_CLERK, Api.newCase(subject));
        long id = registered.getJsonNumber("id").longValue();

        Answer refused = Api.put(CY_CLERK, "/cases/" + id, Json.createObjectBuilder()
                .add("version", registered.getJsonNumber("version").longValue())
                .add("subject", " ").add("content", "新内容").add("category", "其他").build());
        assertEquals(400, refused.status(), refused::toString);
        assertEquals(List.of("subject"), refused.fieldsNamed());
        assertEquals("事由不能为空", refused.messageFor("subject"));

        Answer tooLong = Api.put(CY_CLERK, "/cases/" + id, Json.createObjectBuilder()
                .add("version", registered.getJsonNumber("version").longValue())
                .add("subject", "长".repeat(201)).add("content", "长".repeat(4001)).add("category", "其他").build());
        assertEquals(400, tooLong.status(), "refused, not cut short: " + tooLong);
        assertEquals(List.of("content", "subject"), tooLong.fieldsNamed().stream().sorted().toList());

        Answer withoutVersion = Api.put(CY_CLERK, "/cases/" + id, Json.createObjectBuilder()
                .add("subject", "新事由").add("content", "新内容").add("category", "其他").build());
        assertEquals(400, withoutVersion.status(), withoutVersion::toString);
        assertEquals(List.of("version"), withoutVersion.fieldsNamed());

        JsonObject stored = Api.get(CY_CLERK, "/cases/" + id).json();
        assertEquals(subject, stored.getString("subject"));
        assertEquals(registered.getJsonNumber("version").longValue(), stored.getJsonNumber("version").longValue());
    }

    @Test
    void aServedNoticeFixesWhatItStatesAndIsCorrectedOnlyByANewStep() {
        String subject = Api.uniqueSubject("告知书载明的事由");
        JsonObject registered = Api.register(CY_CLERK, Api.newCase(subject));
        long id = registered.getJsonNumber("id").longValue();
        Answer accepted = step(CY_CLERK, id, Json.createObjectBuilder().add("transition", "accept"));
        assertEquals(200, accepted.status(), accepted::toString);
        JsonObject afterNotice = Api.get(CY_CLERK, "/cases/" + id).json();
        long version = afterNotice.getJsonNumber("version").longValue();

        Answer newSubject = Api.put(CY_CLERK, "/cases/" + id, Json.createObjectBuilder().add("version", version)
                .add("subject", subject + " 改").add("content", afterNotice.getString("content")).add("category", "城乡建设").build());
        assertEquals(400, newSubject.status(), newSubject::toString);
        assertEquals(List.of("subject"), newSubject.fieldsNamed(), "only the fact the notice states; the category is free");
        assertTrue(newSubject.messageFor("subject").contains("受理告知书") && newSubject.messageFor("subject").contains("新的步骤"),
                newSubject.toString());
        JsonObject unchanged = Api.get(CY_CLERK, "/cases/" + id).json();
        assertEquals(subject, unchanged.getString("subject"));
        assertEquals(afterNotice.getString("category"), unchanged.getString("category"), "nothing half-saved");
        assertEquals(version, unchanged.getJsonNumber("version").longValue());

        // What no served notice states may still be corrected while the matter is open: the acceptance
        // notice states the subject, not the content (only a 转送函 or 交办函 quotes it) nor the category.
        Answer free = Api.put(CY_CLERK, "/cases/" + id, Json.createObjectBuilder().add("version", version)
                .add("subject", subject).add("content", "补充：涉及三户居民").add("category", "城乡建设").build());
        assertEquals(200, free.status(), free::toString);
        assertEquals("城乡建设", free.json().getString("category"));
    }

    @Test
    void aDeclinedCaseIsNotEditedAtAll() {
        String subject = Api.uniqueSubject("不予受理后修改");
        JsonObject registered = Api.register(CY_CLERK, Api.newCase(subject));
        long id = registered.getJsonNumber("id").longValue();
        Answer declined = step(CY_CLERK, id, Json.createObjectBuilder().add("transition", "decline").add("reason", "不属于信访事项受理范围。"));
        assertEquals(200, declined.status(), declined::toString);
        JsonObject closed = Api.get(CY_CLERK, "/cases/" + id).json();

        Answer refused = Api.put(CY_CLERK, "/cases/" + id, Json.createObjectBuilder()
                .add("version", closed.getJsonNumber("version").longValue()).add("subject", closed.getString("subject"))
                .add("content", closed.getString("content")).add("category", "其他").build());
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("illegal_transition", refused.json().getString("error"));
        String message = refused.json().getString("message");
        assertTrue(message.contains(registered.getString("number")) && message.contains("不予受理") && message.contains("新的步骤"), message);
        assertEquals(closed.getString("category"), Api.get(CY_CLERK, "/cases/" + id).json().getString("category"), "nothing saved");
    }

    @Test
    void anUnknownListParameterIsRefusedNamingTheOnesTheCallTakes() {
        Answer misspelt = Api.get(CY_CLERK, "/cases?stauts=accepted&limit=5");
        assertEquals(400, misspelt.status(), "not an unfiltered list that looks like an answer: " + misspelt);
        assertEquals(List.of("stauts"), misspelt.fieldsNamed());
        assertTrue(misspelt.messageFor("stauts").endsWith("receivedFrom, receivedTo, sort, status"), misspelt.toString());
        assertTrue(misspelt.messageFor("stauts").contains("limit"), misspelt.toString());

        Answer two = Api.get(CY_CLERK, "/reception/visits?page=2&size=10&month=2026-11");
        assertEquals(400, two.status(), two::toString);
        assertEquals(List.of("page", "size"), two.fieldsNamed(), "each unknown one named, the known one not");

        Answer none = Api.get(CY_CLERK, "/me?verbose=true");
        assertEquals(400, none.status(), none::toString);
        assertTrue(none.messageFor("verbose").contains("不接受查询参数"), none.toString());

        assertEquals(200, Api.get(CY_CLERK, "/cases?status=accepted&limit=5").status(), "the known parameters still work");
        assertEquals(200, Api.get(CY_CLERK, "/cases").status());
    }

    private static Answer step(String user, long id, jakarta.json.JsonObjectBuilder body) {
        long version = Api.get(user, "/cases/" + id).json().getJsonNumber("version").longValue();
        return Api.post(user, "/cases/" + id + "/procedure/steps", body.add("version", version).build());
    }

    private static JsonObject correction(long version, String subject) {
        return Json.createObjectBuilder().add("version", version).add("subject", subject)
                .add("content", "更正后的内容").add("category", "劳动社保").build();
    }

    private static long total(Map<String, String> parameters) {
        Answer listed = Api.get(CY_CLERK, Api.casesWhere(parameters));
        assertEquals(200, listed.status(), listed::toString);
        return listed.json().getJsonNumber("total").longValue();
    }

    private static List<String> receivedDays(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(c -> c.getString("receivedOn")).toList();
    }
}
