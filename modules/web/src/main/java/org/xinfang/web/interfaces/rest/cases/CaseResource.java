package org.xinfang.web.interfaces.rest.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.Spreadsheets;
import org.xinfang.core.application.export.ListExports;
import org.xinfang.web.interfaces.rest.Exported;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.PartyRole;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.CaseFormData;
import org.xinfang.api.procedure.StateDeclaration;
import org.xinfang.core.application.cases.CaseDetails;
import org.xinfang.core.application.cases.CaseForms;
import org.xinfang.core.application.cases.CaseService;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.application.procedure.ClockReading;
import org.xinfang.core.application.procedure.ProcedureEngine;
import org.xinfang.core.application.procedure.Procedures;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseQuery;
import org.xinfang.core.domain.model.cases.Page;
import org.xinfang.core.domain.model.cases.Party;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.ApiMessages;
import org.xinfang.web.interfaces.rest.JsonBody;
import org.xinfang.web.interfaces.rest.RequestSchemas;
import org.xinfang.web.interfaces.rest.errors.ApiError;

/**
 * Cases: register, read, list, correct. Everything goes through {@link CaseService} with the
 * request's caller, so a case outside the caller's units is not found, not merely hidden.
 *
 * <p>One transaction per request, so that the parties (loaded lazily) are read while the answer is
 * built; the answer leaves as plain records.
 */
