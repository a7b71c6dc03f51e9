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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.supervision.OrderInput;
import org.xinfang.core.application.supervision.Referrals;
import org.xinfang.core.application.supervision.SupervisionOrders;
import org.xinfang.core.domain.model.supervision.OrderKind;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.JsonBody;
import org.xinfang.web.interfaces.rest.RequestSchemas;
import org.xinfang.web.interfaces.rest.errors.ApiError;
import org.xinfang.web.interfaces.rest.supervision.SupervisionJson.CaseSupervisionJson;
import org.xinfang.web.interfaces.rest.supervision.SupervisionJson.OrderJson;
import org.xinfang.web.interfaces.rest.supervision.SupervisionJson.ReferralJson;

/**
 * The supervision of one case: its orders (催办, 督办, 挂牌督办) and its referrals, and giving a 督办.
 * Rooted at {@code cases/{id}/supervision} as the ownership resource is.
 */
@Path("cases/{id}/supervision")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "supervision", description = "督办、催办、交办报告备案 / Supervision orders, urging, report-back")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
@APIResponse(responseCode = "404", description = "事项不存在或无权查看（答复相同）/ No such case or not visible (same answer)",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class CaseSupervisionResource {

    @Inject
    ApiCaller apiCaller;

    @Inject
    SupervisionOrders orders;

    @Inject
    Referrals referrals;

    @GET
    @Operation(operationId = "caseSupervision", summary = "事项的督办与交办 / A case's orders and referrals",
            description = "承办单位与交办、转送它的单位（只读）均可查看。 / The unit holding it and the units that sent it on (read-only).")
    @APIResponse(responseCode = "200", description = "督办与交办 / Orders and referrals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseSupervisionJson.class)))
    public CaseSupervisionJson get(@Parameter(description = "事项编号 / Case id") @PathParam("id") long id) {
        Caller caller = apiCaller.get();
        return new CaseSupervisionJson(orders.of(caller, id).stream().map(OrderJson::of).toList(),
                referrals.of(caller, id).stream().map(ReferralJson::of).toList());
    }

    @POST
    @Path("orders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueSupervisionOrder", summary = "发出督办或挂牌督办 / Give a supervision order",
            description = "kind 为 SUPERVISION（督办，上级单位登记员或领导）或 LISTED（挂牌督办，上级单位领导）；reason 必填；dueOn 省略时按设置（默认 30 日）。"
                    + "生成编号的督办函（PDF）存入事项。 / kind SUPERVISION (a clerk or leader of a unit above) or LISTED (a leader above);"
                    + " reason required; dueOn defaults to the setting (30 days). A numbered letter (PDF) is stored with the case.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RequestSchemas.OrderRequest.class)))
    @APIResponse(responseCode = "201", description = "已督办 / Given",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderJson.class)))
    @APIResponse(responseCode = "400", description = "输入有误，逐项列出；未保存 / Invalid input; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "事项所在单位不在您任职单位之下 / The case's unit is not below yours",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "事项已办结 / The matter is finished",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response issue(@Parameter(description = "事项编号 / Case id") @PathParam("id") long id, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        OrderInput in = new OrderInput(json.choice("kind", OrderKind.class), json.text("reason"), json.date("dueOn"),
                json.whole("issuingUnitId"));
        json.refuseIfProblems();
        return Response.status(Response.Status.CREATED).entity(OrderJson.of(orders.issue(caller, id, in), false, false, false)).build();
    }
}
