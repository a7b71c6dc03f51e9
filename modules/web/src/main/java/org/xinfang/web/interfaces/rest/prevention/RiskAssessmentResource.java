package org.xinfang.web.interfaces.rest.prevention;

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
import org.xinfang.core.application.prevention.AssessmentInput;
import org.xinfang.core.application.prevention.RiskAssessments;
import org.xinfang.core.domain.model.prevention.RiskAssessment;
import org.xinfang.core.domain.model.prevention.RiskRating;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.Exported;
import org.xinfang.web.interfaces.rest.JsonBody;
import org.xinfang.web.interfaces.rest.RequestSchemas;
import org.xinfang.web.interfaces.rest.errors.ApiError;
import org.xinfang.web.interfaces.rest.prevention.PreventionJson.AssessmentJson;

/** 信访稳定风险评估: the risk assessments of major projects before they start, their follow-up and closing, and their ledger. */
@Path("prevention/assessments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "prevention", description = "源头预防：风险评估、访调对接、研判例会 / Prevention at the source: risk assessments, mediation, analysis meetings")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class RiskAssessmentResource {

    static final String BAD = "输入有误，逐项列出；未保存 / Invalid input, each field named; nothing saved";
    static final String NOT_DESK = "非该单位的登记员或领导 / Not a clerk or leader of the unit";

    @Inject
    ApiCaller apiCaller;

    @Inject
    RiskAssessments assessments;

    @Inject
    PreventionExports exports;

    @Inject
    ListExports listExports;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordRiskAssessment", summary = "记录风险评估 / Record a risk assessment",
            description = "该单位的登记员或领导；项目须先评估后开工：评估日期晚于计划开工日期的，拒绝并指明 assessedOn。"
                    + " / A clerk or leader of the unit; a project is assessed before it starts: an assessment dated after the"
                    + " planned start is refused on assessedOn.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PreventionSchemas.AssessmentRequest.class)))
    @APIResponse(responseCode = "201", description = "已记录 / Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentJson.class)))
    @APIResponse(responseCode = "400", description = BAD, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = NOT_DESK, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response record(String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        AssessmentInput in = new AssessmentInput(json.whole("unitId"), json.text("projectName"), json.text("projectOwner"),
                json.date("plannedStart"), json.date("assessedOn"), json.text("risks"), json.choice("riskRating", RiskRating.class),
                json.text("conditions"));
        json.refuseIfProblems();
        RiskAssessment saved = assessments.record(caller, in);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(saved.getId())).build())
                .entity(AssessmentJson.of(saved, assessments.mayChange(caller, saved), caller.locale())).build();
    }

    @GET
    @Operation(operationId = "listRiskAssessments", summary = "风险评估列表 / List risk assessments",
            description = "该单位及下级单位（省略 unitId 时为调用者可查看的全部单位），按评估日期筛选，最新在前。"
                    + " / The unit and those below (every unit the caller sees without unitId), by assessment date, latest first.")
    @APIResponse(responseCode = "200", description = "风险评估 / The assessments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AssessmentJson.class)))
    @APIResponse(responseCode = "400", description = "参数有误或单位不可查看 / Bad parameters or a unit not in view",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public List<AssessmentJson> list(@Parameter(description = "单位 / Unit id") @QueryParam("unitId") String unitId,
                                     @Parameter(description = "评估日期起 / Assessed from", example = "2026-01-01") @QueryParam("from") String from,
                                     @Parameter(description = "评估日期止 / Assessed to", example = "2026-12-31") @QueryParam("to") String to) {
        Caller caller = apiCaller.get();
        PreventionQuery.UnitPeriod p = PreventionQuery.unitPeriod(caller.locale(), unitId, from, to);
        return assessments.list(caller, p.unitId(), p.from(), p.to()).stream().map(a -> AssessmentJson.of(a, assessments.mayChange(caller, a), caller.locale())).toList();
    }

    @GET
    @Path("{assessmentId}")
    @Operation(operationId = "getRiskAssessment", summary = "查看风险评估 / Read a risk assessment")
    @APIResponse(responseCode = "200", description = "风险评估 / The assessment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentJson.class)))
    @APIResponse(responseCode = "404", description = "不存在或无权查看（答复相同）/ No such assessment or not visible (same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public AssessmentJson get(@Parameter(description = "评估编号 / Assessment id") @PathParam("assessmentId") long assessmentId) {
        Caller caller = apiCaller.get();
        RiskAssessment a = assessments.get(caller, assessmentId);
        return AssessmentJson.of(a, assessments.mayChange(caller, a), caller.locale());
    }

    @POST
    @Path("{assessmentId}/follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "followUpRiskAssessment", summary = "跟踪落实 / Follow up an assessment",
            description = "记录一次对落实条件的跟踪；可多次。 / Records one check on the conditions; as often as needed.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PreventionSchemas.FollowUpRequest.class)))
    @APIResponse(responseCode = "200", description = "已记录 / Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentJson.class)))
    @APIResponse(responseCode = "400", description = BAD, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = NOT_DESK, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "不存在或无权查看 / No such assessment or not visible",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "评估已结束 / The assessment is closed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public AssessmentJson followUp(@Parameter(description = "评估编号 / Assessment id") @PathParam("assessmentId") long assessmentId, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        RiskAssessments.FollowUpInput in = new RiskAssessments.FollowUpInput(json.date("followedOn"), json.text("note"));
        json.refuseIfProblems();
        RiskAssessment a = assessments.followUp(caller, assessmentId, in);
        return AssessmentJson.of(a, assessments.mayChange(caller, a), caller.locale());
    }

    @POST
    @Path("{assessmentId}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "closeRiskAssessment", summary = "结束评估跟踪 / Close an assessment",
            description = "该单位的登记员或领导；可附说明。 / A clerk or leader of the unit; a note may be given.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestSchemas.NoteRequest.class)))
    @APIResponse(responseCode = "200", description = "已结束 / Closed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentJson.class)))
    @APIResponse(responseCode = "400", description = BAD, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = NOT_DESK, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "不存在或无权查看 / No such assessment or not visible",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "评估已结束 / Already closed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public AssessmentJson close(@Parameter(description = "评估编号 / Assessment id") @PathParam("assessmentId") long assessmentId, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body == null || body.isBlank() ? "{}" : body, caller.locale());
        String note = json.text("note");
        json.refuseIfProblems();
        RiskAssessment a = assessments.close(caller, assessmentId, new RiskAssessments.Closing(note));
        return AssessmentJson.of(a, false, caller.locale());
    }

    @GET
    @Path("export")
    @Produces(Spreadsheets.XLSX)
    @Operation(operationId = "exportRiskAssessments", summary = "导出风险评估台账（Excel）/ Export the risk assessments (Excel)",
            description = "该单位（省略时为调用者本单位）及下级单位，按评估日期；标题写明单位和期间。"
                    + " / The unit (the caller's own when left out) and below, by assessment date; titled with the unit and the period.")
    @APIResponse(responseCode = "200", description = "Excel 工作簿 / The workbook",
            content = @Content(mediaType = Spreadsheets.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "参数有误或单位不可查看 / Bad parameters or a unit not in view",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response export(@Parameter(description = "单位 / Unit id") @QueryParam("unitId") String unitId,
                           @Parameter(description = "评估日期起 / Assessed from") @QueryParam("from") String from,
                           @Parameter(description = "评估日期止 / Assessed to") @QueryParam("to") String to) {
        Caller caller = apiCaller.get();
        PreventionQuery.UnitPeriod p = PreventionQuery.unitPeriod(caller.locale(), unitId, from, to);
        return Exported.xlsx(exports.assessments(caller, p.unitId(), p.from(), p.to()), listExports.fileName("risk-assessments"));
    }
}
