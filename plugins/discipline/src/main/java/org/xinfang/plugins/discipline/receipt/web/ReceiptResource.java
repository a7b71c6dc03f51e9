package org.xinfang.plugins.discipline.receipt.web;

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
import org.xinfang.plugins.discipline.receipt.Receipts;
import org.xinfang.plugins.discipline.receipt.ReporterMessage;

/**
 * The committee's side of an anonymous report's receipt: give the code (once: this answer is the only
 * place it is ever shown), read what passed through it, answer the reporter in writing.
 */
@Path("discipline/cases/{caseId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "discipline-receipts", description = "纪委监委：匿名举报回执码 / Discipline committee: anonymous reports' receipt codes")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class ReceiptResource {

    /** The public page where the reporter uses the code (under the application's context root). */
    public static final String PUBLIC_PAGE = "/public/plugins/discipline/receipt.xhtml";

    public record IssuedView(long caseId, String caseNumber,
                             @Schema(description = "回执码，仅此一次显示 / The code, shown this once only") String code,
                             @Schema(implementation = String.class, description = "法定时区的本地时间，不带偏移 / Local time of the statutory zone, without offset", example = "2026-03-01T09:30:00") LocalDateTime issuedAt, String publicPage) {
    }

    public record MessageView(@Schema(enumeration = {"ANSWER", "EVIDENCE"}, description = "ANSWER 答复举报人；EVIDENCE 举报人补充的材料 / ANSWER to the reporter; EVIDENCE from the reporter")
                              String kind, String text, Long documentId, String label,
                              @Schema(implementation = String.class, description = "法定时区的本地时间，不带偏移 / Local time of the statutory zone, without offset", example = "2026-03-01T09:30:00") LocalDateTime at, String by) {
    }

    public record ReceiptView(boolean anonymous, boolean issued, @Schema(implementation = String.class, description = "法定时区的本地时间，不带偏移 / Local time of the statutory zone, without offset", example = "2026-03-01T09:30:00") LocalDateTime issuedAt, boolean mayIssue, boolean mayAnswer,
                              List<MessageView> messages) {
    }

    /** The answer's body, as the OpenAPI document shows it. */
    @Schema(name = "ReporterAnswerRequest", description = "给举报人的书面答复 / The written answer to the reporter")
    public record AnswerBody(@Schema(required = true, maxLength = ReporterMessage.MAX_TEXT) String text) {
    }

    @Inject
    Callers callers;

    @Inject
    Receipts receipts;

    @POST
    @Path("receipt")
    @Operation(operationId = "issueReceiptCode", summary = "发放匿名举报回执码 / Give an anonymous report its receipt code",
            description = "举报所在单位（或上级）的登记员为纪委监委的匿名举报发放回执码；回执码只在本答复中出现一次，举报人凭码在公开页面查看答复、补充材料。"
                    + "每件举报只发放一次。 / A clerk of the report's unit or above gives an anonymous discipline report its code; the code"
                    + " appears in this answer only, and the reporter uses it on the public page to read answers and add evidence. Once per report.")
    @APIResponse(responseCode = "201", description = "已发放 / Given",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssuedView.class)))
    @APIResponse(responseCode = "403", description = "非该单位的登记员 / Not a clerk of the report's unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "事项不存在或无权查看 / No such case, or not visible",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "不是纪委监委的匿名举报，或已发放过 / Not an anonymous discipline report, or a code was given already",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Response issue(@Parameter(description = "事项编号 / Case id") @PathParam("caseId") long caseId) {
        Receipts.Issued issued = receipts.issue(callers.current(), caseId);
        return Response.status(Response.Status.CREATED)
                .entity(JsonFields.write(new IssuedView(issued.caseId(), issued.caseNumber(), issued.code(), issued.issuedAt(), PUBLIC_PAGE)))
                .build();
    }

    @GET
    @Path("receipt")
    @Operation(operationId = "getReceipt", summary = "举报的回执情况 / A report's receipt",
            description = "是否匿名、是否已发放回执码（从不含回执码本身）、本人可否发放或答复，以及双方往来（答复与补充材料）。能查看该事项者均可调用。"
                    + " / Whether anonymous, whether a code was given (never the code itself), whether the caller may give one or answer,"
                    + " and the messages both ways. For anyone who sees the case.")
    @APIResponse(responseCode = "200", description = "回执情况 / The receipt",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReceiptView.class)))
    @APIResponse(responseCode = "404", description = "事项不存在或无权查看 / No such case, or not visible",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public String read(@Parameter(description = "事项编号 / Case id") @PathParam("caseId") long caseId) {
        Receipts.StaffView view = receipts.staffView(callers.current(), caseId);
        return JsonFields.write(new ReceiptView(view.anonymous(), view.issued(), view.issuedAt(), view.mayIssue(), view.mayAnswer(),
                view.messages().stream().map(ReceiptResource::message).toList()));
    }

    @POST
    @Path("reporter-answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "answerReporter", summary = "书面答复举报人 / Answer the reporter in writing",
            description = "举报所在单位（或上级）的登记员、承办人、核查人员或领导；生成编号的答复文书存入事项，举报人凭回执码可读。须已发放回执码。"
                    + " / A clerk, handler, investigator or leader of the report's unit or above; issues a numbered answer with the case,"
                    + " which the reporter reads with the code. The report must have its code.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnswerBody.class)))
    @APIResponse(responseCode = "201", description = "已答复 / Answered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "400", description = "答复为空或过长；未保存 / The text empty or too long; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "无权答复 / May not answer this report",
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
