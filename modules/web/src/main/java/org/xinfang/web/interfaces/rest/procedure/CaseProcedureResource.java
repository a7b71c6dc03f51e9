package org.xinfang.web.interfaces.rest.procedure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.LegalRoute;
import org.xinfang.api.model.Outcome;
import org.xinfang.api.model.Rating;
import org.xinfang.core.application.cases.CaseService;
import org.xinfang.core.application.procedure.ProcedureEngine.StepTaken;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.procedure.ProcedureEngine;
import org.xinfang.core.application.procedure.Procedures;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.procedure.StepFacts;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.JsonBody;
import org.xinfang.web.interfaces.rest.RequestSchemas;
import org.xinfang.web.interfaces.rest.errors.ApiError;

/**
 * A case's procedure over the API: {@code GET /cases/{id}/procedure} reads where it stands (states,
 * steps open to the caller, clocks, history); {@code POST /cases/{id}/procedure/steps} takes a step.
 * Rooted below {@code cases/{id}} so that it does not take {@code GET /cases/{id}} from {@link CaseResource}. The same engine as the pages, so the same rules, roles and errors.
 */
@Path("cases/{id}/procedure")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "procedure", description = "办理程序：期限、可办步骤、办理经过、办理 / Procedure: clocks, open steps, history, take a step")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class CaseProcedureResource {

    @Inject
    ApiCaller apiCaller;

    @Inject
    CaseService cases;

    @Inject
    ProcedureEngine engine;

    @Inject
    Procedures procedures;

    @Inject
    OrgUnitRepository units;

    @Inject
    IdentityDisclosure disclosure;

    @GET
    @Operation(operationId = "getCaseProcedure", summary = "事项的办理程序 / A case's procedure",
            description = "程序的状态与步骤、当前状态、本人现可办理的步骤（及暂不能办理的原因）、各项期限与剩余天数、办理经过。"
                    + " / States and steps, the current state, the steps open to the caller (and why some are blocked), clocks with days left, history.")
    @APIResponse(responseCode = "200", description = "程序 / The procedure",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseProcedureView.class)))
    @APIResponse(responseCode = "404", description = "不存在或无权查看 / No such case or not visible",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public CaseProcedureView procedure(@Parameter(description = "事项编号 / Case id") @PathParam("id") long id) {
        Caller caller = apiCaller.get();
        return view(caller, cases.get(caller, id).caseFile());
    }

    @POST
    @Path("steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "takeStep", summary = "办理一步 / Take a step",
            description = "transition 为步骤名（见 procedure 的 options），version 为读取时的版本号；按步骤要求附 reason、targetUnitId、dueDate、"
                    + "outcome（SUPPORT/EXPLAIN/REJECT）、legalRoute（LITIGATION/ARBITRATION/ADMINISTRATIVE_RECONSIDERATION）、extensionDays、"
                    + "rating（SATISFIED/BASICALLY_SATISFIED/UNSATISFIED）。需出具文书的步骤同时生成 PDF 文书。"
                    + " / transition is the step's name (see the procedure's options), version the one read; give the inputs the step asks for."
                    + " A step with a notice issues its PDF in the same transaction.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RequestSchemas.StepRequest.class)))
    @APIResponse(responseCode = "200", description = "已办理；答复程序现状 / Taken; the procedure as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseProcedureView.class)))
    @APIResponse(responseCode = "400", description = "缺少或错误的输入，逐项列出；未办理 / Missing or bad inputs, each named; nothing done",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "无权办理此步骤 / The caller's roles may not take this step",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "不存在或无权查看 / No such case or not visible",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "当前状态或期限不允许（illegal_transition），或他人已先办理（conflict）；未办理"
            + " / Not allowed in this state or by the clocks, or someone acted first; nothing done",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public CaseProcedureView step(@Parameter(description = "事项编号 / Case id") @PathParam("id") long id, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        String transition = json.text("transition");
        Long version = json.requiredWhole("version");
        StepFacts facts = new StepFacts(json.text("reason"), json.whole("targetUnitId"), json.date("dueDate"),
                json.choice("outcome", Outcome.class), json.choice("legalRoute", LegalRoute.class),
                json.smallWhole("extensionDays"), json.choice("rating", Rating.class));
        if (transition == null && !json.hasProblemWith("transition")) {
            json.required("transition");
        }
        json.refuseIfProblems();
        StepTaken taken = engine.take(caller, id, version, transition, facts);
        return view(caller, taken.caseFile());
    }

    private CaseProcedureView view(Caller caller, Case c) {
        Map<Long, String> names = new HashMap<>();
        return CaseProcedureView.of(c, procedures.of(c.getAgencyType()), engine.options(caller, c),
                engine.clocks(c), engine.history(c), transition -> procedures.stepLabel(c.getAgencyType(), transition),
                unitId -> names.computeIfAbsent(unitId, u -> units.find(u).map(OrgUnit::getName).orElse(String.valueOf(u))),
                reason -> disclosure.redact(c, reason), caller.locale());
    }
}
