package org.xinfang.plugins.court.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinfang.it.api.Api.id;
import static org.xinfang.it.api.CaseSteps.opinion;
import static org.xinfang.it.api.CaseSteps.reason;
import static org.xinfang.it.api.CaseSteps.taken;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
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
import org.xinfang.it.api.CaseSteps;
import org.xinfang.plugins.court.CourtPlugin;

/**
 * The court's own work over HTTP (issue 11, 涉诉信访): the president's reception day with the
 * vice-president in charge of each division, the post-judgment Q&A, review hearings scheduled, held
 * and recorded at the court that reviews, and the matters of one lawsuit as far as the caller sees —
 * each refusal named, nothing half-saved. Every test builds its own courts (ADR 0033).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class CourtWorkApiIT {

    private static final String CIVIL = "民事审判第一庭";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void markedMattersGoToTheVicePresidentInChargeOnFridayAndTheReceptionIsRecorded() {
        long court = courtUnder(Api.newUnit(null, "接待日测试市", "CITY", "general"), "接待日测试中级人民法院");
        String reception = Api.newPerson(court, CourtPlugin.ROLE_RECEPTION);
        String president = Api.newPerson(court, CourtPlugin.ROLE_LEADER, "李院长");
        String vice = Api.newPerson(court, CourtPlugin.ROLE_LEADER, "王建国");
        String judge = Api.newPerson(court, CourtPlugin.ROLE_JUDGE);
        String outsider = Api.newPerson(courtUnder(Api.newUnit(null, "接待日测试他市", "CITY", "general"), "他市法院"),
                CourtPlugin.ROLE_LEADER);

        // Who is in charge of the civil division: the court's leaders decide, among themselves.
        JsonObject setting = Json.createObjectBuilder().add("courtUnitId", court).add("tribunal", CIVIL).add("vicePresident", vice).build();
        assertEquals(403, Api.put(reception, "/court/divisions", setting).status());
        assertEquals(404, Api.put(outsider, "/court/divisions", setting).status());
        Answer notALeader = Api.put(president, "/court/divisions", Json.createObjectBuilder().add("courtUnitId", court)
                .add("tribunal", CIVIL).add("vicePresident", judge).build());
        assertEquals(400, notALeader.status(), notALeader::toString);
        assertTrue(notALeader.messageFor("vicePresident").contains("不是") && notALeader.messageFor("vicePresident").contains("院领导"),
                notALeader::toString);
        Answer unknown = Api.put(president, "/court/divisions", Json.createObjectBuilder().add("courtUnitId", court).add("division", CIVIL)
                .build());
        assertEquals(400, unknown.status());
        assertEquals(List.of("division"), unknown.fieldsNamed(), unknown::toString);
        assertEquals("请求中没有“division”这一项（未予忽略）；可用的字段：courtUnitId, tribunal, vicePresident", unknown.messageFor("division"));
        Answer set = Api.put(president, "/court/divisions", setting);
        assertEquals(200, set.status(), set::toString);
        assertEquals("王建国", set.json().getString("vicePresidentName"));

        long marked = register(reception, "越级到省里反映二审判决", courtForm(caseNumber(), CIVIL).add("leapfrogVisit", true)
                .add("longStandingPetitioner", true));
        long plain = register(reception, "咨询判决书送达", courtForm(caseNumber(), CIVIL));

        LocalDate next = Api.today().with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        Answer agenda = Api.get(reception, "/court/reception-day?day=" + next);
        assertEquals(200, agenda.status(), agenda::toString);
        JsonObject item = agenda.array().getValuesAs(JsonObject.class).stream().filter(i -> i.getJsonNumber("caseId").longValue() == marked)
                .findFirst().orElseThrow(() -> new AssertionError("the marked matter is on the agenda: " + agenda));
        assertEquals("王建国", item.getString("vicePresidentName"));
        assertEquals(vice, item.getString("vicePresident"));
        assertEquals(List.of("越级访", "上访老户"), item.getJsonArray("markers").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        assertTrue(agenda.array().getValuesAs(JsonObject.class).stream().noneMatch(i -> i.getJsonNumber("caseId").longValue() == plain),
                "an unmarked matter is not on it");
        assertTrue(Api.get(outsider, "/court/reception-day?day=" + next).array().getValuesAs(JsonObject.class).stream()
                .noneMatch(i -> i.getJsonNumber("caseId").longValue() == marked), "another court's leader does not see it");
        Answer thursday = Api.get(reception, "/court/reception-day?day=" + next.minusDays(1));
        assertEquals(400, thursday.status());
        assertEquals("院长接待日在每周五，" + next.minusDays(1) + "（星期四）不是接待日", thursday.messageFor("day"));
        assertEquals(400, Api.get(reception, "/court/reception-day?day=next-friday").status());

        LocalDate last = Api.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        String path = "/court/cases/" + marked + "/president-receptions";
        Answer onThursday = Api.post(reception, path, receptionOn(last.minusDays(1)).build());
        assertEquals(400, onThursday.status());
        assertEquals(List.of("heldOn"), onThursday.fieldsNamed());
        Answer ahead = Api.post(reception, path, receptionOn(last.plusWeeks(1)).build());
        assertEquals("接待日期不能晚于今天", ahead.messageFor("heldOn"));
        Answer missing = Api.post(reception, path, receptionOn(last).add("divisionHead", " ").addNull("decision").build());
        assertEquals(400, missing.status());
        assertEquals(List.of("divisionHead", "decision"), missing.fieldsNamed());
        assertEquals("庭长不能为空", missing.messageFor("divisionHead"));
        Answer judgeAsVice = Api.post(reception, path, receptionOn(last).add("vicePresident", judge).build());
        assertEquals(List.of("vicePresident"), judgeAsVice.fieldsNamed(), "a judge is not a vice-president: " + judgeAsVice);
        assertEquals(List.of("vicePresident"), Api.post(reception, path, receptionOn(last).add("vicePresident", "nobody.xyz").build()).fieldsNamed());
        Answer beforeReceived = Api.post(reception, path, receptionOn(last.minusWeeks(2)).build());
        assertTrue(beforeReceived.messageFor("heldOn").contains("早于事项收到日期"), beforeReceived::toString);
        assertEquals(403, Api.post(judge, path, receptionOn(last).build()).status(), "a judge attends, the reception records");
        assertEquals(404, Api.post(outsider, path, receptionOn(last).build()).status());
        Answer unmarked = Api.post(reception, "/court/cases/" + plain + "/president-receptions", receptionOn(last).build());
        assertEquals(409, unmarked.status());
        assertEquals("该事项未标记为越级访、重复访或上访老户，不安排院长接待日接待", unmarked.json().getString("message"));
        assertEquals(0, Api.get(reception, path).array().size(), "nothing half-saved");

        // Named by their user name, the vice-president is recorded by the name people know them by.
        Answer recorded = Api.post(reception, path, receptionOn(last).add("vicePresident", vice).build());
        assertEquals(201, recorded.status(), recorded::toString);
        assertEquals("王建国", recorded.json().getString("vicePresident"));
        assertEquals("周明远", recorded.json().getString("presidingJudge"));
        assertEquals(409, Api.post(reception, path, receptionOn(last).build()).status(), "once per reception day");
        JsonObject stored = Api.get(judge, path).array().getJsonObject(0);
        assertEquals(List.of(last.toString(), "王建国", "周明远", "刘庭长"), List.of(stored.getString("heldOn"), stored.getString("vicePresident"),
                stored.getString("presidingJudge"), stored.getString("divisionHead")));
        if (last.equals(next)) {
            assertTrue(Api.get(reception, "/court/reception-day?day=" + next).array().getValuesAs(JsonObject.class).stream()
                    .anyMatch(i -> i.getJsonNumber("caseId").longValue() == marked && i.getBoolean("received")));
        }
    }

    @Test
    void postJudgmentQuestionsAndAnswersAreRecordedWithTheMatter() {
        long court = courtUnder(Api.newUnit(null, "答疑测试市", "CITY", "general"), "答疑测试中级人民法院");
        String reception = Api.newPerson(court, CourtPlugin.ROLE_RECEPTION);
        String judge = Api.newPerson(court, CourtPlugin.ROLE_JUDGE);
        String outsider = Api.newPerson(courtUnder(Api.newUnit(null, "答疑测试他市", "CITY", "general"), "他市法院"), CourtPlugin.ROLE_JUDGE);
        long matter = register(reception, "申请判后答疑", courtForm(caseNumber(), CIVIL));
        String path = "/court/cases/" + matter + "/judgment-answers";

        Answer bad = Api.post(judge, path, Json.createObjectBuilder().add("answeredOn", Api.today().plusDays(1).toString())
                .add("judge", "林晓燕").add("question", "").add("answer", "长".repeat(2001)).build());
        assertEquals(400, bad.status());
        assertEquals(List.of("answeredOn", "question", "answer"), bad.fieldsNamed(), bad::toString);
        assertEquals(List.of("asker"), Api.post(judge, path, answer(Api.today().toString(), "q").add("asker", "吕国强").build()).fieldsNamed());
        Answer beforeReceived = Api.post(judge, path, answer("1900-01-01", "q").build());
        assertEquals(400, beforeReceived.status(), "an answer cannot predate the matter");
        assertEquals("答疑日期1900-01-01早于事项收到日期" + Api.today().minusDays(8), beforeReceived.messageFor("answeredOn"));
        assertEquals("答复不能超过2000个字符", bad.messageFor("answer"));
        assertEquals(400, Api.postText(judge, path, "{not json").status());
        assertEquals(400, Api.post(judge, path, answer("2026-13-01", "q").build()).status());
        assertEquals(404, Api.post(outsider, path, answer(Api.today().toString(), "q").build()).status());
        assertEquals(404, Api.get(outsider, path).status());
        assertEquals(0, Api.get(judge, path).array().size());

        assertEquals(201, Api.post(judge, path, answer(Api.today().minusDays(1).toString(), "工程款利息从何时起算？").build()).status());
        assertEquals(201, Api.post(reception, path, answer(Api.today().toString(), "鉴定费为何由我方负担七成？").build()).status());
        List<JsonObject> rows = Api.get(reception, path).array().getValuesAs(JsonObject.class);
        assertEquals(List.of("工程款利息从何时起算？", "鉴定费为何由我方负担七成？"), rows.stream().map(r -> r.getString("question")).toList());
        assertEquals("林晓燕", rows.get(0).getString("judge"));
        assertEquals(404, Api.get(reception, "/court/cases/999999999/judgment-answers").status());
    }

    @Test
    void aReviewHearingIsScheduledHeldAndRecordedAtTheCourtThatReviews() throws InterruptedException {
        JsonObject city = Api.newUnit(null, "听证测试市", "CITY", "general");
        JsonObject intermediate = Api.newUnit(id(city), "听证测试中级人民法院", "COURT", "court");
        JsonObject county = Api.newUnit(id(city), "听证测试区", "COUNTY", "general");
        long basic = id(Api.newUnit(id(county), "听证测试区人民法院", "COURT", "court"));
        String basicReception = Api.newPerson(basic, CourtPlugin.ROLE_RECEPTION);
        String basicLeader = Api.newPerson(basic, CourtPlugin.ROLE_LEADER);
        String leader = Api.newPerson(id(intermediate), CourtPlugin.ROLE_LEADER);
        String judge = Api.newPerson(id(intermediate), CourtPlugin.ROLE_JUDGE);
        String reception = Api.newPerson(id(intermediate), CourtPlugin.ROLE_RECEPTION);

        long matter = register(basicReception, "执行款迟迟未发放", courtForm(caseNumber(), "执行局"));
        taken(basicReception, matter, "accept", CaseSteps.none());
        taken(basicLeader, matter, "decide", opinion("EXPLAIN", "执行款已划入申请人账户。"));
        taken(basicReception, matter, "requestReview", reason("信访人不服，申请复查"));
        String path = "/court/cases/" + matter + "/review-hearings";

        Answer notOpened = Api.post(leader, path, schedule(soon()).build());
        assertEquals(409, notOpened.status(), notOpened::toString);
        assertEquals("事项不在复查听证中：请先办理“组织复查听证”步骤，再安排听证", notOpened.json().getString("message"));
        taken(leader, matter, "openReviewHearing", reason("组织双方当事人听证"));

        Answer past = Api.post(leader, path, schedule(now().minusHours(1)).add("place", "").build());
        assertEquals(400, past.status());
        assertEquals(List.of("startsAt", "place"), past.fieldsNamed());
        assertEquals("听证时间须晚于现在", past.messageFor("startsAt"));
        assertEquals("听证时间须为日期和时间，如 2026-12-11T09:30", Api.post(leader, path,
                schedule(soon()).add("startsAt", "明天上午").build()).messageFor("startsAt"));
        assertEquals(403, Api.post(reception, path, schedule(soon()).build()).status(), "the leaders and judges hold hearings");
        Answer deciding = Api.post(basicLeader, path, schedule(soon()).build());
        assertTrue(deciding.status() == 403 || deciding.status() == 404, "the deciding court only follows the review: " + deciding);
        // Following the review, the deciding court reads the matter's court records (its case page shows them) and adds none.
        for (String records : List.of("review-hearings", "judgment-answers", "president-receptions", "aid", "lawsuit")) {
            Answer read = Api.get(basicLeader, "/court/cases/" + matter + "/" + records);
            assertEquals(200, read.status(), records + ": " + read);
        }
        Answer mistypedYear = Api.post(judge, path, schedule(now().plusYears(1).plusDays(1)).build());
        assertEquals(400, mistypedYear.status(), "a hearing years ahead would stay pending for good");
        assertTrue(mistypedYear.messageFor("startsAt").startsWith("听证时间不能晚于一年以后"), mistypedYear::toString);

        LocalDateTime startsAt = soon();
        Answer scheduled = Api.post(judge, path, schedule(startsAt).build());
        assertEquals(201, scheduled.status(), scheduled::toString);
        long hearing = id(scheduled.json());
        assertEquals(409, Api.post(leader, path, schedule(startsAt.plusDays(1)).build()).status(), "one hearing at a time");
        String record = path + "/" + hearing + "/record";
        Answer early = Api.put(leader, record, minutes().build());
        assertEquals(409, early.status(), early::toString);
        assertTrue(early.json().getString("message").startsWith("听证定于"), early::toString);

        Thread.sleep(Math.max(0, ChronoUnit.MILLIS.between(now(), startsAt)) + 1000);
        Answer incomplete = Api.put(leader, record, minutes().add("conclusion", " ").build());
        assertEquals(400, incomplete.status());
        assertEquals("听证结论不能为空", incomplete.messageFor("conclusion"));
        assertEquals(404, Api.put(leader, path + "/999999999/record", minutes().build()).status());
        Answer held = Api.put(leader, record, minutes().build());
        assertEquals(200, held.status(), held::toString);
        assertEquals("维持原处理意见，向信访人做好释法工作。", held.json().getString("conclusion"));
        assertEquals(409, Api.put(leader, record, minutes().build()).status(), "recorded once");
        JsonObject stored = Api.get(judge, path).array().getJsonObject(0);
        assertEquals("信访人称执行款至今未到账。", stored.getString("petitionerStatement"));

        assertEquals("reviewing", taken(judge, matter, "closeReviewHearing", CaseSteps.none()).getString("state"));
    }

    @Test
    void theOriginalCaseNumberLinksTheMattersOfALawsuitAsFarAsTheCallerSees() {
        JsonObject city = Api.newUnit(null, "案号测试市", "CITY", "general");
        long court = courtUnder(city, "案号测试中级人民法院");
        long other = courtUnder(city, "案号测试铁路法院");
        String reception = Api.newPerson(court, CourtPlugin.ROLE_RECEPTION);
        String otherReception = Api.newPerson(other, CourtPlugin.ROLE_RECEPTION);
        String digits = Api.digits(5);
        String half = "(2025)青07民初" + digits + "号";
        String full = "（2025）青07民初" + digits + "号";
        long first = register(reception, "一审判决后第一次来访", courtForm(half, CIVIL));
        long second = register(reception, "二审期间再次来访", courtForm(full, CIVIL).add("stage", "SECOND_INSTANCE"));
        long elsewhere = register(otherReception, "他院登记的同案来访", courtForm(half, CIVIL));

        Answer lawsuit = Api.get(reception, "/court/lawsuits?originalCaseNumber=" + URLEncoder.encode(full, StandardCharsets.UTF_8));
        assertEquals(200, lawsuit.status(), lawsuit::toString);
        assertEquals(List.of(second, first), ids(lawsuit), "both spellings, newest first, not the other court's");
        assertEquals("二审", lawsuit.array().getJsonObject(0).getString("stageLabel"));
        assertEquals(List.of(elsewhere), ids(Api.get(otherReception, "/court/lawsuits?originalCaseNumber="
                + URLEncoder.encode(half, StandardCharsets.UTF_8))));

        Answer others = Api.get(reception, "/court/cases/" + first + "/lawsuit");
        assertEquals(List.of(second), ids(others), "the matter itself and what the caller cannot see are left out");
        assertEquals(404, Api.get(otherReception, "/court/cases/" + first + "/lawsuit").status());

        Answer badNumber = Api.get(reception, "/court/lawsuits?originalCaseNumber=" + URLEncoder.encode("第1234号", StandardCharsets.UTF_8));
        assertEquals(400, badNumber.status());
        assertEquals("原审案号格式不正确，应如（2024）京0105民初1234号", badNumber.messageFor("originalCaseNumber"));
        assertEquals("原审案号不能为空", Api.get(reception, "/court/lawsuits").messageFor("originalCaseNumber"));
    }

    private static long courtUnder(JsonObject parent, String name) {
        return id(Api.newUnit(id(parent), name, "COURT", "court"));
    }

    /** A matter received eight days ago, so that last Friday's reception day comes after it. */
    private static long register(String user, String subject, JsonObjectBuilder form) {
        return id(Api.register(user, Api.newCase(Api.uniqueSubject(subject)).add("receivedOn", Api.today().minusDays(8).toString())
                .add("form", form)));
    }

    private static JsonObjectBuilder courtForm(String caseNumber, String tribunal) {
        return Api.courtForm(caseNumber).add("tribunal", tribunal).add("presidingJudge", "周明远");
    }

    private static String caseNumber() {
        return "(2024)青07民终" + Api.digits(5) + "号";
    }

    private static JsonObjectBuilder receptionOn(LocalDate day) {
        return Json.createObjectBuilder().add("heldOn", day.toString()).add("vicePresident", "王建国").add("presidingJudge", "周明远")
                .add("divisionHead", "刘庭长").add("statement", "信访人认为二审未采信付款收据，第四次来访。")
                .add("decision", "由承办法官当面释明证据认定理由；坚持认为判决错误的，引导其依法申请再审。");
    }

    private static JsonObjectBuilder answer(String on, String question) {
        return Json.createObjectBuilder().add("answeredOn", on).add("judge", "林晓燕").add("question", question)
                .add("answer", "依判决第三项，自起诉之日起算；鉴定费按双方过错比例分担。");
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneId.of(System.getProperty("xinfang.zone", "Asia/Shanghai")));
    }

    /** A hearing a few seconds ahead, so that the test sees it refused before it starts and recorded after. */
    private static LocalDateTime soon() {
        return now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
    }

    private static JsonObjectBuilder schedule(LocalDateTime startsAt) {
        return Json.createObjectBuilder().add("startsAt", startsAt.toString()).add("place", "第三听证室").add("presiding", "审判委员会委员张立")
                .add("participants", "信访人冯德胜；原审法院执行局代表；人民调解员一名");
    }

    private static JsonObjectBuilder minutes() {
        return Json.createObjectBuilder().add("petitionerStatement", "信访人称执行款至今未到账。")
                .add("courtStatement", "原审法院执行局出示转账凭证，执行款已于上月划付。")
                .add("conclusion", "维持原处理意见，向信访人做好释法工作。");
    }

    private static List<Long> ids(Answer listed) {
        return listed.array().getValuesAs(JsonObject.class).stream().map(m -> m.getJsonNumber("caseId").longValue()).toList();
    }
}
