package org.xinfang.plugins.company.protection;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.plugin.JsonInput;
import org.xinfang.api.port.Callers;

/**
 * {@code /api/v1/company/...protection}: a company matter's protection from retaliation and its
 * follow-up checks, for the company's desk and leaders (a workshop head who sees the matter is
 * answered 403), and the list of checks due. Each body field is named when it is unknown or of the
 * wrong kind; nothing is saved on a refusal.
 */
@Path("company")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "company-protection", description = "企业：打击报复保护与回访 / Company: protection from retaliation and follow-up checks")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class ProtectionResource {

    @Inject
    Callers callers;

    @Inject
    Protections protections;

    @GET
    @Path("cases/{caseId}/protection")
    @Operation(operationId = "companyProtection", summary = "读取打击报复保护 / Read the protection from retaliation",
            description = "最近一次保护标记、应回访日期及各次回访记录；从未设立时 since 为空。"
                    + " / The latest flag, its scheduled checks and every check recorded; since is null when never flagged.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProtectionView.class)))
    @APIResponse(responseCode = "403", description = "不是公司信访办或公司领导（车间负责人不看保护记录）/ Not the company's desk or leaders")
    @APIResponse(responseCode = "404", description = "不存在、无权查看或不是企业事项 / Not found, not visible, or not a company matter")
    public ProtectionView get(@PathParam("caseId") long caseId) {
        return protections.of(callers.current(), caseId);
    }

    @POST
    @Path("cases/{caseId}/protection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "flagCompanyProtection", summary = "设立打击报复保护 / Flag the matter for protection",
            description = "reason 必填（不超过500字）；since（yyyy-MM-dd）可选，默认今天，不能晚于今天或早于收到日期。"
                    + " / reason required (at most 500 characters); since optional, today by default, not in the future nor before the matter was received.")
    @APIResponse(responseCode = "201", description = "已标记保护 / Protection flagged", content = @Content(schema = @Schema(implementation = ProtectionView.class)))
    @APIResponse(responseCode = "400", description = "输入有误，逐项说明；未保存 / Invalid input, each field named; nothing saved")
    @APIResponse(responseCode = "409", description = "已设保护 / Already flagged")
    public Response flag(@PathParam("caseId") long caseId, String body) {
        JsonInput json = read(body, Set.of("reason", "since"), callers.current().locale());
        String reason = json.text("reason");
        LocalDate since = json.date("since");
        json.refuseIfProblems();
        return Response.status(Response.Status.CREATED).entity(protections.flag(callers.current(), caseId, reason, since)).build();
    }

    @POST
    @Path("cases/{caseId}/protection/clear")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "clearCompanyProtection", summary = "解除打击报复保护（公司领导）/ Clear the protection (a company leader)",
            description = "reason 必填。 / reason required.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProtectionView.class)))
    @APIResponse(responseCode = "400", description = "未填理由；未保存 / No reason; nothing saved")
    @APIResponse(responseCode = "403", description = "不是公司领导 / Not a company leader")
    @APIResponse(responseCode = "409", description = "未设保护或已解除 / Not flagged, or already cleared")
    public ProtectionView clear(@PathParam("caseId") long caseId, String body) {
        JsonInput json = read(body, Set.of("reason"), callers.current().locale());
        String reason = json.text("reason");
        json.refuseIfProblems();
        return protections.clear(callers.current(), caseId, reason);
    }

    @POST
    @Path("cases/{caseId}/protection/checks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordCompanyProtectionCheck", summary = "登记回访 / Record a follow-up check",
            description = "checkedOn（不晚于今天、不早于保护开始）、checkedBy、finding（NO_RETALIATION 或 RETALIATION_FOUND）必填；"
                    + "发现打击报复的须填 aspects（PAY、POST、ASSESSMENT、TREATMENT）和 actionTaken；note 可选。"
                    + "回访日期已到应回访日期的，记为最早一次未完成的应回访；提前回访另行记录，不抵应回访。"
                    + " / checkedOn (not in the future, not before the protection began), checkedBy and finding required; a finding of"
                    + " retaliation needs aspects and actionTaken. A check on or after a scheduled date fulfils the earliest open one;"
                    + " an earlier check is recorded as an extra one.")
    @APIResponse(responseCode = "201", description = "已记录回访 / Check recorded", content = @Content(schema = @Schema(implementation = ProtectionView.class)))
    @APIResponse(responseCode = "400", description = "输入有误，逐项说明；未保存 / Invalid input, each field named; nothing saved")
    @APIResponse(responseCode = "409", description = "未设保护或已解除 / Not flagged, or cleared")
    public Response check(@PathParam("caseId") long caseId, String body) {
        JsonInput json = read(body, Set.of("checkedOn", "checkedBy", "finding", "aspects", "actionTaken", "note"), callers.current().locale());
        CheckInput input = new CheckInput(json.date("checkedOn"), json.text("checkedBy"), json.choice("finding", Finding.class, false),
                json.choices("aspects", Aspect.class), json.text("actionTaken"), json.text("note"));
        json.refuseIfProblems();
        return Response.status(Response.Status.CREATED).entity(protections.record(callers.current(), caseId, input)).build();
    }

    @GET
    @Path("protection/due")
    @Operation(operationId = "companyProtectionChecksDue", summary = "到期和逾期的回访 / Follow-up checks due and overdue",
            description = "调用人作为公司信访办或公司领导可见的事项中，已到期（一个月内）和逾期未做的应回访，按应回访日期排列。"
                    + " / The scheduled checks due (within their month) or overdue on the matters the caller is the company's desk or leader of, earliest first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DueCheck.class)))
    @APIResponse(responseCode = "403", description = "不是公司信访办或公司领导（车间负责人不看保护记录）/ Not the company's desk or leaders")
    public List<DueCheck> due() {
        return protections.due(callers.current());
    }

    /** The body, read by the plugins' one {@link JsonInput}: refused at once when it is not a JSON object, then each field named. */
    private static JsonInput read(String body, Set<String> fields, Locale locale) {
        return JsonInput.parse(body, (problem, name, args) -> switch (problem) {
            case NOT_JSON -> LocalizedText.of("请求体不是有效的 JSON", "The body is not valid JSON").in(locale);
            case NOT_OBJECT -> LocalizedText.of("请求体须为 JSON 对象", "The body must be a JSON object").in(locale);
            case UNKNOWN -> LocalizedText.of("没有“" + name + "”这一项（未予忽略）；可用的字段：" + JsonInput.knownFields(args),
                    "Unknown field " + name + " (not ignored); it takes: " + JsonInput.knownFields(args)).in(locale);
            case NOT_TEXT -> LocalizedText.of(name + "须为文字", name + " must be text").in(locale);
            case NOT_DATE -> LocalizedText.of(name + "须为日期，如 2026-03-01", name + " must be a date like 2026-03-01").in(locale);
            case NOT_CHOICE -> LocalizedText.of(name + "不能为“" + args[0] + "”", name + " cannot be " + args[0]).in(locale);
            case NOT_LIST -> LocalizedText.of(name + "须为列表", name + " must be a list").in(locale);
            case NOT_CHOICE_IN_LIST -> LocalizedText.of(name + "中不能有" + args[0], name + " cannot hold " + args[0]).in(locale);
            default -> throw new IllegalArgumentException("Protection reads no " + problem + " (" + name + ")");
        }).known(fields);
    }
}
