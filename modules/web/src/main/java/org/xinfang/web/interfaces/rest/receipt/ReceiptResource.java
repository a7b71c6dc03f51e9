package org.xinfang.web.interfaces.rest.receipt;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import java.time.LocalDateTime;
import java.util.List;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.Callers;
import org.xinfang.core.application.receipt.Receipts;
import org.xinfang.core.domain.model.receipt.ReporterMessage;

/**
 * The unit's side of an anonymous case's receipt (ADR 0019): give the code (once: this answer is the
 * only place it is ever shown), read what passed through it, answer the reporter in writing. For the
 * cases whose plugin offers receipts (an anonymous discipline report, an anonymous company hotline complaint).
 */
@Path("cases/{caseId}/receipt")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "receipts", description = "匿名回执码：匿名举报、匿名热线投诉 / Receipt codes of anonymous reports and hotline complaints")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class ReceiptResource {

    /** The public page where the reporter uses the code (under the application's context root). */
    public static final String PUBLIC_PAGE = "/public/receipt.xhtml";

    public record IssuedView(long caseId, String caseNumber,
                             @Schema(description = "回执码，仅此一次显示 / The code, shown this once only") String code,
                             @Schema(implementation = String.class, description = "法定时区的本地时间，不带偏移 / Local time of the statutory zone, without offset", example = "2026-03-01T09:30:00") LocalDateTime issuedAt, String publicPage) {
    }

    public record MessageView(@Schema(enumeration = {"ANSWER", "EVIDENCE"}, description = "ANSWER 答复反映人；EVIDENCE 反映人补充的材料 / ANSWER to the reporter; EVIDENCE from the reporter")
                              String kind, String text, Long documentId, String label,
                              @Schema(implementation = String.class, description = "法定时区的本地时间，不带偏移 / Local time of the statutory zone, without offset", example = "2026-03-01T09:30:00") LocalDateTime at, String by) {
    }

    public record ReceiptView(@Schema(description = "此事项可否发放回执码（匿名举报、匿名热线投诉）/ Whether the case gets a code (anonymous reports, anonymous hotline complaints)") boolean offered, boolean issued, @Schema(implementation = String.class, description = "法定时区的本地时间，不带偏移 / Local time of the statutory zone, without offset", example = "2026-03-01T09:30:00") LocalDateTime issuedAt, boolean mayIssue, boolean mayAnswer,
                              List<MessageView> messages) {
    }

    /** The answer's body, as the OpenAPI document shows it. */
    @Schema(name = "ReporterAnswerRequest", description = "给反映人的书面答复 / The written answer to the reporter")
    public record AnswerBody(@Schema(required = true, maxLength = ReporterMessage.MAX_TEXT) String text) {
    }

    @Inject
    Callers callers;

    @Inject
    Receipts receipts;

    @POST
    @Operation(operationId = "issueReceiptCode", summary = "发放匿名回执码 / Give an anonymous case its receipt code",
            description = "事项所在单位（或上级）的登记员为插件开启回执的匿名事项（纪委监委的匿名举报、企业的匿名热线投诉）发放回执码；回执码只在本答复中出现一次，"
                    + "反映人凭码在公开页面查看答复、补充材料。每件只发放一次。 / A clerk of the case's unit or above gives an anonymous case whose"
                    + " plugin offers receipts (a discipline commission's anonymous report, a company's anonymous hotline complaint) its code; the"
                    + " code appears in this answer only, and the reporter uses it on the public page to read answers and add material. Once per case.")
    @APIResponse(responseCode = "201", description = "已发放 / Given",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssuedView.class)))
    @APIResponse(responseCode = "403", description = "非该单位的登记员 / Not a clerk of the case's unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "事项不存在或无权查看 / No such case, or not visible",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "不是开启回执的匿名事项，或已发放过 / Not an anonymous case that gets a code, or a code was given already",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Response issue(@Parameter(description = "事项编号 / Case id") @PathParam("caseId") long caseId) {
        Receipts.Issued issued = receipts.issue(callers.current(), caseId);
        return Response.status(Response.Status.CREATED)
                .entity(JsonFields.write(new IssuedView(issued.caseId(), issued.caseNumber(), issued.code(), issued.issuedAt(), PUBLIC_PAGE)))
                .build();
    }

    @GET
    @Operation(operationId = "getReceipt", summary = "事项的回执情况 / A case's receipt",
            description = "可否发放、是否已发放回执码（从不含回执码本身）、本人可否发放或答复，以及双方往来（答复与补充材料）。能查看该事项者均可调用。"
                    + " / Whether the case gets a code, whether one was given (never the code itself), whether the caller may give one or answer,"
                    + " and the messages both ways. For anyone who sees the case.")
    @APIResponse(responseCode = "200", description = "回执情况 / The receipt",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReceiptView.class)))
    @APIResponse(responseCode = "404", description = "事项不存在或无权查看 / No such case, or not visible",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public String read(@Parameter(description = "事项编号 / Case id") @PathParam("caseId") long caseId) {
        Receipts.StaffView view = receipts.staffView(callers.current(), caseId);
        return JsonFields.write(new ReceiptView(view.offered(), view.issued(), view.issuedAt(), view.mayIssue(), view.mayAnswer(),
                view.messages().stream().map(ReceiptResource::message).toList()));
    }

    @POST
    @Path("answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "answerReporter", summary = "书面答复匿名反映人 / Answer the anonymous reporter in writing",
            description = "事项所在单位（或上级）的登记员、承办人或领导；生成编号的答复文书存入事项，反映人凭回执码可读。须已发放回执码。"
                    + " / A clerk, handler or leader of the case's unit or above; issues a numbered answer with the case,"
                    + " which the reporter reads with the code. The case must have its code.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnswerBody.class)))
    @APIResponse(responseCode = "201", description = "已答复 / Answered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "400", description = "答复为空或过长；未保存 / The text empty or too long; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "无权答复 / May not answer on this case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "事项不存在或无权查看 / No such case, or not visible",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "尚未发放回执码 / No code given yet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Response answer(@Parameter(description = "事项编号 / Case id") @PathParam("caseId") long caseId, String body) {
        Caller caller = callers.current();
        ReporterMessage answer = receipts.answer(caller, caseId, JsonFields.text(body, "text"));
        return Response.status(Response.Status.CREATED).entity(JsonFields.write(message(answer))).build();
    }

    private static MessageView message(ReporterMessage m) {
        return new MessageView(m.getKind().name(), m.getBody(), m.getDocumentId(), m.getDocumentLabel(), m.getCreatedAt(), m.getCreatedBy());
    }
}
