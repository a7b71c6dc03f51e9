package org.xinfang.web.interfaces.rest.ledgers;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DayOfWeek;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.UnitLevel;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.ledgers.ReportSchedules;
import org.xinfang.core.application.ledgers.ScheduleInput;
import org.xinfang.core.domain.model.report.ReportCadence;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.JsonBody;
import org.xinfang.web.interfaces.rest.QueryParameters;
import org.xinfang.web.interfaces.rest.RequestSchemas;
import org.xinfang.web.interfaces.rest.errors.ApiError;
import org.xinfang.web.interfaces.rest.ledgers.LedgerJson.RuleJson;
import org.xinfang.web.interfaces.rest.ledgers.LedgerJson.SchedulesJson;

/** When units report: the rule of each level and the units' own rules; read by all, changed by administrators. */
@Path("reports/schedules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports", description = "零报告与定期报告 / Zero reports and periodic reports")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class ReportScheduleResource {

    private static final String BAD = "输入有误，逐项列出；未保存 / Invalid input, each field named; nothing saved";
    private static final String ADMIN_ONLY = "非系统管理员 / Not an administrator";

    @Inject
    ApiCaller apiCaller;

    @Inject
    ReportSchedules schedules;

    @GET
    @Operation(operationId = "reportSchedules", summary = "报送规则 / The reporting rules",
            description = "每个单位层级适用的规则（未设置的为每日 15:30 前），以及单独设置了规则的单位。"
                    + " / Each level's rule (daily by 15:30 unless set) and the units with a rule of their own.")
    @APIResponse(responseCode = "200", description = "报送规则 / The rules",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchedulesJson.class)))
    public SchedulesJson list() {
        Locale locale = apiCaller.get().locale();
        return SchedulesJson.of(schedules.levels(), schedules.unitRules(), locale);
    }

    @PUT
    @Path("levels/{level}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setLevelReportSchedule", summary = "设置某层级的报送规则 / Set a level's rule",
            description = "系统管理员；该层级中没有单独规则的单位自下一期起按此报送。 / Administrators; units of the level without a rule of their own report by it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RequestSchemas.ScheduleRequest.class)))
    @APIResponse(responseCode = "200", description = "已设置 / Set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleJson.class)))
    @APIResponse(responseCode = "400", description = BAD, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = ADMIN_ONLY, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public RuleJson setLevel(@Parameter(description = "单位层级 / Unit level", example = "VILLAGE") @PathParam("level") String level, String body) {
        Caller caller = apiCaller.get();
        UnitLevel chosen = QueryParameters.choice(caller.locale(), "level", level, UnitLevel.class);
        return RuleJson.of(schedules.setForLevel(caller, chosen, input(caller, body)), caller.locale());
    }

    @PUT
    @Path("units/{unitId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setUnitReportSchedule", summary = "设置某单位自己的报送规则 / Give a unit its own rule",
            description = "系统管理员；优先于其层级的规则。 / Administrators; over the level's rule.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RequestSchemas.ScheduleRequest.class)))
    @APIResponse(responseCode = "200", description = "已设置 / Set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleJson.class)))
    @APIResponse(responseCode = "400", description = BAD, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = ADMIN_ONLY, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public RuleJson setUnit(@Parameter(description = "单位 / Unit") @PathParam("unitId") String unitId, String body) {
        Caller caller = apiCaller.get();
        Long id = QueryParameters.whole(caller.locale(), "unitId", unitId);
        return RuleJson.of(schedules.setForUnit(caller, id, input(caller, body)), caller.locale());
    }

    @DELETE
    @Path("units/{unitId}")
    @Operation(operationId = "removeUnitReportSchedule", summary = "取消单位自己的报送规则 / Take a unit's own rule away",
            description = "系统管理员；该单位恢复按其层级的规则报送。 / Administrators; the unit reports by its level's rule again.")
    @APIResponse(responseCode = "204", description = "已取消 / Removed")
    @APIResponse(responseCode = "403", description = ADMIN_ONLY, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "该单位没有自己的规则 / The unit has no rule of its own",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response removeUnit(@Parameter(description = "单位 / Unit") @PathParam("unitId") String unitId) {
        Caller caller = apiCaller.get();
        Long id = QueryParameters.whole(caller.locale(), "unitId", unitId);
        if (!schedules.removeForUnit(caller, id)) {
            return ApiError.response(Response.Status.NOT_FOUND.getStatusCode(), "not_found", Messages.get(caller.locale(), "schedule.noUnitRule", id));
        }
        return Response.noContent().build();
    }

    private static ScheduleInput input(Caller caller, String body) {
        JsonBody json = JsonBody.parse(body, caller.locale());
        ScheduleInput input = new ScheduleInput(json.choice("cadence", ReportCadence.class), json.time("cutOff"),
                json.choice("dueWeekday", DayOfWeek.class), json.smallWhole("dueDay"), json.flag("dueNextMonth"));
        json.refuseIfProblems();
        return input;
    }
}
