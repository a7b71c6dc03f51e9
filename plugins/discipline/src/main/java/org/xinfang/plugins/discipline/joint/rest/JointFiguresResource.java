package org.xinfang.plugins.discipline.joint.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;
import java.time.Clock;
import java.time.LocalDate;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.Callers;
import org.xinfang.plugins.discipline.joint.application.JointFigures;
import org.xinfang.plugins.discipline.joint.rest.JointViews.FiguresJson;
import org.xinfang.plugins.discipline.kernel.Input;

/**
 * A committee's joint-investigation figures for a year, per team too: as JSON and as an .xlsx workbook.
 * Every joint resource is rooted at {@code discipline/joint}: JAX-RS picks one root class by the longest
 * match and never tries another, so a longer root would hide its siblings' paths.
 */
@Path("discipline/joint")
@RequestScoped
@Tag(name = "discipline-joint", description = "纪委监委：重要信访件联查 / Discipline committee: joint investigation of important reports")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class JointFiguresResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Callers callers;

    @Inject
    JointFigures figures;

    @Inject
    Clock clock;

    @GET
    @Path("committees/{committeeId}/figures")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getJointFigures", summary = "联查统计 / The joint investigation's figures",
            description = "委员会本级人员查看某年度（默认今年）的合计及各联查组的数字。"
                    + " / For the committee's own staff: the year's totals (default this year) and each team's share.")
    @APIResponse(responseCode = "200", description = "统计 / The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FiguresJson.class)))
    @APIResponse(responseCode = "400", description = "年度有误 / A bad year",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "委员会不存在或本人不在其中（答复相同）/ No such committee, or the caller does not work in it (same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public FiguresJson figures(@Parameter(description = "委员会（纪委监委单位）编号 / The committee's unit id") @PathParam("committeeId") long committeeId, @Parameter(description = "年度，默认今年 / Year, this year by default", example = "2026") @QueryParam("year") String year) {
        return FiguresJson.of(committeeId, figures.of(callers.current(), committeeId, year(year)));
    }

    @GET
    @Path("committees/{committeeId}/figures.xlsx")
    @Produces(XLSX)
    @Operation(operationId = "exportJointFigures", summary = "导出联查统计（Excel）/ Export the joint figures (Excel)",
            description = "与联查统计相同，表头为调用者的语言。"
                    + " / As the figures, headed in the caller's language.")
    @APIResponse(responseCode = "200", description = "Excel 工作簿 / The workbook",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "年度有误 / A bad year",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "委员会不存在或本人不在其中（答复相同）/ No such committee, or the caller does not work in it (same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Response workbook(@Parameter(description = "委员会（纪委监委单位）编号 / The committee's unit id") @PathParam("committeeId") long committeeId, @Parameter(description = "年度，默认今年 / Year, this year by default", example = "2026") @QueryParam("year") String year) {
        Caller caller = callers.current();
        int y = year(year);
        String name = URLEncoder.encode("联查统计-" + y + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(figures.workbook(caller, committeeId, y), XLSX)
                .header("Content-Disposition", "attachment; filename=\"joint-figures-" + y + ".xlsx\"; filename*=UTF-8''" + name)
                .build();
    }

    private int year(String year) {
        return Input.year(year, LocalDate.now(clock).getYear(), callers.current().locale());
    }
}
