package org.xinfang.web.interfaces.rest.prevention;

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
import org.xinfang.core.application.prevention.MediationInput;
import org.xinfang.core.application.prevention.MediationOutcome;
import org.xinfang.core.application.prevention.Mediations;
import org.xinfang.core.domain.model.prevention.MediationKind;
import org.xinfang.core.domain.model.prevention.MediationResult;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.JsonBody;
import org.xinfang.web.interfaces.rest.errors.ApiError;
import org.xinfang.web.interfaces.rest.prevention.PreventionJson.MediationJson;

/**
 * 访调对接: a case referred to people's, administrative or judicial mediation and the outcome recorded.
 * Rooted at {@code cases/{id}/mediations} as the supervision of a case is.
 */
@Path("cases/{id}/mediations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "prevention", description = "源头预防：风险评估、访调对接、研判例会 / Prevention at the source: risk assessments, mediation, analysis meetings")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
@APIResponse(responseCode = "404", description = "事项不存在或无权查看（答复相同）/ No such case or not visible (same answer)",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class CaseMediationResource {

    private static final String NOT_STAFF = "非事项所在单位的登记员、承办人或领导 / Not a clerk, handler or leader of the case's unit";

    @Inject
    ApiCaller apiCaller;

    @Inject
    Mediations mediations;

    @GET
    @Operation(operationId = "caseMediations", summary = "事项的调解 / A case's mediations", description = "最新在前。 / Newest first.")
    @APIResponse(responseCode = "200", description = "调解 / The mediations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = MediationJson.class)))
    public List<MediationJson> list(@Parameter(description = "事项编号 / Case id") @PathParam("id") long id) {
        Caller caller = apiCaller.get();
        return mediations.of(caller, id).stream().map(v -> MediationJson.of(v, caller.locale())).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "referToMediation", summary = "转入调解 / Refer a case to mediation",
            description = "kind 为 PEOPLE（人民调解）、ADMINISTRATIVE（行政调解）或 JUDICIAL（司法调解）。按设置 mediation.pausesClocks（默认 1）"
                    + "中止事项正在计算的办理期限，记录调解结果时恢复。一件事项同时只能有一项进行中的调解；已办结的事项不能转入。"
                    + " / kind PEOPLE, ADMINISTRATIVE or JUDICIAL. As the setting mediation.pausesClocks says (default 1), the case's"
                    + " running clocks pause until the outcome is recorded. One open mediation per case; a finished case is not referred.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PreventionSchemas.MediationRequest.class)))
    @APIResponse(responseCode = "201", description = "已转入调解 / Referred",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MediationJson.class)))
    @APIResponse(responseCode = "400", description = RiskAssessmentResource.BAD,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = NOT_STAFF,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "事项已办结或正在调解 / The case is finished or already in mediation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response refer(@Parameter(description = "事项编号 / Case id") @PathParam("id") long id, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        MediationInput in = new MediationInput(json.choice("kind", MediationKind.class), json.text("mediator"), json.text("matter"));
        json.refuseIfProblems();
        return Response.status(Response.Status.CREATED)
                .entity(MediationJson.of(mediations.refer(caller, id, in), true, caller.locale())).build();
    }

    @POST
    @Path("outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordMediationOutcome", summary = "记录调解结果 / Record the outcome of the mediation",
            description = "result 为 SUCCEEDED（调解成功，须写明调解协议 agreement）或 FAILED（调解未成功）；转入时中止的期限恢复计算，中止的天数补回。"
                    + " / result SUCCEEDED (with the agreement) or FAILED; the clocks the referral paused resume, the days given back.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PreventionSchemas.MediationOutcomeRequest.class)))
    @APIResponse(responseCode = "200", description = "已记录 / Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MediationJson.class)))
    @APIResponse(responseCode = "400", description = RiskAssessmentResource.BAD,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = NOT_STAFF,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "没有进行中的调解 / No mediation open",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public MediationJson conclude(@Parameter(description = "事项编号 / Case id") @PathParam("id") long id, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        MediationOutcome in = new MediationOutcome(json.choice("result", MediationResult.class), json.text("agreement"), json.date("concludedOn"));
        json.refuseIfProblems();
        return MediationJson.of(mediations.conclude(caller, id, in), false, caller.locale());
    }
}
