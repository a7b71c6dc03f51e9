package org.xinfang.plugins.personnel.analysis;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.port.Callers;
import org.xinfang.plugins.personnel.kernel.JsonBodies;

/**
 * {@code /api/v1/personnel/units/{unitId}/quarters/{quarter}}: a personnel bureau's quarterly analysis —
 * the figures (JSON), the bureau's notes, the PDF, and issuing it. {@code quarter} is written
 * {@code 2025-Q3}.
 */
@Path("personnel/units/{unitId}/quarters/{quarter}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "personnel-quarterly-analysis", description = "人事局：季度信访分析 / Personnel bureau: quarterly analysis")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired")
@APIResponse(responseCode = "400", description = "季度格式有误、超出范围或尚未开始 / The quarter is malformed, out of range or not begun")
@APIResponse(responseCode = "404", description = "不是人事局或不在调用者的管辖范围内 / Not a personnel bureau the caller sees")
public class QuarterlyAnalysisResource {

    @Inject
    Callers callers;

    @Inject
    QuarterlyAnalysis analyses;

    @GET
    @Operation(operationId = "personnelQuarter", summary = "季度数字和分析意见 / The quarter's figures and notes",
            description = "数字由事项的登记、办理步骤和文书统计；口径见工作指引。 / Counted from the matters' registration, steps and notices.")
    @APIResponse(responseCode = "200", description = "季度分析 / The analysis")
    public QuarterlyAnalysis.Analysis get(@PathParam("unitId") long unitId, @PathParam("quarter") String quarter) {
        return analyses.of(callers.current(), unitId, quarter);
    }

    @PUT
    @Path("notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "writePersonnelQuarterNotes", summary = "保存本局分析意见 / Save the bureau's notes",
            description = "请求体 {\"notes\": \"…\"}，最多2000字；空则清除。印发后不能修改。 / At most 2,000 characters; closed once issued.")
    @APIResponse(responseCode = "200", description = "已保存 / Saved")
    @APIResponse(responseCode = "403", description = "不是本局信访登记、局长或分管副局长 / Not the bureau's clerk, head or deputy")
    @APIResponse(responseCode = "409", description = "已印发 / Already issued")
    public QuarterlyAnalysis.Analysis notes(@PathParam("unitId") long unitId, @PathParam("quarter") String quarter, String body) {
        return analyses.writeNotes(callers.current(), unitId, quarter, JsonBodies.text(body, "notes"));
    }

    @POST
    @Path("issue")
    @Operation(operationId = "issuePersonnelQuarter", summary = "局长审定印发 / The head issues the analysis")
    @APIResponse(responseCode = "200", description = "已印发，带文号 / Issued, with its number")
    @APIResponse(responseCode = "403", description = "不是局长 / Not the head")
    @APIResponse(responseCode = "409", description = "季度未结束或已印发 / The quarter is not over, or it was issued")
    public QuarterlyAnalysis.Analysis issue(@PathParam("unitId") long unitId, @PathParam("quarter") String quarter) {
        return analyses.issue(callers.current(), unitId, quarter);
    }

    @GET
    @Path("report.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "personnelQuarterPdf", summary = "季度分析 PDF / The analysis as PDF",
            description = "已印发的为印发件，否则为按当前数字生成的草稿。 / As issued, or a draft of today's figures.")
    @APIResponse(responseCode = "200", description = "PDF")
    public Response pdf(@PathParam("unitId") long unitId, @PathParam("quarter") String quarter) {
        byte[] pdf = analyses.pdf(callers.current(), unitId, quarter);
        String name = URLEncoder.encode("季度信访分析-" + quarter + ".pdf", StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename*=UTF-8''" + name).build();
    }
}
