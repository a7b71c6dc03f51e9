package org.xinfang.web.interfaces.rest.supervision;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.core.Response;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.Spreadsheets;
import org.xinfang.core.application.export.ListExports;
import org.xinfang.web.interfaces.rest.Exported;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.supervision.DeadlineWatch;
import org.xinfang.core.application.supervision.Referrals;
import org.xinfang.core.application.supervision.SupervisionOrders;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.JsonBody;
import org.xinfang.web.interfaces.rest.RequestSchemas;
import org.xinfang.web.interfaces.rest.errors.ApiError;
import org.xinfang.web.interfaces.rest.supervision.SupervisionJson.FollowedJson;
import org.xinfang.web.interfaces.rest.supervision.SupervisionJson.ListedJson;
import org.xinfang.web.interfaces.rest.supervision.SupervisionJson.OrderJson;
import org.xinfang.web.interfaces.rest.supervision.SupervisionJson.ReferralJson;

/** Answering and closing orders, the listed board, report-back and filing, and the watch run by hand. */
@Path("supervision")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "supervision", description = "督办、催办、交办报告备案 / Supervision orders, urging, report-back")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class SupervisionResource {

    private static final String BAD = "输入有误，逐项列出；未保存 / Invalid input, each field named; nothing saved";

    @Inject
    ApiCaller apiCaller;

    @Inject
    SupervisionOrders orders;

    @Inject
    Referrals referrals;

    @Inject
    DeadlineWatch watch;

    @Inject
    ListExports exports;

    @POST
    @Path("orders/{orderId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "answerSupervisionOrder", summary = "书面报告 / Answer an order in writing",
            description = "被督办单位的工作人员；办结前可再次报告（替换前一份）。 / Staff of the unit the order went to; a new answer replaces the last until closed.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RequestSchemas.OrderAnswerRequest.class)))
    @APIResponse(responseCode = "200", description = "已报告 / Answered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderJson.class)))
    @APIResponse(responseCode = "400", description = BAD, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "非被督办单位或无此督办 / Not the unit ordered, or no such order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "已办结 / Closed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public OrderJson answer(@Parameter(description = "督办编号 / Order id") @PathParam("orderId") long orderId, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        String answer = json.text("answer");
        json.refuseIfProblems();
        return OrderJson.of(orders.answer(caller, orderId, answer), false, false, false);
    }

    @POST
    @Path("orders/{orderId}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "closeSupervisionOrder", summary = "办结督办 / Close an order",
            description = "仅发出督办的单位的登记员或领导，且须已有书面报告。 / Only a clerk or leader of the unit that gave it, once answered.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestSchemas.NoteRequest.class)))
    @APIResponse(responseCode = "200", description = "已办结 / Closed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderJson.class)))
    @APIResponse(responseCode = "403", description = "非发出督办的单位 / Not the unit that gave it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "尚无书面报告或已办结 / Not answered yet, or closed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public OrderJson close(@Parameter(description = "督办编号 / Order id") @PathParam("orderId") long orderId, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body == null || body.isBlank() ? "{}" : body, caller.locale());
        String note = json.text("note");
        json.refuseIfProblems();
        return OrderJson.of(orders.close(caller, orderId, note), false, false, false);
    }

    @GET
    @Path("listed")
    @Operation(operationId = "listedOrders", summary = "挂牌督办公示 / Listed orders",
            description = "全系统公示，未办结在前；事由仅对能查看该事项的用户显示，举报人身份不公示。"
                    + " / Shown to everyone signed in, open ones first; the subject only to those who may open the case; no sealed identity.")
    @APIResponse(responseCode = "200", description = "挂牌督办 / Listed orders",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ListedJson.class)))
    public List<ListedJson> listed() {
        return orders.listedBoard(apiCaller.get()).stream().map(ListedJson::of).toList();
    }

    @GET
    @Path("followed")
    @Operation(operationId = "followedReferrals", summary = "本单位交办、转送的事项 / Matters my units sent on",
            description = "待报告、待备案在前。 / Those waiting for a report or filing first.")
    @APIResponse(responseCode = "200", description = "交办跟踪 / Followed referrals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = FollowedJson.class)))
    public List<FollowedJson> followed() {
        return referrals.followedBy(apiCaller.get()).stream()
                .map(f -> new FollowedJson(ReferralJson.of(f.referral(), f.overdue(), false, false), f.caseNumber(), f.subject(), f.caseStatus()))
                .toList();
    }

    @POST
    @Path("referrals/{referralId}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportReferral", summary = "报告办理结果 / Report the result of an assigned matter",
            description = "承办单位在作出处理意见或办结后；报告期限的时钟停止。 / By the receiving unit once decided or finished; the report-back clock stops.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RequestSchemas.ReportRequest.class)))
    @APIResponse(responseCode = "200", description = "已报告 / Reported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralJson.class)))
    @APIResponse(responseCode = "400", description = BAD, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "非承办单位或无此交办 / Not the receiving unit, or no such referral",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "不需报告或尚无办理结果 / No report due, or no result yet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public ReferralJson report(@Parameter(description = "交办编号 / Referral id") @PathParam("referralId") long referralId, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        String report = json.text("report");
        json.refuseIfProblems();
        return ReferralJson.of(referrals.report(caller, referralId, report), false, false, false);
    }

    @POST
    @Path("referrals/{referralId}/file")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "fileReferral", summary = "审结备案 / File the reported result",
            description = "交办单位的登记员或领导。 / A clerk or leader of the assigning unit.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestSchemas.NoteRequest.class)))
    @APIResponse(responseCode = "200", description = "已备案 / Filed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralJson.class)))
    @APIResponse(responseCode = "403", description = "非交办单位 / Not the assigning unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "没有待备案的结果 / No result to file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public ReferralJson file(@Parameter(description = "交办编号 / Referral id") @PathParam("referralId") long referralId, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body == null || body.isBlank() ? "{}" : body, caller.locale());
        String note = json.text("note");
        json.refuseIfProblems();
        return ReferralJson.of(referrals.file(caller, referralId, note), false, false, false);
    }

    @POST
    @Path("referrals/{referralId}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "returnReferral", summary = "退回重办 / Return for more work",
            description = "交办单位写明理由并给出新的报告期限；报告期限的时钟重新起算。 / The assigning unit gives its reasons and a new date; the clock restarts.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RequestSchemas.ReturnRequest.class)))
    @APIResponse(responseCode = "200", description = "已退回 / Returned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralJson.class)))
    @APIResponse(responseCode = "400", description = BAD, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "非交办单位 / Not the assigning unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "没有待备案的结果 / No result to return",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public ReferralJson giveBack(@Parameter(description = "交办编号 / Referral id") @PathParam("referralId") long referralId, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        String reason = json.text("reason");
        var dueOn = json.date("dueOn");
        json.refuseIfProblems();
        return ReferralJson.of(referrals.returnForWork(caller, referralId, reason, dueOn), false, false, false);
    }

    @GET
    @Path("orders/export")
    @Produces(Spreadsheets.XLSX)
    @Operation(operationId = "exportOrders", summary = "导出督办事项（Excel）/ Export the supervision orders (Excel)",
            description = "本人单位发出或收到的催办、督办、挂牌督办。 / The orders given by or to the caller's units.")
    @APIResponse(responseCode = "200", description = "Excel 工作簿 / The workbook",
            content = @Content(mediaType = Spreadsheets.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportOrders() {
        return Exported.xlsx(exports.orders(apiCaller.get()), exports.fileName("supervision-orders"));
    }

    @GET
    @Path("followed/export")
    @Produces(Spreadsheets.XLSX)
    @Operation(operationId = "exportFollowed", summary = "导出交办跟踪（Excel）/ Export the matters sent on (Excel)")
    @APIResponse(responseCode = "200", description = "Excel 工作簿 / The workbook",
            content = @Content(mediaType = Spreadsheets.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportFollowed() {
        return Exported.xlsx(exports.followed(apiCaller.get()), exports.fileName("followed"));
    }

    @POST
    @Path("scan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "scanDeadlines", summary = "立即运行期限扫描 / Run the deadline watch now",
            description = "系统管理员；与定时扫描共用租约：由持有租约的节点扫描（ran 为 false 时由另一节点扫描），同一提醒只发一次。"
                    + " / Administrators; the scheduled scan's lease applies (ran is false when another node holds it); each reminder once.")
    @APIResponse(responseCode = "200", description = "本次扫描的结果 / What the scan did",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadlineWatch.ScanReport.class)))
    @APIResponse(responseCode = "403", description = "非系统管理员 / Not an administrator",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public DeadlineWatch.ScanReport scan() {
        Caller caller = apiCaller.get();
        NotPermittedException.unlessAdmin(caller, "supervision.scan.adminOnly");
        return watch.scan();
    }
}
