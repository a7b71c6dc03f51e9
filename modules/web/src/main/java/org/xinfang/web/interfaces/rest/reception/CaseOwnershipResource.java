package org.xinfang.web.interfaces.rest.reception;

import jakarta.ws.rs.PUT;
import org.xinfang.core.application.documents.CaseFiles;
import org.xinfang.core.domain.model.ownership.OwnershipDuty;
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
import java.time.LocalDateTime;
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
import org.xinfang.core.application.reception.CaseOwnerships;
import org.xinfang.core.application.reception.OwnershipInput;
import org.xinfang.core.domain.model.ownership.CaseOwnership;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.JsonBody;
import org.xinfang.web.interfaces.rest.errors.ApiError;
import org.xinfang.web.interfaces.rest.RequestSchemas;

/**
 * 包案 of one case. Rooted at {@code cases/{id}/ownership} rather than {@code cases/{id}}, as
 * {@link CaseDocumentResource} is, so that it never takes {@code /cases/5} from {@link CaseResource}.
 */
@Path("cases/{id}/ownership")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ownership", description = "领导包案 / Leaders' ownership of cases")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
@APIResponse(responseCode = "404", description = "事项不存在或无权查看（答复相同）/ No such case or not visible (same answer)",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class CaseOwnershipResource {

    @Inject
    ApiCaller apiCaller;

    @Inject
    CaseOwnerships ownerships;

    @Inject
    CaseFiles files;

    public record DutyJson(String duty, String label, boolean done, String note, String doneBy, LocalDateTime doneAt) {
    }

    public record OwnershipJson(Long id, Long caseId, Long unitId, String leaderUsername, String handlerUsername, String task,
                                String dueOn, String status, String createdBy, LocalDateTime createdAt,
                                LocalDateTime closedAt,
                                String workingGroup, String plan, List<DutyJson> duties) {
        static OwnershipJson of(CaseOwnership o) {
            List<DutyJson> duties = java.util.Arrays.stream(OwnershipDuty.values()).map(d -> o.done(d)
                    .map(done -> new DutyJson(d.name(), d.label().zh(), true, done.getNote(), done.getDoneBy(), done.getDoneAt()))
                    .orElse(new DutyJson(d.name(), d.label().zh(), false, null, null, null))).toList();
            return new OwnershipJson(o.getId(), o.getCaseId(), o.getUnitId(), o.getLeaderUsername(), o.getHandlerUsername(), o.getTask(),
                    o.getDueOn().toString(), o.getStatus().name(), o.getCreatedBy(), o.getCreatedAt(), o.getClosedAt(), o.getWorkingGroup(), o.getResolutionPlan(), duties);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "takeOwnership", summary = "领导包案 / A leader takes ownership",
            description = "leaderUsername（默认本人）须为事项所在单位的领导；本人或上级领导可操作。task、handlerUsername、dueOn（晚于今天）必填；"
                    + "同一事项同时只能有一个进行中的包案。"
                    + " / leaderUsername (default: the caller) must lead the case's unit; the leader or a leader above acts. task, handler"
                    + " and a due date after today are required; one open ownership per case.")
    @APIResponse(responseCode = "201", description = "已包案 / Owned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OwnershipJson.class)))
    @APIResponse(responseCode = "400", description = "输入有误或已有包案；未保存 / Bad input or already owned; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "非包案领导本人或上级领导 / Neither that leader nor a leader above",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RequestSchemas.OwnershipRequest.class)))
    public Response take(@Parameter(description = "事项编号 / Case id") @PathParam("id") long id, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        OwnershipInput request = new OwnershipInput(json.text("leaderUsername"), json.text("handlerUsername"), json.text("task"),
                json.date("dueOn"));
        json.refuseIfProblems();
        return Response.status(Response.Status.CREATED).entity(OwnershipJson.of(ownerships.take(caller, id, request))).build();
    }

    @GET
    @Operation(operationId = "listCaseOwnerships", summary = "事项的包案记录 / A case's ownerships", description = "最新在前。 / Newest first.")
    @APIResponse(responseCode = "200", description = "包案记录 / The ownerships",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = OwnershipJson.class)))
    public List<OwnershipJson> list(@Parameter(description = "事项编号 / Case id") @PathParam("id") long id) {
        return ownerships.of(apiCaller.get(), id).stream().map(OwnershipJson::of).toList();
    }

    @POST
    @Path("close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "closeOwnership", summary = "结束包案 / Close the ownership", description = "包案领导本人或上级领导。 / The owning leader or a leader above.")
    @APIResponse(responseCode = "200", description = "已结束 / Closed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OwnershipJson.class)))
    @APIResponse(responseCode = "409", description = "“四包”未全部完成 / The four duties are not all done",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "400", description = "没有进行中的包案 / None open",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "无权结束 / May not close it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public OwnershipJson close(@Parameter(description = "事项编号 / Case id") @PathParam("id") long id) {
        return OwnershipJson.of(ownerships.close(apiCaller.get(), id));
    }

    @POST
    @Path("duties")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "tickOwnershipDuty", summary = "记录“四包”的一项 / Record one of the four duties",
            description = "duty 为 INVESTIGATE（包调查）、HANDLE（包处理）、COUNSEL（包疏导教育）、SETTLE（包息诉罢访），note 写明做了什么；"
                    + "包案领导、承办人或上级领导。四项都完成才能结束包案。 / duty and what was done; the leader, the handler or a leader above."
                    + " The ownership closes only once all four are done.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RequestSchemas.DutyRequest.class)))
    @APIResponse(responseCode = "200", description = "已记录 / Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OwnershipJson.class)))
    @APIResponse(responseCode = "400", description = "输入有误或没有进行中的包案 / Bad input, or none open",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "非包案领导、承办人或上级领导 / Not its leader, handler or a leader above",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public OwnershipJson tick(@Parameter(description = "事项编号 / Case id") @PathParam("id") long id, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        OwnershipDuty duty = json.choice("duty", OwnershipDuty.class);
        String note = json.text("note");
        json.refuseIfProblems();
        return OwnershipJson.of(ownerships.tick(caller, id, duty, note));
    }

    @PUT
    @Path("plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "planOwnership", summary = "工作专班与化解方案 / Working group and resolution plan")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RequestSchemas.PlanRequest.class)))
    @APIResponse(responseCode = "200", description = "已保存 / Saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OwnershipJson.class)))
    @APIResponse(responseCode = "400", description = "过长或没有进行中的包案 / Too long, or none open",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "非包案领导、承办人或上级领导 / Not its leader, handler or a leader above",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public OwnershipJson plan(@Parameter(description = "事项编号 / Case id") @PathParam("id") long id, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        String group = json.text("workingGroup");
        String plan = json.text("plan");
        json.refuseIfProblems();
        return OwnershipJson.of(ownerships.plan(caller, id, group, plan));
    }

    @GET
    @Path("card")
    @Produces("application/pdf")
    @Operation(operationId = "caseCard", summary = "一案一卡（PDF）/ The one-case card (PDF)")
    @APIResponse(responseCode = "200", description = "一案一卡 / The card",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response card(@Parameter(description = "事项编号 / Case id") @PathParam("id") long id) {
        return Response.ok(files.card(apiCaller.get(), id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"case-" + id + "-card.pdf\"").build();
    }
}
