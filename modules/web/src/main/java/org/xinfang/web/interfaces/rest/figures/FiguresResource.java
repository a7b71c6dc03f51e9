package org.xinfang.web.interfaces.rest.figures;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.Channel;
import org.xinfang.api.port.Spreadsheets;
import org.xinfang.core.application.figures.FigureExports;
import org.xinfang.core.application.figures.Figures;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.domain.model.figures.MatterFactsRepository.Part;
import org.xinfang.core.domain.model.figures.Rate;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.ApiMessages;
import org.xinfang.web.interfaces.rest.Exported;
import org.xinfang.web.interfaces.rest.QueryParameters;
import org.xinfang.web.interfaces.rest.cases.CaseSummary;
import org.xinfang.web.interfaces.rest.errors.ApiError;
import org.xinfang.web.interfaces.rest.figures.FiguresJson.BehindJson;
import org.xinfang.web.interfaces.rest.figures.FiguresJson.ReportJson;

/** 统计指标: a unit's rates for a period, counted from what happened to its matters, and the matters behind each. */
@Path("figures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "figures", description = "统计指标 / Figures")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
@APIResponse(responseCode = "400", description = "参数有误，逐项列出 / Invalid parameters, each named",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class FiguresResource {

    private static final String RATES = "TIMELY_ACCEPTANCE 及时受理率, DECIDED_IN_TIME 按期办结率, ANSWERED 答复率, CONCLUDED 办结率, RATED 参评率,"
            + " SATISFIED 满意率, RESOLVED_AT_FIRST 初信初访一次性化解率, REPEATED 重复信访率, ABOVE_LEVEL 越级信访率";

    @Inject
    ApiCaller apiCaller;

    @Inject
    Figures figures;

    @Inject
    FigureExports exports;

    @Inject
    IdentityDisclosure disclosure;

    @GET
    @Operation(operationId = "figures", summary = "单位某期的统计指标 / A unit's figures for a period",
            description = "本期（按收到日期）该单位及下级收到的信访事项，按截止日（或今天）的情况，从办理记录计算各项指标：" + RATES
                    + "；并按下级单位、机构类型、来源渠道、问题类别、月份分项。只统计调用者可见的事项。"
                    + " / Matters received in the period by the unit and those below, counted as they stood on its last day (or today)"
                    + " from their histories; with breakdowns by unit below, agency type, channel, category and month. Only matters the"
                    + " caller sees are counted.")
    @APIResponse(responseCode = "200", description = "指标 / The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportJson.class)))
    public ReportJson report(@Parameter(description = "单位，默认本人所在单位 / Unit, default the caller's own") @QueryParam("unitId") String unitId,
                             @Parameter(description = "起，默认今年1月1日 / From, default the first of this year", example = "2026-01-01") @QueryParam("from") String from,
                             @Parameter(description = "止，默认今天 / To, default today", example = "2026-06-30") @QueryParam("to") String to) {
        Caller caller = apiCaller.get();
        Locale locale = caller.locale();
        return ReportJson.of(figures.report(caller, QueryParameters.whole(locale, "unitId", unitId), QueryParameters.date(locale, "from", from),
                QueryParameters.date(locale, "to", to)), locale);
    }

    @GET
    @Path("matters")
    @Operation(operationId = "figureMatters", summary = "指标背后的信访事项 / The matters behind a figure",
            description = "与统计指标相同的范围，某项指标（rate）的达标（MET）、未达标（MISSED）或全部（ALL，即分母）事项，可按分项收窄。"
                    + " / The same scope as the figures; the matters of a rate that are counted above its line (MET), below it only"
                    + " (MISSED), or all of its denominator (ALL), optionally narrowed to one line of a breakdown.")
    @APIResponse(responseCode = "200", description = "事项 / The matters",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BehindJson.class)))
    public BehindJson behind(@Parameter(description = "单位 / Unit") @QueryParam("unitId") String unitId,
                             @Parameter(description = "起 / From", example = "2026-01-01") @QueryParam("from") String from,
                             @Parameter(description = "止 / To", example = "2026-06-30") @QueryParam("to") String to,
                             @Parameter(description = "指标 / Rate", required = true, schema = @Schema(implementation = Rate.class)) @QueryParam("rate") String rate,
                             @Parameter(description = "部分，默认 ALL / Part, default ALL", schema = @Schema(implementation = Part.class)) @QueryParam("part") String part,
                             @Parameter(description = "下级单位（其子树）/ A unit below (its subtree)") @QueryParam("below") String below,
                             @Parameter(description = "机构类型 / Agency type") @QueryParam("agencyType") String agencyType,
                             @Parameter(description = "来源渠道 / Channel", schema = @Schema(implementation = Channel.class)) @QueryParam("channel") String channel,
                             @Parameter(description = "问题类别 / Category") @QueryParam("category") String category,
                             @Parameter(description = "收到的月份 / Month received", example = "2026-03") @QueryParam("month") String month) {
        Caller caller = apiCaller.get();
        Locale locale = caller.locale();
        Rate which = QueryParameters.choice(locale, "rate", rate, Rate.class);
        if (which == null) {
            throw InvalidInputException.of("rate", ApiMessages.get(locale, "field.required", ApiMessages.label(locale, "rate")));
        }
        Part chosen = QueryParameters.choice(locale, "part", part, Part.class);
        Figures.Behind b = figures.behind(caller, QueryParameters.whole(locale, "unitId", unitId), QueryParameters.date(locale, "from", from),
                QueryParameters.date(locale, "to", to), which, chosen == null ? Part.ALL : chosen,
                new Figures.Narrowing(QueryParameters.whole(locale, "below", below), QueryParameters.text(agencyType),
                        QueryParameters.choice(locale, "channel", channel, Channel.class), QueryParameters.text(category),
                        QueryParameters.month(locale, "month", month)));
        return new BehindJson(b.rate().name(), b.part().name(), b.total(), b.matters().stream().map(c -> CaseSummary.of(c, null, disclosure)).toList());
    }

    @GET
    @Path("export")
    @Produces(Spreadsheets.XLSX)
    @Operation(operationId = "exportFigures", summary = "统计指标导出为 Excel / The figures as an Excel workbook",
            description = "与统计指标相同的范围；总体、分单位、分机构类型、分来源渠道、分问题类别、分月各一个工作表。"
                    + " / The same scope as the figures; a sheet each for the total and the lines by unit, agency type, channel, category and month.")
    @APIResponse(responseCode = "200", description = "Excel 工作簿 / The workbook",
            content = @Content(mediaType = Spreadsheets.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@Parameter(description = "单位 / Unit") @QueryParam("unitId") String unitId,
                           @Parameter(description = "起 / From", example = "2026-01-01") @QueryParam("from") String from,
                           @Parameter(description = "止 / To", example = "2026-06-30") @QueryParam("to") String to) {
        Caller caller = apiCaller.get();
        Locale locale = caller.locale();
        byte[] workbook = exports.workbook(caller, QueryParameters.whole(locale, "unitId", unitId), QueryParameters.date(locale, "from", from),
                QueryParameters.date(locale, "to", to));
        return Exported.xlsx(workbook, FigureExports.fileName("xlsx", LocalDate.now(Clocks.statutoryClock())));
    }

    @GET
    @Path("report.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "figuresReport", summary = "统计报告 PDF / The figures report as a PDF",
            description = "本单位文头的统计报告：统计范围、各项指标（含分子分母）、各下级单位的主要指标。"
                    + " / The report on the unit's letterhead: the scope, every rate with what it divides, and the main rates of each unit below.")
    @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response printed(@Parameter(description = "单位 / Unit") @QueryParam("unitId") String unitId,
                           @Parameter(description = "起 / From", example = "2026-01-01") @QueryParam("from") String from,
                           @Parameter(description = "止 / To", example = "2026-06-30") @QueryParam("to") String to) {
        Caller caller = apiCaller.get();
        Locale locale = caller.locale();
        byte[] pdf = exports.pdf(caller, QueryParameters.whole(locale, "unitId", unitId), QueryParameters.date(locale, "from", from),
                QueryParameters.date(locale, "to", to));
        return Exported.pdf(pdf, FigureExports.fileName("pdf", LocalDate.now(Clocks.statutoryClock())));
    }
}
