package org.xinfang.web.interfaces.rest.documents;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
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
import org.xinfang.core.application.documents.AttachmentCheck;
import org.xinfang.core.application.documents.Attachments;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.domain.model.document.CaseDocument;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.ApiMessages;
import org.xinfang.web.interfaces.rest.errors.ApiError;

/**
 * Adds a scan of a letter or a piece of evidence to a case; {@link Attachments} judges the bytes
 * and who may add them. Rooted apart from {@link CaseResource} for the reason given on
 * {@link CaseDocumentResource}.
 */
@Path("cases/{id}/attachments")
@RequestScoped
@Tag(name = "documents")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
@APIResponse(responseCode = "404", description = "事项不存在或无权查看（答复相同）/ No such case, or not visible (same answer)",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class AttachmentResource {

    /** The multipart form of an upload, for the OpenAPI document only. */
    @Schema(name = "AttachmentUpload")
    public record AttachmentUpload(
            @Schema(type = SchemaType.STRING, format = "binary", required = true,
                    description = "扫描件：PDF、JPEG、PNG、TIFF、GIF 或 BMP，按内容判定；文件名的扩展名须与内容相符"
                            + " / The scan: PDF, JPEG, PNG, TIFF, GIF or BMP, judged by content; the file name's extension must match") String file,
            @Schema(maxLength = AttachmentCheck.MAX_TITLE, description = "标题，默认为文件名 / Title; the file name when left out",
                    example = "来信原件") String title,
            @Schema(description = "true：身份材料（署名信、身份证复印件），身份密封的事项仅身份保管人可下载"
                    + " / true: it shows who brought the case; on a sealed case only the identity keeper may download it",
                    defaultValue = "false") String identifying) {
    }

    @Inject
    ApiCaller apiCaller;

    @Inject
    Attachments attachments;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addAttachment", summary = "上传附件（来信、证据的扫描件）/ Add an attachment (scan of a letter or evidence)",
            description = "类型按文件内容判定，不按文件名；大小上限由设置 attachments.maxMegabytes 决定（默认 20 MB）。保存后答复其 SHA-256。"
                    + " 须在该事项的单位担任登记、承办或领导角色。"
                    + " / The type is judged from the content, not the name; the size limit is the setting attachments.maxMegabytes"
                    + " (default 20 MB). The answer carries its SHA-256. Needs a clerk, handler or leader role over the case's unit.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = AttachmentUpload.class)))
    @APIResponse(responseCode = "201", description = "已保存 / Stored",
            headers = @Header(name = "Location", description = "下载地址 / Download URL", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", description = "空文件、扩展名与内容不符、标题过长等，逐项列出；未保存"
            + " / Empty file, extension not matching the content, title too long…, each field named; nothing stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "可查看但不承办该事项 / Sees the case but does not work on it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "413", description = "超过大小上限；未保存 / Over the size limit; nothing stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "415", description = "内容不是可接受的扫描件（说明实际类型）；未保存 / Not an accepted scan (says what it is); nothing stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response addAttachment(@Parameter(description = "事项编号 / Case id") @PathParam("id") long id, List<EntityPart> parts) {
        Caller caller = apiCaller.get();
        Optional<EntityPart> file = part(parts, AttachmentCheck.FILE);
        if (file.isEmpty()) {
            throw InvalidInputException.of(AttachmentCheck.FILE, ApiMessages.get(caller.locale(), "attachment.fileMissing"));
        }
        String title = part(parts, AttachmentCheck.TITLE).map(p -> new String(read(p, 64 * 1024), StandardCharsets.UTF_8)).orElse(null);
        // One byte over the limit is enough to refuse; the rest is never held in memory.
        byte[] content = read(file.get(), attachments.maxBytes() + 1);
        boolean identifying = part(parts, "identifying").map(p -> new String(read(p, 16), StandardCharsets.UTF_8).strip())
                .map(Boolean::parseBoolean).orElse(false);
        CaseDocument stored = attachments.add(caller, id, file.get().getFileName().orElse(null), title, content, identifying);
        URI location = CaseDocumentResource.documentUri(uriInfo, id, stored.getId());
        return Response.created(location).type(MediaType.APPLICATION_JSON_TYPE).entity(DocumentView.of(stored, location.getPath())).build();
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts == null ? Optional.empty() : parts.stream().filter(p -> name.equals(p.getName())).findFirst();
    }

    private static byte[] read(EntityPart part, long limit) {
        try (InputStream in = part.getContent()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
