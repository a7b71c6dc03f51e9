package org.xinfang.web.interfaces.rest.receipt;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.core.application.receipt.Receipts;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.web.interfaces.rest.ApiMessages;
import org.xinfang.web.interfaces.rest.PublicLocale;

/**
 * The anonymous reporter's or complainant's API (ADR 0019), without sign-in, for every agency that offers receipts: with the receipt code, read the answers meant for
 * them, and add evidence. The code travels in the body, never in the address (addresses end up in
 * logs). A wrong code of any kind is 404 with one and the same message; an address that guessed too
 * often is 429 with Retry-After, before its code is even looked at.
 */
@Path(PublicReceiptResource.PATH)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "receipts")
@SecurityRequirements
public class PublicReceiptResource {

    /** What an evidence body may carry; anything else is refused, not ignored. */
    private static final List<String> EVIDENCE_FIELDS = List.of("code", "text", "fileName", "content");

    /** Open without sign-in (ApiAuthentication), POST only: the code travels in the body. */
    public static final String PATH = "public/receipts";
    public static final String ANSWERS = PATH + "/answers";
    public static final String EVIDENCE = PATH + "/evidence";

    /** The bodies, as the OpenAPI document shows them (the resource reads them leniently, field by field). */
    @Schema(name = "ReceiptCodeRequest", description = "回执码，放在请求体中 / The receipt code, in the body")
    public record CodeBody(@Schema(required = true) String code) {
    }

    @Schema(name = "ReceiptEvidenceRequest", description = "回执码、补充的文字，及可选的文件 / The code, the text added, and a file if any")
    public record EvidenceBody(@Schema(required = true) String code, @Schema(required = true, maxLength = 4000) String text,
                               @Schema(description = "文件名 / The file's name", example = "照片.jpg") String fileName,
                               @Schema(description = "文件内容，Base64 / The file, in Base64", contentEncoding = "base64") String content) {
    }


    @Inject
    Receipts receipts;

    @Inject
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @POST
    @Path("answers")
    @Operation(operationId = "readReceiptAnswers", summary = "凭回执码查看答复（无需登录）/ Read the answers with the receipt code (no sign-in)",
            description = "回执码在请求体中（不放在地址中，地址会进日志）；返回给反映人的答复、其补充的材料，以及能否继续补充。"
                    + "回执码有误（格式不对、不存在、事项早已办结）一律答复相同的 404；同一地址近期猜错过多时答复 429 并附 Retry-After。"
                    + " / The code goes in the body, never the address (addresses end up in logs). Answers the unit's answers, the evidence"
                    + " added, and whether more may be added. Any wrong code is the same 404; an address that guessed too often lately gets 429"
                    + " with Retry-After.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CodeBody.class)))
    @APIResponse(responseCode = "200", description = "答复与补充材料 / The answers and the evidence",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Receipts.PublicView.class)))
    @APIResponse(responseCode = "404", description = "回执码有误 / A wrong code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "429", description = "猜错过多，稍后再试（见 Retry-After）/ Too many wrong codes from this address; try again after Retry-After",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Response answers(String body) {
        JsonObject json = JsonFields.object(body);
        Locale locale = locale();
        return Response.ok(JsonFields.write(receipts.read(JsonFields.text(json, "code"), request.getRemoteAddr(), locale))).build();
    }

    @POST
    @Path("evidence")
    @Operation(operationId = "addReceiptEvidence", summary = "凭回执码补充材料（无需登录）/ Add evidence with the receipt code (no sign-in)",
            description = "text 必填；可附一个文件（content 为 Base64，及 fileName），经核心的附件检查（类型、大小）后存入事项。仅在事项办结前。"
                    + "回执码有误与猜错过多的答复同上。 / text required; a file may come along (content in Base64, and fileName), stored with the"
                    + " case after the core's checks (type, size). Only while the case is open. Wrong codes and guessing as above.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceBody.class)))
    @APIResponse(responseCode = "201", description = "已补充；反映人现可见的全部内容 / Added; all the reporter now sees",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Receipts.PublicView.class)))
    @APIResponse(responseCode = "400", description = "文字为空或过长、有未知的字段、content 不是 Base64、文件为空或扩展名与内容不符；未保存 / Text empty or too long, a field it does not take, content not Base64, an empty file or one not matching its extension; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "回执码有误 / A wrong code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "事项已办结，不再接收材料 / The case is closed and takes no more evidence",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "413", description = "文件超过大小上限；未保存 / The file over the size limit; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "415", description = "文件不是可接受的类型；未保存 / The file not of an accepted type; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "429", description = "猜错过多，稍后再试（见 Retry-After）/ Too many wrong codes from this address; try again after Retry-After",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Response evidence(String body) {
        JsonObject json = JsonFields.object(body);
        Locale locale = locale();
        // A misnamed field would lose the reporter's file without a word (201 with the text alone).
        List<String> unknown = json.keySet().stream().filter(field -> !EVIDENCE_FIELDS.contains(field)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of(unknown.get(0),
                    ApiMessages.get(locale, "body.unknownField", unknown.get(0), String.join(", ", EVIDENCE_FIELDS)));
        }
        String content = JsonFields.text(json, "content");
        Receipts.EvidenceFile file = content == null ? null : Receipts.EvidenceFile.fromBase64(JsonFields.text(json, "fileName"), content);
        return Response.status(Response.Status.CREATED)
                .entity(JsonFields.write(receipts.addEvidence(JsonFields.text(json, "code"), request.getRemoteAddr(), locale,
                        JsonFields.text(json, "text"), file))).build();
    }

    private Locale locale() {
        return PublicLocale.of(headers);
    }
}
