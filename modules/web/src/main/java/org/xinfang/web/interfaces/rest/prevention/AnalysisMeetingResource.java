package org.xinfang.web.interfaces.rest.prevention;

import org.xinfang.web.interfaces.rest.QueryParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.Spreadsheets;
import org.xinfang.core.application.export.ListExports;
import org.xinfang.core.application.export.PreventionExports;
import org.xinfang.core.application.prevention.AnalysisMeetings;
import org.xinfang.core.application.prevention.MeetingInput;
import org.xinfang.core.domain.model.prevention.AnalysisMeeting;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.Exported;
import org.xinfang.web.interfaces.rest.JsonBody;
import org.xinfang.web.interfaces.rest.errors.ApiError;
import org.xinfang.web.interfaces.rest.prevention.PreventionJson.DecisionJson;
import org.xinfang.web.interfaces.rest.prevention.PreventionJson.MeetingJson;
import org.xinfang.web.interfaces.rest.prevention.PreventionJson.MeetingKindJson;

/**
 * 信访形势分析研判例会 and the meeting kinds agencies declare (a court's 联席会议, a company's 碰头会): the
 * meetings with the matters they reviewed, their decisions and the follow-up of each.
 */
@Path("prevention/meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "prevention", description = "源头预防：风险评估、访调对接、研判例会 / Prevention at the source: risk assessments, mediation, analysis meetings")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class AnalysisMeetingResource {

    @Inject
    ApiCaller apiCaller;

    @Inject
    AnalysisMeetings meetings;

    @Inject
    PreventionExports exports;

    @Inject
    ListExports listExports;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordAnalysisMeeting", summary = "记录会议（研判例会、联席会议等）/ Record a meeting (analysis, joint…)",
            description = "该单位的登记员或领导；会议类型须为本单位可用的（见 kinds，省略为研判例会），记录参加单位的类型须写明参加单位；研判事项须为本单位及下级单位、调用者可查看的信访事项，其他编号逐一列出并拒绝（不说明是否存在）。"
                    + " / A clerk or leader of the unit; the kind must be one open to the unit (see kinds; left out: the analysis meeting),"
                    + " and a kind that records outside bodies needs them; the matters reviewed must be cases of the unit or below that the caller sees;"
                    + " other ids are refused by id, without saying whether they exist.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PreventionSchemas.MeetingRequest.class)))
    @APIResponse(responseCode = "201", description = "已记录 / Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingJson.class)))
    @APIResponse(responseCode = "400", description = RiskAssessmentResource.BAD,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = RiskAssessmentResource.NOT_DESK,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response record(String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        Long unitId = json.whole("unitId");
        String kind = json.text("kind");
        LocalDate meetingDate = json.date("meetingDate");
        YearMonth month = json.month("month");
        String attendees = json.text("attendees");
        String outsideBodies = json.text("outsideBodies");
        String situation = json.text("situation");
        List<Long> caseIds = json.wholes("caseIds");
        List<MeetingInput.DecisionInput> decisions = json.objects("decisions").stream()
                .map(d -> new MeetingInput.DecisionInput(d.text("decision"), d.text("responsible"), d.date("dueOn"))).toList();
        json.refuseIfProblems();
        AnalysisMeeting saved = meetings.record(caller, new MeetingInput(unitId, kind, meetingDate, month, attendees, outsideBodies, situation,
                caseIds, decisions));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(saved.getId())).build())
                .entity(MeetingJson.of(meetings.get(caller, saved.getId()))).build();
    }

    @GET
    @Operation(operationId = "listAnalysisMeetings", summary = "研判例会列表 / List analysis meetings",
            description = "该单位及下级单位（省略 unitId 时为调用者可查看的全部单位）某月的例会，最新在前；未落实且已过期限的决定标为逾期。"
                    + " / The meetings of the unit and below (every unit the caller sees without unitId) for a month, latest first;"
                    + " undone decisions past their date are flagged overdue.")
    @APIResponse(responseCode = "200", description = "研判例会 / The meetings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = MeetingJson.class)))
    @APIResponse(responseCode = "400", description = "参数有误或单位不可查看 / Bad parameters or a unit not in view",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public List<MeetingJson> list(@Parameter(description = "单位 / Unit id") @QueryParam("unitId") String unitId,
                                  @Parameter(description = "研判月份 / Month reviewed", example = "2026-11") @QueryParam("month") String month,
                                  @Parameter(description = "会议类型 / Meeting kind", example = "court.joint") @QueryParam("kind") String kind) {
        Caller caller = apiCaller.get();
        PreventionQuery q = new PreventionQuery(caller.locale());
        Long unit = q.unitId(unitId);
        YearMonth m = q.month(month);
        q.refuseIfProblems();
        return meetings.list(caller, unit, m, QueryParameters.text(kind)).stream().map(MeetingJson::of).toList();
    }

    @GET
    @Path("kinds")
    @Operation(operationId = "listMeetingKinds", summary = "单位可记录的会议类型 / The meeting kinds a unit records",
            description = "研判例会（各单位都有）及该单位所属机构类型声明的会议类型（如法院的联席会议、企业的两级领导班子碰头会）；"
                    + "每月召开的类型附本月最近召开日期（未召开为空）。省略 unitId 时为调用者本单位。"
                    + " / The analysis meeting (every unit has it) and the kinds its agency type declares (a court's joint meeting,"
                    + " a company's monthly leaders' meeting); monthly kinds carry the day this month's was last held (null: not yet)."
                    + " The caller's own unit when unitId is left out.")
    @APIResponse(responseCode = "200", description = "会议类型 / The kinds",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = MeetingKindJson.class)))
    @APIResponse(responseCode = "400", description = "参数有误或单位不可查看 / Bad parameters or a unit not in view",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public List<MeetingKindJson> kinds(@Parameter(description = "单位 / Unit id") @QueryParam("unitId") String unitId) {
        Caller caller = apiCaller.get();
        PreventionQuery q = new PreventionQuery(caller.locale());
        Long unit = q.unitId(unitId);
        q.refuseIfProblems();
        return meetings.kinds(caller, unit).stream().map(k -> MeetingKindJson.of(k, caller.locale())).toList();
    }

    @GET
    @Path("{meetingId}")
    @Operation(operationId = "getAnalysisMeeting", summary = "查看研判例会 / Read an analysis meeting")
    @APIResponse(responseCode = "200", description = "研判例会 / The meeting",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingJson.class)))
    @APIResponse(responseCode = "404", description = "不存在或无权查看（答复相同）/ No such meeting or not visible (same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public MeetingJson get(@Parameter(description = "例会编号 / Meeting id") @PathParam("meetingId") long meetingId) {
        return MeetingJson.of(meetings.get(apiCaller.get(), meetingId));
    }

    @POST
    @Path("decisions/{decisionId}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "completeMeetingDecision", summary = "记录决定事项落实情况 / Follow up a decision as done",
            description = "例会所在单位的登记员或领导，写明落实情况。 / A clerk or leader of the meeting's unit, with how it was carried out.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PreventionSchemas.DoneRequest.class)))
    @APIResponse(responseCode = "200", description = "已落实 / Done",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionJson.class)))
    @APIResponse(responseCode = "400", description = RiskAssessmentResource.BAD,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = RiskAssessmentResource.NOT_DESK,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "不存在或无权查看 / No such decision or not visible",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "已记录落实 / Already done",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public DecisionJson done(@Parameter(description = "决定事项编号 / Decision id") @PathParam("decisionId") long decisionId, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        String note = json.text("note");
        json.refuseIfProblems();
        return DecisionJson.of(meetings.done(caller, decisionId, new AnalysisMeetings.Done(note)), false);
    }

    @GET
    @Path("decisions/export")
    @Produces(Spreadsheets.XLSX)
    @Operation(operationId = "exportMeetingDecisions", summary = "导出例会决定事项（Excel）/ Export the meetings' decisions (Excel)",
            description = "该单位（省略时为调用者本单位）及下级单位，按例会日期；每行写明会议类型，标题写明单位、所选类型和期间。"
                    + " / The unit (the caller's own when left out) and below, by meeting date; each row names its kind,"
                    + " the title the unit, the kind asked for and the period.")
    @APIResponse(responseCode = "200", description = "Excel 工作簿 / The workbook",
            content = @Content(mediaType = Spreadsheets.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "参数有误或单位不可查看 / Bad parameters or a unit not in view",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response export(@Parameter(description = "单位 / Unit id") @QueryParam("unitId") String unitId,
                           @Parameter(description = "例会日期起 / Held from") @QueryParam("from") String from,
                           @Parameter(description = "例会日期止 / Held to") @QueryParam("to") String to,
                           @Parameter(description = "会议类型（省略为全部）/ Meeting kind (left out: every kind)") @QueryParam("kind") String kind) {
        Caller caller = apiCaller.get();
        PreventionQuery.UnitPeriod p = PreventionQuery.unitPeriod(caller.locale(), unitId, from, to);
        return Exported.xlsx(exports.decisions(caller, p.unitId(), p.from(), p.to(), QueryParameters.text(kind)), listExports.fileName("meeting-decisions"));
    }
}
