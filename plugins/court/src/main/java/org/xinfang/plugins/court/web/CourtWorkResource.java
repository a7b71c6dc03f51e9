package org.xinfang.plugins.court.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.Callers;
import org.xinfang.plugins.court.answer.JudgmentAnswer;
import org.xinfang.plugins.court.answer.JudgmentAnswers;
import org.xinfang.plugins.court.hearing.ReviewHearing;
import org.xinfang.plugins.court.hearing.ReviewHearings;
import org.xinfang.api.plugin.JsonInput;
import org.xinfang.plugins.court.kernel.Input;
import org.xinfang.api.plugin.Refusal;
import org.xinfang.plugins.court.kernel.Texts;
import org.xinfang.plugins.court.lawsuit.Lawsuits;
import org.xinfang.plugins.court.reception.DivisionLeader;
import org.xinfang.plugins.court.reception.PresidentReception;
import org.xinfang.plugins.court.reception.ReceptionDay;

/**
 * {@code /api/v1/court/…}: the court's own work on its matters — the president's reception day
 * (院长接待日) and who is in charge of which division, the post-judgment Q&A (判后答疑), review hearings
 * (复查听证) and the matters of one lawsuit (原审案号). Everything is scoped to the matters the caller
 * sees; a refusal names the problem and saves nothing.
 */
@Path("court")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "court-work", description = "法院：院长接待日、判后答疑、复查听证、原审案号 / Court: reception day, post-judgment Q&A, review hearings, lawsuits")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired")
public class CourtWorkResource {

    private static final String INVALID = "输入有误，逐项说明；未保存 / Invalid input, each field named; nothing saved";
    private static final String NOT_FOUND = "事项不存在、无权查看或不是法院事项 / Not found, not visible, or not a court matter";

    @Inject
    Callers callers;

    @Inject
    ReceptionDay receptionDay;

    @Inject
    JudgmentAnswers answers;

    @Inject
    ReviewHearings hearings;

    @Inject
    Lawsuits lawsuits;

    // 院长接待日

    @GET
    @Path("reception-day")
    @Operation(operationId = "courtReceptionDay", summary = "院长接待日的待接待事项 / The matters for a president's reception day",
            description = "标记为越级访、重复访或上访老户的事项及其审判庭的分管副院长；day 缺省为下一个接待日（周五）。")
    @APIResponse(responseCode = "200", description = "按审判庭排列的事项 / The matters by division")
    @APIResponse(responseCode = "400", description = "日期无效或不是周五 / Not a date, or not a Friday")
    public List<ReceptionDay.Item> receptionDay(@QueryParam("day") String day) {
        Caller caller = callers.current();
        return receptionDay.agenda(caller, day == null || day.isBlank() ? receptionDay.next() : date(caller, "day", day));
    }

    @GET
    @Path("cases/{caseId}/president-receptions")
    @Operation(operationId = "courtPresidentReceptions", summary = "事项的院长接待记录 / A matter's reception-day records")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PresidentReception.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public List<PresidentReception> receptions(@PathParam("caseId") long caseId) {
        return receptionDay.of(callers.current(), caseId);
    }

