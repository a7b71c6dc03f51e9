package org.xinfang.plugins.court.aid.rest;

import org.xinfang.plugins.court.kernel.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.Callers;
import org.xinfang.api.port.Spreadsheets;
import org.xinfang.plugins.court.aid.AidCounts;
import org.xinfang.plugins.court.aid.AidFigures;
import org.xinfang.api.plugin.Refusal;
import org.xinfang.plugins.court.aid.Period;

/**
 * {@code /api/v1/court/aid/figures}: judicial aid counted for a year or a range of dates over the
 * courts the caller sees — how many applications and how much money, per state and per source — as
 * JSON and as an Excel workbook.
 */
@Path("court/aid")
@RequestScoped
@Tag(name = "court-aid", description = "法院：司法救助 / Court: judicial aid")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
@APIResponse(responseCode = "400", description = "期间有误或有未知参数 / A bad period, or a parameter not known")
public class AidFiguresResource {

    private static final Set<String> PARAMETERS = Set.of("year", "from", "to");

    @Inject
    Callers callers;

    @Inject
    AidCounts counts;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @GET
    @Path("figures")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "courtAidFigures", summary = "司法救助统计 / Judicial aid in figures",
            description = "按申请日期统计本人可查看的法院：件数及申请、批准、发放金额，分状态、分来源。year 与 from/to 二选一，默认今年。"
                    + " / By date of application, over the courts the caller sees: count and amounts asked, granted, paid, per state and source."
                    + " Either year or from/to; this year by default.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AidFigures.class)))
    public AidFigures figures(@Parameter(description = "年度 / Year", example = "2026") @QueryParam("year") String year,
                              @Parameter(description = "起始日期 / From", example = "2026-01-01") @QueryParam("from") String from,
                              @Parameter(description = "截止日期 / To", example = "2026-06-30") @QueryParam("to") String to) {
        Caller caller = callers.current();
        return counts.figures(caller, period(caller, year, from, to));
    }

    @GET
    @Path("figures.xlsx")
    @Produces(Spreadsheets.XLSX)
    @Operation(operationId = "exportCourtAidFigures", summary = "导出司法救助统计（Excel）/ Export judicial aid figures (Excel)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = Spreadsheets.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response workbook(@QueryParam("year") String year, @QueryParam("from") String from,
                             @QueryParam("to") String to) {
        Caller caller = callers.current();
        Period period = period(caller, year, from, to);
        String name = Texts.get(caller.locale(), "court.aid.figures.sheet") + "-" + period.from() + "-" + period.to() + ".xlsx";
        return Response.ok(counts.workbook(caller, period), Spreadsheets.XLSX)
                .header("Content-Disposition", "attachment; filename=\"court-aid-" + period.from() + "-" + period.to() + ".xlsx\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    /** The period asked for; a parameter not known is refused rather than ignored, as everywhere in the API. */
    private Period period(Caller caller, String year, String from, String to) {
        MultivaluedMap<String, String> given = uri.getQueryParameters();
        List<Refusal.Field> unknown = given.keySet().stream().filter(p -> !PARAMETERS.contains(p)).sorted()
                .map(p -> new Refusal.Field(p, Texts.get(caller.locale(), "court.aid.period.unknown", p))).toList();
        if (!unknown.isEmpty()) {
            throw Refusal.invalid(unknown);
        }
        return Period.of(year, from, to, LocalDate.now(clock), caller.locale());
    }
}
