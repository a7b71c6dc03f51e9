package org.xinfang.web.interfaces.rest.reception;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.application.reception.ReceptionVisits;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.errors.ApiError;

/** A leader's monthly meetings against the quotas, for the leader and for those above who see their unit. */
@Path("reception/leaders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reception-visits", description = "接访记录：接访、约访、下访、回访 / Reception records: receptions, invited and field visits, follow-ups")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class LeaderProgressResource {

    @Inject
    ApiCaller apiCaller;

    @Inject
    ReceptionVisits visits;

    public record KindJson(String kind, String label, long count, int quota, boolean met) {
    }

    public record ProgressJson(String leader, String month, List<KindJson> kinds) {
    }

    @GET
    @Path("{username}/progress")
    @Operation(operationId = "getLeaderProgress", summary = "领导当月接访完成情况 / A leader's meetings in a month against the quotas",
            description = "按类别统计该领导在本人可见单位中当月的接访、约访、下访、回访次数与每月最低次数（系统设置）。"
                    + " / Counts per kind in the caller's visible units against the monthly minimums (settings).")
    @APIResponse(responseCode = "200", description = "完成情况 / The progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressJson.class)))
    @APIResponse(responseCode = "400", description = "月份格式有误 / Bad month",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "领导不存在或不在可见单位（答复相同）/ Unknown leader or not in the caller's units (same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public ProgressJson progress(@Parameter(description = "领导用户名 / Leader's user name") @PathParam("username") String username,
                                 @Parameter(description = "月份，默认本月 / Month, default this month", example = "2026-11")
                                 @QueryParam("month") String month) {
        Caller caller = apiCaller.get();
        YearMonth chosen = ReceptionVisitResource.month(caller, month);
        YearMonth m = chosen == null ? YearMonth.now(Clocks.statutoryClock()) : chosen;
        ReceptionVisits.MonthProgress progress = visits.progress(caller, username, m, 1).get(0);
        return new ProgressJson(username, m.toString(), progress.kinds().stream()
                .map(k -> new KindJson(k.kind().name(), k.kind().label().in(caller.locale()), k.count(), k.quota(), k.met())).toList());
    }
}