    @POST
    @Path("cases/{caseId}/president-receptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordCourtPresidentReception", summary = "记录院长接待 / Record a reception-day reception",
            description = "heldOn（周五，不晚于今天）、vicePresident、presidingJudge、divisionHead、statement、decision 均必填；"
                    + "事项须标记为越级访、重复访或上访老户。")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "201", description = "已记录 / Recorded", content = @Content(schema = @Schema(implementation = PresidentReception.class)))
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "403", description = "不是立案庭接待或院领导 / Not the court's reception or leaders")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "事项未标记，或当天已记录 / Not marked, or already recorded that day")
    public Response recordReception(@PathParam("caseId") long caseId, String body) {
        Caller caller = callers.current();
        JsonInput in = Input.parse(body, caller.locale(),
                Set.of("heldOn", "vicePresident", "presidingJudge", "divisionHead", "statement", "decision"));
        ReceptionDay.Request request = new ReceptionDay.Request(in.date("heldOn"), in.text("vicePresident"), in.text("presidingJudge"),
                in.text("divisionHead"), in.text("statement"), in.text("decision"));
        in.refuseIfProblems();
        return created(receptionDay.record(caller, caseId, request));
    }

    @GET
    @Path("divisions")
    @Operation(operationId = "courtDivisions", summary = "各审判庭的分管副院长 / The vice-president in charge of each division")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DivisionLeader.class)))
    @APIResponse(responseCode = "400", description = INVALID)
    public List<DivisionLeader> divisions() {
        return receptionDay.divisions(callers.current());
    }

    @PUT
    @Path("divisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setCourtDivisionLeader", summary = "设定审判庭的分管副院长 / Put a vice-president in charge of a division",
            description = "courtUnitId、tribunal、vicePresident（本院院领导的用户名）必填；院领导或管理员设定。")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DivisionLeader.class)))
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "403", description = "不是本院院领导或管理员 / Not the court's leader or an administrator")
    @APIResponse(responseCode = "404", description = "法院不存在或无权查看 / No such court, or not visible")
    public DivisionLeader setDivision(String body) {
        Caller caller = callers.current();
        JsonInput in = Input.parse(body, caller.locale(), Set.of("courtUnitId", "tribunal", "vicePresident"));
        Long court = in.id("courtUnitId");
        String tribunal = in.text("tribunal");
        String vicePresident = in.text("vicePresident");
        in.refuseIfProblems();
        return receptionDay.setDivisionLeader(caller, court, tribunal, vicePresident);
    }

    // 判后答疑

    @GET
    @Path("cases/{caseId}/judgment-answers")
    @Operation(operationId = "courtJudgmentAnswers", summary = "事项的判后答疑 / A matter's post-judgment Q&A")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = JudgmentAnswer.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public List<JudgmentAnswer> answers(@PathParam("caseId") long caseId) {
        return answers.of(callers.current(), caseId);
    }

    @POST
    @Path("cases/{caseId}/judgment-answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordCourtJudgmentAnswer", summary = "记录一条判后答疑 / Record a post-judgment question and answer",
            description = "answeredOn（不晚于今天）、judge、question、answer 必填。")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "201", description = "已记录 / Recorded", content = @Content(schema = @Schema(implementation = JudgmentAnswer.class)))
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "403", description = "不是本院法官、立案庭接待或院领导 / Not the court's judges, reception or leaders")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response recordAnswer(@PathParam("caseId") long caseId, String body) {
        Caller caller = callers.current();
        JsonInput in = Input.parse(body, caller.locale(), Set.of("answeredOn", "judge", "question", "answer"));
        JudgmentAnswers.Request request = new JudgmentAnswers.Request(in.date("answeredOn"), in.text("judge"), in.text("question"),
                in.text("answer"));
        in.refuseIfProblems();
        return created(answers.record(caller, caseId, request));
    }

    // 复查听证

    @GET
    @Path("cases/{caseId}/review-hearings")
    @Operation(operationId = "courtReviewHearings", summary = "事项的复查听证 / A matter's review hearings")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReviewHearing.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public List<ReviewHearing> hearings(@PathParam("caseId") long caseId) {
        return hearings.of(callers.current(), caseId);
    }

    @POST
    @Path("cases/{caseId}/review-hearings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "scheduleCourtReviewHearing", summary = "安排复查听证 / Schedule a review hearing",
            description = "startsAt（如 2026-12-11T09:30，须晚于现在）、place、presiding、participants 必填；"
                    + "须先办理“组织复查听证”步骤，且没有尚未举行的听证。")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "201", description = "已安排 / Scheduled", content = @Content(schema = @Schema(implementation = ReviewHearing.class)))
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "403", description = "不是本院院领导或法官 / Not the court's leaders or judges")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "未组织听证，或已有待举行的听证 / No hearing opened, or one is still to be held")
    public Response schedule(@PathParam("caseId") long caseId, String body) {
        Caller caller = callers.current();
        JsonInput in = Input.parse(body, caller.locale(), Set.of("startsAt", "place", "presiding", "participants"));
        ReviewHearings.Schedule schedule = new ReviewHearings.Schedule(in.dateTime("startsAt"), in.text("place"), in.text("presiding"),
                in.text("participants"));
        in.refuseIfProblems();
        return created(hearings.schedule(caller, caseId, schedule));
    }

    @PUT
    @Path("cases/{caseId}/review-hearings/{hearingId}/record")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordCourtReviewHearing", summary = "记录已举行的复查听证 / Record a review hearing held",
            description = "petitionerStatement、courtStatement、conclusion 必填；听证开始之前不能记录，已记录的不能再记。")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReviewHearing.class)))
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "403", description = "不是本院院领导或法官 / Not the court's leaders or judges")
    @APIResponse(responseCode = "404", description = "事项或听证不存在 / No such matter or hearing")
    @APIResponse(responseCode = "409", description = "听证尚未举行，或已记录 / Not yet held, or already recorded")
    public ReviewHearing recordHearing(@PathParam("caseId") long caseId, @PathParam("hearingId") long hearingId, String body) {
        Caller caller = callers.current();
        JsonInput in = Input.parse(body, caller.locale(), Set.of("petitionerStatement", "courtStatement", "conclusion"));
        ReviewHearings.Minutes minutes = new ReviewHearings.Minutes(in.text("petitionerStatement"), in.text("courtStatement"),
                in.text("conclusion"));
        in.refuseIfProblems();
        return hearings.record(caller, caseId, hearingId, minutes);
    }

    // 原审案号

    @GET
    @Path("lawsuits")
    @Operation(operationId = "courtLawsuitMatters", summary = "按原审案号查询事项 / The matters about one lawsuit, by its case number",
            description = "只列出调用者可见的事项；全角、半角括号均可。")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Lawsuits.Matter.class)))
    @APIResponse(responseCode = "400", description = "未给出原审案号或格式不正确 / No case number, or not one")
    public List<Lawsuits.Matter> lawsuit(@QueryParam("originalCaseNumber") String originalCaseNumber) {
        return lawsuits.matters(callers.current(), originalCaseNumber);
    }

    @GET
    @Path("cases/{caseId}/lawsuit")
    @Operation(operationId = "courtLawsuitOthers", summary = "同一原审案号的其他事项 / The other matters about the same lawsuit")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Lawsuits.Matter.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public List<Lawsuits.Matter> othersOfLawsuit(@PathParam("caseId") long caseId) {
        return lawsuits.othersOf(callers.current(), caseId);
    }

    private static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }

    private static LocalDate date(Caller caller, String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            String message = Texts.get(caller.locale(), "court.input.notDate", Texts.get(caller.locale(), "court.field." + field));
            throw Refusal.invalid(message, List.of(new Refusal.Field(field, message)));
        }
    }
}