@Path("cases")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cases", description = "信访事项：登记、查看、列表、更正 / Cases: register, read, list, correct")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class CaseResource {

    @Inject
    ApiCaller apiCaller;

    @Inject
    Procedures procedures;

    @Inject
    ProcedureEngine engine;

    @Inject
    CaseService cases;

    @Inject
    OrgUnitRepository units;

    @Inject
    PluginRegistry plugins;

    @Inject
    CaseForms forms;

    @Inject
    CaseFormReader formReader;

    @Inject
    IdentityDisclosure disclosure;

    @Inject
    ListExports exports;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerCase", summary = "登记信访事项 / Register a case",
            description = "在指定单位（默认本单位）登记；法院、纪委监委等单位须同时提交本机构类型的专用信息 form。"
                    + " / Registers in the given unit (default: the caller's own). Units of an agency plugin need its form.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RequestSchemas.CaseRegistration.class)))
    @APIResponse(responseCode = "201", description = "已登记 / Registered",
            headers = @Header(name = "Location", description = "新事项的地址 / URL of the new case", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "输入有误，逐项列出；未保存 / Invalid input, each field named; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "无权在该单位登记 / May not register in that unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response register(String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        Long unitId = json.whole("unitId");
        Case draft = formReader.draft(json, caller.locale());
        JsonObject formJson = json.object("form");
        json.refuseIfProblems();

        CaseDetails saved = cases.register(caller, unitId, draft, formReader.read(caller, unitId, formJson));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(saved.caseFile().getId())).build())
                .entity(CaseView.of(saved.caseFile(), saved.form(), forms, caller.visibility(), disclosure)).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCase", summary = "查看信访事项 / Read a case", description = "含当事人（证件号、电话已脱敏）与专用信息。"
            + " / With its parties (identity and phone numbers masked) and its agency form.")
    @APIResponse(responseCode = "200", description = "信访事项 / The case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = "不存在或无权查看（二者答复相同）/ No such case or not visible to the caller (same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public CaseView get(@Parameter(description = "事项编号 / Case id") @PathParam("id") long id) {
        Caller caller = apiCaller.get();
        CaseDetails found = cases.get(caller, id);
        return CaseView.of(found.caseFile(), found.form(), forms, caller.visibility(), disclosure).followed(found.followedOnly());
    }

    @GET
    @Operation(operationId = "listCases", summary = "信访事项列表 / List cases", description = "仅列出本人所在单位及下级单位的事项，可筛选、排序、分页。"
            + " / Only cases of the caller's units and their subtrees; filter, sort, page.")
    @APIResponse(responseCode = "200", description = "一页事项及总数 / One page and the total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CasePage.class)))
    @APIResponse(responseCode = "400", description = "参数有误，逐项列出 / Bad parameters, each named",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public CasePage list(
            @Parameter(description = "程序状态，如 registered、accepted / Procedure state, e.g. registered, accepted", example = "accepted")
            @QueryParam("status") String status,
            @Parameter(description = "来源渠道 / Channel", schema = @Schema(implementation = Channel.class))
            @QueryParam("channel") String channel,
            @Parameter(description = "收到日期起（含）/ Received on or after", example = "2026-01-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("receivedFrom") String receivedFrom,
            @Parameter(description = "收到日期止（含）/ Received on or before", example = "2026-12-31",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("receivedTo") String receivedTo,
            @Parameter(description = "全文检索：编号、事由、内容、当事人姓名（保密的除外）、通知书与附件（PDF）的文字、当事人电话；以空格分隔的每段文字都须出现 / Full-text search: number, subject, content, parties' names (never a sealed one), the words of notices and attachments (PDF), a party's phone; every fragment between spaces must occur", schema = @Schema(maxLength = CaseListParameters.MAX_TEXT))
            @QueryParam("q") String q,
            @Parameter(description = "按最近的期限筛选：overdue 已超期，today 今日到期，soon 即将到期：明天起若干工作日内，与到期提醒同一设置（默认 3 个）；中止计时的不算"
                    + " / By the next deadline: overdue, due today, due soon: after today within as many working days as the due-date reminders warn (3 by default); paused clocks do not count",
                    schema = @Schema(implementation = CaseQuery.Due.class))
            @QueryParam("due") String due,
            @Parameter(description = "排序字段（nextDeadline：最近期限，无期限的排最后）/ Sort by (nextDeadline: the nearest deadline, cases without one last)", schema = @Schema(implementation = CaseQuery.SortField.class, defaultValue = "receivedOn"))
            @QueryParam("sort") String sort,
            @Parameter(description = "排序方向；默认 desc（最新在前），按 nextDeadline 排序时默认 asc（最紧迫的在前）"
                    + " / Sort order; desc (newest first) by default, asc (most urgent first) by default when sorting by nextDeadline",
                    schema = @Schema(enumeration = {"asc", "desc"}))
            @QueryParam("order") String order,
            @Parameter(description = "跳过的条数 / Rows to skip", schema = @Schema(minimum = "0", defaultValue = "0"))
            @QueryParam("offset") String offset,
            @Parameter(description = "每页条数 / Page size", schema = @Schema(minimum = "1", maximum = "200", defaultValue = "20"))
            @QueryParam("limit") String limit) {
        Caller caller = apiCaller.get();
        CaseQuery query = CaseListParameters.toQuery(caller.locale(), knownStates(), status, channel, receivedFrom, receivedTo, q, due, sort, order, offset, limit);
        Page<Case> page = cases.list(caller, query);
        Map<Long, ClockReading> deadlines = engine.nextDeadlines(page.items());
        return new CasePage(page.items().stream().map(c -> CaseSummary.of(c, deadlines.get(c.getId()), disclosure)).toList(),
                page.total(), page.offset(), page.limit());
    }

    @GET
    @Path("export")
    @Produces(Spreadsheets.XLSX)
    @Operation(operationId = "exportCases", summary = "导出信访事项（Excel）/ Export the case list (Excel)",
            description = "与列表相同的筛选与排序（分页参数不用），最多 10000 条；标题含本人单位与收到日期范围，中文表头。"
                    + " / The list's filters and sort (not its window), at most 10,000 rows; titled with the caller's units and the period.")
    @APIResponse(responseCode = "200", description = "Excel 工作簿 / The workbook",
            content = @Content(mediaType = Spreadsheets.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "参数有误，逐项列出 / Bad parameters, each named",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response export(@QueryParam("status") String status, @QueryParam("channel") String channel,
                           @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("receivedFrom") String receivedFrom,
                           @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("receivedTo") String receivedTo,
                           @QueryParam("q") String q,
                           @Parameter(schema = @Schema(implementation = CaseQuery.Due.class)) @QueryParam("due") String due,
                           @QueryParam("sort") String sort, @QueryParam("order") String order) {
        Caller caller = apiCaller.get();
        CaseQuery query = CaseListParameters.toQuery(caller.locale(), knownStates(), status, channel, receivedFrom, receivedTo, q, due, sort, order, null, null);
        return Exported.xlsx(exports.cases(caller, query), exports.fileName("cases"));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "correctCase", summary = "更正事由、内容、类别 / Correct a case's subject, content and category",
            description = "须附上读取时的 version；他人已先保存时答复 409，本次修改不保存。"
                    + " / Send the version read; if someone saved first the answer is 409 and nothing is saved.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RequestSchemas.CaseCorrection.class)))
    @APIResponse(responseCode = "200", description = "已更正 / Corrected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "输入有误；未保存 / Invalid input; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "不存在或无权查看 / No such case or not visible",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "他人已先修改；未保存 / Changed by someone else first; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public CaseView correct(@Parameter(description = "事项编号 / Case id") @PathParam("id") long id, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        Long version = json.requiredWhole("version");
        String subject = json.text("subject");
        String content = json.text("content");
        String category = json.text("category");
        json.refuseIfProblems();
        cases.correct(caller, id, version, subject, content, category);
        CaseDetails corrected = cases.get(caller, id);
        return CaseView.of(corrected.caseFile(), corrected.form(), forms, caller.visibility(), disclosure);
    }

    private Set<String> knownStates() {
        return procedures.allStates().stream().map(StateDeclaration::name).collect(Collectors.toSet());
    }
}
