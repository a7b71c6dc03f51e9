package org.xinfang.plugins.company.chain;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.plugin.JsonInput;
import org.xinfang.api.port.Callers;

/**
 * {@code /api/v1/company/cases/{caseId}/chain}: a company matter's chain of responsibility, read by
 * whoever sees the matter and changed by the company's desk and leaders. The body names the four
 * levels; a level left out or null is emptied.
 */
@Path("company/cases/{caseId}/chain")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "company-chain", description = "企业：事项的信访工作责任链 / Company: a matter's chain of responsibility")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class ChainResource {

    private static final Set<String> FIELDS = Set.of("firstResponsible", "directResponsible", "specificResponsible", "specificResponsibleSecond");

    @Inject
    Callers callers;

    @Inject
    ResponsibilityChains chains;

    @GET
    @Operation(operationId = "companyChain", summary = "读取责任链 / Read the chain of responsibility")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Chain.class)))
    @APIResponse(responseCode = "404", description = "不存在、无权查看或不是企业事项 / Not found, not visible, or not a company matter")
    public Chain get(@PathParam("caseId") long caseId) {
        return chains.of(callers.current(), caseId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeCompanyChain", summary = "修改责任链 / Change the chain of responsibility",
            description = "每项不超过50个字符；事项交车间后，第一责任人、直接责任人、具体责任人不能清空。未保存任何内容时答复 400/403/409。"
                    + " / Each name at most 50 characters; once the matter went down to a workshop the first three may not be emptied.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Chain.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Chain.class)))
    @APIResponse(responseCode = "400", description = "输入有误，逐项说明；未保存 / Invalid input, each field named; nothing saved")
    @APIResponse(responseCode = "403", description = "不是公司信访办或公司领导 / Not the company's desk or leaders")
    @APIResponse(responseCode = "409", description = "已交车间的事项不能清空责任链 / A matter sent down keeps a complete chain")
    public Chain change(@PathParam("caseId") long caseId, String body) {
        return chains.change(callers.current(), caseId, read(body));
    }

    /** The body, read by the plugins' one {@link JsonInput}: each field named when it is not a known one or not text. */
    private static Chain read(String body) {
        JsonInput json = JsonInput.parse(body, (problem, name, args) -> switch (problem) {
            case NOT_JSON -> "请求体不是有效的 JSON";
            case NOT_OBJECT -> "请求体须为 JSON 对象";
            case UNKNOWN -> "责任链中没有“" + name + "”这一项（未予忽略）；可用的字段：" + JsonInput.knownFields(args);
            case NOT_TEXT -> name + "须为文字";
            default -> throw new IllegalArgumentException("The chain reads no " + problem + " (" + name + ")");
        }).known(FIELDS);
        Chain chain = new Chain(json.text("firstResponsible"), json.text("directResponsible"), json.text("specificResponsible"),
                json.text("specificResponsibleSecond"));
        json.refuseIfProblems();
        return chain;
    }
}
