package org.xinfang.web.interfaces.rest.ledgers;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.xinfang.web.interfaces.rest.Exported;
import org.xinfang.core.application.export.ListExports;
import org.xinfang.api.port.Spreadsheets;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.ledgers.ReportInput;
import org.xinfang.core.application.ledgers.ZeroReports;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.JsonBody;
import org.xinfang.web.interfaces.rest.QueryParameters;
import org.xinfang.web.interfaces.rest.RequestSchemas;
import org.xinfang.web.interfaces.rest.errors.ApiError;
import org.xinfang.web.interfaces.rest.ledgers.LedgerJson.DueJson;
import org.xinfang.web.interfaces.rest.ledgers.LedgerJson.OverviewJson;
import org.xinfang.web.interfaces.rest.ledgers.LedgerJson.ReportJson;
import org.xinfang.web.interfaces.rest.ledgers.LedgerJson.UnitJson;

/** 零报告: a unit's report for a period, its standing and history, and the roll-up the unit above reads. */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports", description = "零报告与定期报告 / Zero reports and periodic reports")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class ZeroReportResource {

    private static final String BAD = "输入有误或单位不在可见范围，逐项列出；未保存 / Invalid input or a unit not seen, each field named; nothing saved";

    @Inject
    ApiCaller apiCaller;

    @Inject
    ZeroReports reports;

    @Inject
    ListExports exports;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitReport", summary = "报送零报告或定期报告 / Report for a period",
            description = "本单位的登记员或领导报送；period 为该期中的任一天（不得晚于今天，一年以内）。无情况时 nothingToReport=true 且不填人数件数；"
                    + "有情况时写明 notes。本期已登记信访事项的单位不能报“无情况”。截止时间后报送的标记为逾期。同一期只能报送一次。"
                    + " / By a clerk or leader of the unit itself; period is any day of the period (not after today, within a year)."
                    + " Nothing to report: nothingToReport=true and no figures; otherwise describe it in notes. A unit that registered"
                    + " cases in the period cannot report nothing. After the cut-off it is taken and marked late. Once per period.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RequestSchemas.ZeroReportRequest.class)))
    @APIResponse(responseCode = "201", description = "已报送 / Reported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportJson.class)))
    @APIResponse(responseCode = "400", description = BAD, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "非本单位的登记员或领导 / Not a clerk or leader of that unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "本期已报送（fields 中指出 period）/ Already reported for the period (names period)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response submit(String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        ReportInput input = new ReportInput(json.whole("unitId"), json.date("period"), json.flag("nothingToReport"),
                json.smallWhole("visitBatches"), json.smallWhole("visitPersons"), json.smallWhole("incidents"), json.text("notes"));
        json.refuseIfProblems();
        return Response.status(Response.Status.CREATED).entity(ReportJson.of(reports.submit(caller, input))).build();
    }

    @GET
    @Path("due")
    @Operation(operationId = "reportDue", summary = "单位某期的报送情况 / Where a unit stands for a period",
            description = "该单位适用的报送规则、包含 date（默认今天）的一期、截止时间、是否已报送。 / The unit's rule, the period containing date"
                    + " (default today), its cut-off, and the report if given.")
    @APIResponse(responseCode = "200", description = "报送情况 / The standing",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DueJson.class)))
    @APIResponse(responseCode = "400", description = BAD, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public DueJson due(@Parameter(description = "单位 / Unit", required = true) @QueryParam("unitId") String unitId,
                       @Parameter(description = "日期，默认今天 / A day, default today", example = "2026-03-02") @QueryParam("date") String date) {
        Caller caller = apiCaller.get();
        Locale locale = caller.locale();
        return DueJson.of(reports.due(caller, QueryParameters.whole(locale, "unitId", unitId), QueryParameters.date(locale, "date", date)), locale);
    }

    @GET
    @Operation(operationId = "listReports", summary = "单位的报送记录 / A unit's reports",
            description = "期次起始日在 from 至 to 之间（默认近三个月），最新在前。 / Periods starting from..to (default the last three months), latest first.")
    @APIResponse(responseCode = "200", description = "报送记录 / The reports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ReportJson.class)))
    @APIResponse(responseCode = "400", description = BAD, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public List<ReportJson> list(@Parameter(description = "单位 / Unit", required = true) @QueryParam("unitId") String unitId,
                                 @Parameter(description = "起 / From", example = "2026-01-01") @QueryParam("from") String from,
                                 @Parameter(description = "止 / To", example = "2026-03-31") @QueryParam("to") String to) {
        Caller caller = apiCaller.get();
        Locale locale = caller.locale();
        return reports.history(caller, QueryParameters.whole(locale, "unitId", unitId), QueryParameters.date(locale, "from", from),
                QueryParameters.date(locale, "to", to)).stream().map(ReportJson::of).toList();
    }

    @GET
    @Path("overview")
    @Operation(operationId = "reportOverview", summary = "下级单位报送汇总 / The roll-up of the units below",
            description = "直属下级单位各按自己的规则，包含 date（默认今天）的一期：按时、逾期、未报（已过截止时间）、未到截止时间；以及合计。"
                    + " / Each unit directly below, for the period of its own rule containing date (default today): on time, late,"
                    + " missing past the cut-off, not yet due; and the totals.")
    @APIResponse(responseCode = "200", description = "汇总 / The roll-up",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OverviewJson.class)))
    @APIResponse(responseCode = "400", description = BAD, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public OverviewJson overview(@Parameter(description = "上级单位 / The unit above", required = true) @QueryParam("unitId") String unitId,
                                 @Parameter(description = "日期，默认今天 / A day, default today") @QueryParam("date") String date) {
        Caller caller = apiCaller.get();
        Locale locale = caller.locale();
        return OverviewJson.of(reports.overview(caller, QueryParameters.whole(locale, "unitId", unitId), QueryParameters.date(locale, "date", date)),
                locale);
    }

    @POST
    @Path("overview/remind")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "remindMissingReports", summary = "催报 / Remind the units missing their report",
            description = "上级单位的登记员或领导；向已过截止时间仍未报送的下级单位的登记员和领导发送站内消息；每个单位每期只提醒一次。"
                    + " / A clerk or leader of the unit above; messages the clerks and leaders of every unit below past its cut-off without a"
                    + " report, each unit once a period: a second call reminds only those not reminded yet.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RequestSchemas.RemindRequest.class)))
    @APIResponse(responseCode = "200", description = "本次提醒的单位 / The units reminded by this call",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = UnitJson.class)))
    @APIResponse(responseCode = "400", description = BAD, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "非该单位的登记员或领导 / Not a clerk or leader of that unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public List<UnitJson> remind(String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        Long unitId = json.whole("unitId");
        var date = json.date("date");
        json.refuseIfProblems();
        return reports.remindMissing(caller, unitId, date).reminded().stream().map(u -> new UnitJson(u.getId(), u.getName())).toList();
    }

    @GET
    @Path("overview/export")
    @Produces(Spreadsheets.XLSX)
    @Operation(operationId = "exportZeroReports", summary = "导出零报告汇总（Excel）/ Export the zero reports' roll-up (Excel)",
            description = "与汇总相同：下级各单位的报送情况与合计。 / As the roll-up: each unit below and the totals.")
    @APIResponse(responseCode = "200", description = "Excel 工作簿 / The workbook",
            content = @Content(mediaType = Spreadsheets.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = BAD, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response exportOverview(@Parameter(description = "上级单位 / The unit above", required = true) @QueryParam("unitId") String unitId,
                                   @Parameter(description = "日期，默认今天 / A day, default today") @QueryParam("date") String date) {
        Caller caller = apiCaller.get();
        Locale locale = caller.locale();
        return Exported.xlsx(exports.zeroReports(caller, QueryParameters.whole(locale, "unitId", unitId), QueryParameters.date(locale, "date", date)),
                exports.fileName("zero-reports"));
    }
}
