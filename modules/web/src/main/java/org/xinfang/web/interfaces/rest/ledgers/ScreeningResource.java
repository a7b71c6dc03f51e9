package org.xinfang.web.interfaces.rest.ledgers;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.xinfang.web.interfaces.rest.Exported;
import org.xinfang.core.application.export.ListExports;
import org.xinfang.api.port.Spreadsheets;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.ledgers.DisputeInput;
import org.xinfang.core.application.ledgers.ScreeningLedgers;
import org.xinfang.core.domain.model.screening.DisputeStatus;
import org.xinfang.core.domain.model.screening.RiskLevel;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.JsonBody;
import org.xinfang.web.interfaces.rest.QueryParameters;
import org.xinfang.web.interfaces.rest.RequestSchemas;
import org.xinfang.web.interfaces.rest.errors.ApiError;
import org.xinfang.web.interfaces.rest.ledgers.LedgerJson.DisputeJson;
import org.xinfang.web.interfaces.rest.ledgers.LedgerJson.LedgerViewJson;
import org.xinfang.web.interfaces.rest.ledgers.LedgerJson.RoundJson;

/** 矛盾纠纷排查台账: disputes registered and followed to resolution or a case, rounds recorded, the monthly ledger. */
@Path("screening")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "screening", description = "矛盾纠纷排查台账 / Dispute screening ledgers")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class ScreeningResource {

    private static final String BAD = "输入有误或单位不在可见范围，逐项列出；未保存 / Invalid input or a unit not seen, each field named; nothing saved";
    private static final String NOT_KEEPER = "非本单位的登记员或领导 / Not a clerk or leader of that unit";
    private static final String NO_DISPUTE = "矛盾纠纷不存在或不在可见范围（答复相同）/ No such dispute or not visible (same answer)";

    @Inject
    ApiCaller apiCaller;

    @Inject
    ScreeningLedgers ledgers;

    @Inject
    ListExports exports;

    @POST
    @Path("disputes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerDispute", summary = "登记排查出的矛盾纠纷 / Register a dispute found in screening",
            description = "本单位的登记员或领导；当事人（姓名文本）、事项、风险等级、责任人、化解方案、化解时限（不早于排查日期，一年以内）均须填写。"
                    + "高风险的即时告知本单位和上级单位的领导。 / By a clerk or leader of the unit; parties (names as text), matter, risk,"
                    + " responsible person, plan and a time limit (not before the day found, within a year) are required. A high risk is"
                    + " told at once to the leaders of the unit and the unit above.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RequestSchemas.DisputeRequest.class)))
    @APIResponse(responseCode = "201", description = "已登记 / Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeJson.class)))
    @APIResponse(responseCode = "400", description = BAD, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = NOT_KEEPER, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response register(String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        DisputeInput input = new DisputeInput(json.whole("unitId"), json.date("foundOn"), json.text("parties"), json.text("matter"),
                json.choice("risk", RiskLevel.class), json.text("responsiblePerson"), json.text("plan"), json.date("dueOn"));
        json.refuseIfProblems();
        Long id = ledgers.register(caller, input).getId();
        return Response.status(Response.Status.CREATED).entity(DisputeJson.of(ledgers.find(caller, id), caller.locale())).build();
    }

    @GET
    @Path("disputes/{disputeId}")
    @Operation(operationId = "getDispute", summary = "一件矛盾纠纷 / One dispute")
    @APIResponse(responseCode = "200", description = "矛盾纠纷 / The dispute",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeJson.class)))
    @APIResponse(responseCode = "404", description = NO_DISPUTE, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public DisputeJson get(@Parameter(description = "矛盾纠纷编号 / Dispute id") @PathParam("disputeId") long disputeId) {
        Caller caller = apiCaller.get();
        return DisputeJson.of(ledgers.find(caller, disputeId), caller.locale());
    }

    @POST
    @Path("disputes/{disputeId}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resolveDispute", summary = "化解办结 / Close a dispute as resolved",
            description = "本单位的登记员或领导写明化解情况（note）。 / A clerk or leader of the unit says how, in note.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RequestSchemas.ResolutionRequest.class)))
    @APIResponse(responseCode = "200", description = "已化解 / Resolved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeJson.class)))
    @APIResponse(responseCode = "400", description = BAD, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = NOT_KEEPER, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = NO_DISPUTE, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "已化解或已转为信访事项 / Already resolved or turned into a case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public DisputeJson resolve(@Parameter(description = "矛盾纠纷编号 / Dispute id") @PathParam("disputeId") long disputeId, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        String note = json.text("note");
        json.refuseIfProblems();
        ledgers.resolve(caller, disputeId, note);
        return DisputeJson.of(ledgers.find(caller, disputeId), caller.locale());
    }

    @POST
    @Path("disputes/{disputeId}/case")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "turnDisputeIntoCase", summary = "转为信访事项 / Turn a dispute into a case",
            description = "关联一件调用者可见、在该单位或其下级单位的信访事项（caseId）。 / Links a case (caseId) the caller sees, in the unit or below it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RequestSchemas.CaseLinkRequest.class)))
    @APIResponse(responseCode = "200", description = "已转为信访事项 / Turned into a case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeJson.class)))
    @APIResponse(responseCode = "400", description = BAD, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = NOT_KEEPER, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = NO_DISPUTE, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "已化解或已转为信访事项 / Already resolved or turned into a case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public DisputeJson turnIntoCase(@Parameter(description = "矛盾纠纷编号 / Dispute id") @PathParam("disputeId") long disputeId, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        Long caseId = json.whole("caseId");
        json.refuseIfProblems();
        ledgers.turnIntoCase(caller, disputeId, caseId);
        return DisputeJson.of(ledgers.find(caller, disputeId), caller.locale());
    }

    @POST
    @Path("rounds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordScreeningRound", summary = "登记本轮排查已完成 / Record a screening round as done",
            description = "本单位的登记员或领导；day 为该轮中的任一天（默认今天，不得晚于今天），未发现矛盾纠纷也登记。每轮一次。"
                    + " / By a clerk or leader of the unit; day is any day of the round (default today, not after today); none found"
                    + " is recorded too. Once per round.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RequestSchemas.RoundRequest.class)))
    @APIResponse(responseCode = "201", description = "已登记 / Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundJson.class)))
    @APIResponse(responseCode = "400", description = BAD, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = NOT_KEEPER, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "本轮已登记（fields 中指出 day）/ The round is already recorded (names day)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response recordRound(String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        Long unitId = json.whole("unitId");
        var day = json.date("day");
        String note = json.text("note");
        json.refuseIfProblems();
        return Response.status(Response.Status.CREATED).entity(RoundJson.of(ledgers.recordRound(caller, unitId, day, note))).build();
    }

    @GET
    @Path("ledger")
    @Operation(operationId = "screeningLedger", summary = "单位的月度排查台账 / A unit's ledger for a month",
            description = "该月的各轮排查（已登记、已结束未登记的标为缺）、该月排查出的矛盾纠纷（可按风险等级、状态筛选；高风险在前）和当月合计（不受筛选影响）。"
                    + " / The month's rounds (recorded, or missing once ended), its disputes (filtered by risk and status; high risk"
                    + " first) and the month's figures (whatever the filters).")
    @APIResponse(responseCode = "200", description = "台账 / The ledger",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LedgerViewJson.class)))
    @APIResponse(responseCode = "400", description = BAD, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public LedgerViewJson ledger(@Parameter(description = "单位 / Unit", required = true) @QueryParam("unitId") String unitId,
                                 @Parameter(description = "月份，默认本月 / Month, default this month", example = "2026-03") @QueryParam("month") String month,
                                 @Parameter(description = "风险等级 / Risk", example = "HIGH") @QueryParam("risk") String risk,
                                 @Parameter(description = "状态 / Status", example = "OPEN") @QueryParam("status") String status) {
        Caller caller = apiCaller.get();
        Locale locale = caller.locale();
        ScreeningLedgers.Filter filter = new ScreeningLedgers.Filter(QueryParameters.choice(locale, "risk", risk, RiskLevel.class),
                QueryParameters.choice(locale, "status", status, DisputeStatus.class));
        return LedgerViewJson.of(ledgers.ledger(caller, QueryParameters.whole(locale, "unitId", unitId),
                QueryParameters.month(locale, "month", month), filter), locale);
    }

    @GET
    @Path("ledger/export")
    @Produces(Spreadsheets.XLSX)
    @Operation(operationId = "exportScreeningLedger", summary = "导出排查台账（Excel）/ Export the screening ledger (Excel)",
            description = "与台账相同的单位、月份与筛选。 / The ledger's unit, month and filters.")
    @APIResponse(responseCode = "200", description = "Excel 工作簿 / The workbook",
            content = @Content(mediaType = Spreadsheets.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = BAD, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response exportLedger(@Parameter(description = "单位 / Unit", required = true) @QueryParam("unitId") String unitId,
                                 @Parameter(description = "月份，默认本月 / Month, default this month") @QueryParam("month") String month,
                                 @Parameter(description = "风险等级 / Risk") @QueryParam("risk") String risk,
                                 @Parameter(description = "状态 / Status") @QueryParam("status") String status) {
        Caller caller = apiCaller.get();
        Locale locale = caller.locale();
        ScreeningLedgers.Filter filter = new ScreeningLedgers.Filter(QueryParameters.choice(locale, "risk", risk, RiskLevel.class),
                QueryParameters.choice(locale, "status", status, DisputeStatus.class));
        return Exported.xlsx(exports.screening(caller, QueryParameters.whole(locale, "unitId", unitId), QueryParameters.month(locale, "month", month),
                filter), exports.fileName("screening"));
    }
}
