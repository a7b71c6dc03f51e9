package org.xinfang.web.interfaces.rest.figures;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.figures.Assessments;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.JsonBody;
import org.xinfang.web.interfaces.rest.QueryParameters;
import org.xinfang.web.interfaces.rest.RequestSchemas;
import org.xinfang.web.interfaces.rest.errors.ApiError;
import org.xinfang.web.interfaces.rest.figures.FiguresJson.AssessmentJson;

/** 考核: a unit's assessment of the units directly below it for a period, and its closing (定稿). */
@Path("assessments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "figures", description = "统计指标 / Figures")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
@APIResponse(responseCode = "400", description = "参数有误，逐项列出 / Invalid parameters, each named",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class AssessmentResource {

    @Inject
    ApiCaller apiCaller;

    @Inject
    Assessments assessments;

    @GET
    @Operation(operationId = "assessment", summary = "考核 / A unit's assessment of those below it",
            description = "直属下级单位各一行：收到件数，及时受理与按期办结、满意率、督办按期回复、零报告按时报送、非重复信访各项占比，按系统设置的权重得分（无可计项目的不计入权重），"
                    + "按得分排名。已定稿的期间按定稿时的结果。 / A line per unit directly below: received, each part's share, the score by the"
                    + " administrator's weights (parts with nothing to count left out), the rank. A closed period reads as closed.")
    @APIResponse(responseCode = "200", description = "考核 / The assessment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentJson.class)))
    public AssessmentJson assessment(@Parameter(description = "考核单位，默认本人所在单位 / Unit, default the caller's own") @QueryParam("unitId") String unitId,
                                     @Parameter(description = "起，默认今年1月1日 / From", example = "2026-01-01") @QueryParam("from") String from,
                                     @Parameter(description = "止，默认今天 / To", example = "2026-06-30") @QueryParam("to") String to) {
        Caller caller = apiCaller.get();
        Locale locale = caller.locale();
        return AssessmentJson.of(assessments.of(caller, QueryParameters.whole(locale, "unitId", unitId), QueryParameters.date(locale, "from", from),
                QueryParameters.date(locale, "to", to)), locale);
    }

    @POST
    @Path("closed")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "closeAssessment", summary = "考核定稿 / Close an assessment",
            description = "系统管理员对已结束的统计期定稿：保存此刻的结果，此后修改记录、调整权重或单位都不改变该期考核。 / An administrator closes an ended"
                    + " period: what it counts now is kept, and records, weights or units changed afterwards do not change it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RequestSchemas.CloseAssessmentRequest.class)))
    @APIResponse(responseCode = "201", description = "已定稿 / Closed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentJson.class)))
    @APIResponse(responseCode = "403", description = "非系统管理员 / Not an administrator",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "该期已定稿（fields 中指出 to）/ Closed already (names to)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response close(String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        Long unitId = json.requiredWhole("unitId");
        LocalDate from = json.date("from");
        LocalDate to = json.date("to");
        json.refuseIfProblems();
        return Response.status(Response.Status.CREATED).entity(AssessmentJson.of(assessments.close(caller, unitId, from, to), caller.locale())).build();
    }
}
