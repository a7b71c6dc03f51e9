package org.xinfang.plugins.court.aid.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
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
import org.xinfang.plugins.court.aid.JudicialAids;

/**
 * {@code /api/v1/court/cases/{caseId}/aid}: judicial aid on a court's petition — the applications,
 * read by whoever sees the case; an application, payment and receipt recorded by the court's staff;
 * the decision by a court leader. Each step names the {@code version} of the application it was
 * read at, so that two people acting at once never both succeed (409).
 */
@Path("court/cases/{caseId}/aid")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "court-aid", description = "法院：司法救助 / Court: judicial aid")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
@APIResponse(responseCode = "404", description = "事项不存在、无权查看或不是法院事项；或申请不属于该事项 / Not found, not visible, not a court case; or no such application on it")
public class JudicialAidResource {

    @Inject
    Callers callers;

    @Inject
    JudicialAids aids;

    @Inject
    Clock clock;

    @GET
    @Operation(operationId = "courtAidList", summary = "司法救助申请列表 / The case's applications for judicial aid")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AidView[].class)))
    public List<AidView> list(@PathParam("caseId") long caseId) {
        Caller caller = callers.current();
        return aids.of(caller, caseId).stream().map(a -> AidView.of(a, caller.locale())).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "courtAidApply", summary = "登记司法救助申请 / Record an application",
            description = "{applicant, reason, amountAsked, appliedOn}：金额为正、最多两位小数、不超过100万元；申请日期不晚于今天、不早于事项收到日期。"
                    + " / Amounts positive, at most two decimals, at most 1,000,000; the date not in the future nor before the case was received.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "201", description = "已登记申请 / Application recorded", content = @Content(schema = @Schema(implementation = AidView.class)))
    @APIResponse(responseCode = "400", description = "输入有误，逐项说明；未保存 / Invalid input, each field named; nothing saved")
    @APIResponse(responseCode = "403", description = "不是立案庭接待、承办法官或院领导 / Not the court's reception, judge or leader")
    public Response apply(@PathParam("caseId") long caseId, String body) {
        Caller caller = callers.current();
        AidJson json = AidJson.read(body, Set.of("applicant", "reason", "amountAsked", "appliedOn"), caller.locale());
        JudicialAids.Application application = new JudicialAids.Application(json.text("applicant"), json.text("reason"),
                json.amount("amountAsked"), json.date("appliedOn", today()));
        json.refuseIfAny();
        return Response.status(Response.Status.CREATED).entity(AidView.of(aids.apply(caller, caseId, application), caller.locale())).build();
    }

    @POST
    @Path("{aidId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "courtAidDecide", summary = "院领导审批 / The leader approves or refuses",
            description = "{version, approve, source (AID_FUND|STAFF_DONATION), amountGranted, decidedOn, note}：批准须写明来源和金额（不超过申请金额），"
                    + "不予救助须写明理由（note）。 / Approving names the source and amount (at most the amount asked); refusing gives the reason as note.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AidView.class)))
    @APIResponse(responseCode = "400", description = "输入有误，逐项说明；未保存 / Invalid input, each field named; nothing saved")
    @APIResponse(responseCode = "403", description = "不是院领导 / Not a court leader")
    @APIResponse(responseCode = "409", description = "申请已审批，或已被他人处理（版本不符）/ Already decided, or changed since read (version)")
    public AidView decide(@PathParam("caseId") long caseId, @PathParam("aidId") long aidId, String body) {
        Caller caller = callers.current();
        AidJson json = AidJson.read(body, Set.of("version", "approve", "source", "amountGranted", "decidedOn", "note"), caller.locale());
        long version = json.version("version");
        Boolean approve = json.bool("approve");
        JudicialAids.Decision decision = new JudicialAids.Decision(Boolean.TRUE.equals(approve), json.source("source"),
                json.amount("amountGranted"), json.date("decidedOn", today()), json.text("note"));
        json.refuseIfAny();
        return AidView.of(aids.decide(caller, caseId, aidId, version, decision), caller.locale());
    }

    @POST
    @Path("{aidId}/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "courtAidPay", summary = "登记发放 / Record the payment",
            description = "{version, paidOn, amountPaid, paidBy, note}：发放金额不超过批准金额，与批准金额不一致时须在 note 中说明。"
                    + " / The amount paid is at most the amount granted; a different amount needs a note.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AidView.class)))
    @APIResponse(responseCode = "400", description = "输入有误，逐项说明；未保存 / Invalid input, each field named; nothing saved")
    @APIResponse(responseCode = "403", description = "不是立案庭接待、承办法官或院领导 / Not the court's reception, judge or leader")
    @APIResponse(responseCode = "409", description = "尚未批准或已发放，或已被他人处理 / Not approved, already paid, or changed since read")
    public AidView pay(@PathParam("caseId") long caseId, @PathParam("aidId") long aidId, String body) {
        Caller caller = callers.current();
        AidJson json = AidJson.read(body, Set.of("version", "paidOn", "amountPaid", "paidBy", "note"), caller.locale());
        long version = json.version("version");
        JudicialAids.Payment payment = new JudicialAids.Payment(json.date("paidOn", today()), json.amount("amountPaid"),
                json.text("paidBy"), json.text("note"));
        json.refuseIfAny();
        return AidView.of(aids.pay(caller, caseId, aidId, version, payment), caller.locale());
    }

    @POST
    @Path("{aidId}/receipt")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "courtAidReceive", summary = "登记信访人签收 / Record the petitioner's receipt",
            description = "{version, receivedOn, note, scan: {fileName, content (base64)}}：签收单扫描件可选，存入事项的附件。"
                    + " / The scanned receipt is optional and kept with the case's attachments.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AidView.class)))
    @APIResponse(responseCode = "400", description = "输入有误，逐项说明；未保存 / Invalid input, each field named; nothing saved")
    @APIResponse(responseCode = "403", description = "不是立案庭接待、承办法官或院领导 / Not the court's reception, judge or leader")
    @APIResponse(responseCode = "409", description = "尚未发放或已签收，或已被他人处理 / Not paid, already received, or changed since read")
    public AidView receive(@PathParam("caseId") long caseId, @PathParam("aidId") long aidId, String body) {
        Caller caller = callers.current();
        AidJson json = AidJson.read(body, Set.of("version", "receivedOn", "note", "scan"), caller.locale());
        long version = json.version("version");
        JudicialAids.Receipt receipt = new JudicialAids.Receipt(json.date("receivedOn", today()), json.text("note"), json.scan("scan"));
        json.refuseIfAny();
        return AidView.of(aids.acknowledge(caller, caseId, aidId, version, receipt), caller.locale());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
