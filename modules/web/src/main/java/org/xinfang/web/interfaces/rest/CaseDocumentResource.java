package org.xinfang.web.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.xinfang.core.application.AttachmentCheck;
import org.xinfang.core.application.Attachments;
import org.xinfang.core.application.CaseDocuments;
import org.xinfang.core.application.Caller;
import org.xinfang.core.application.InvalidInputException;
import org.xinfang.core.domain.model.document.CaseDocument;
import org.xinfang.web.interfaces.Downloads;

/**
 * The documents kept with a case: the notices the procedure issued and the attachments people added.
 * Listed and downloaded only through a case the caller sees (else 404, as for a missing case); an
 * attachment is judged on its bytes by {@link Attachments}.
 */
@Path("cases/{id}")
@RequestScoped
@Tag(name = "documents", description = "文书与附件：上传扫描件、列出、下载 / Notices and attachments: upload scans, list, download")
@APIResponse(responseCode = "401", description = "未登录 / Not signed in (HTTP Basic)")
@APIResponse(responseCode = "404", description = "事项或文件不存在或无权查看（答复相同）/ No such case or document, or not visible (same answer)",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class CaseDocumentResource {

    /** The multipart form of an upload, for the OpenAPI document only. */
    @Schema(name = "AttachmentUpload")
    public record AttachmentUpload(
            @Schema(type = SchemaType.STRING, format = "binary", required = true,
                    description = "扫描件：PDF、JPEG、PNG、TIFF、GIF 或 BMP，按内容判定；文件名的扩展名须与内容相符"
                            + " / The scan: PDF, JPEG, PNG, TIFF, GIF or BMP, judged by content; the file name's extension must match") String file,
            @Schema(maxLength = AttachmentCheck.MAX_TITLE, description = "标题，默认为文件名 / Title; the file name when left out",
                    example = "来信原件") String title) {
    }

    @Inject
    ApiCaller apiCaller;

    @Inject
    Attachments attachments;

    @Inject
    CaseDocuments documents;

    @Context
    UriInfo uriInfo;

    @POST
    @Path("attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "上传附件（来信、证据的扫描件）/ Add an attachment (scan of a letter or evidence)",
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
        CaseDocument stored = attachments.add(caller, id, file.get().getFileName().orElse(null), title, content);
        URI location = documentUri(id, stored.getId());
        return Response.created(location).type(MediaType.APPLICATION_JSON_TYPE).entity(DocumentView.of(stored, location.getPath())).build();
    }

    @GET
    @Path("documents")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "事项的文书与附件 / The documents of a case",
            description = "通知书（含文号）与附件，按保存先后；每项附 SHA-256 与下载地址。"
                    + " / Notices (with their numbers) and attachments, oldest first, each with its SHA-256 and download URL.")
    @APIResponse(responseCode = "200", description = "文件列表 / The documents",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = DocumentView.class)))
    public List<DocumentView> list(@Parameter(description = "事项编号 / Case id") @PathParam("id") long id) {
        return documents.list(apiCaller.get(), id).stream().map(d -> DocumentView.of(d, href(id, d.getId()))).toList();
    }

    @GET
    @Path("documents/{docId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "下载文书或附件 / Download a document",
            description = "原样返回保存的字节，Content-Type 为按内容判定的类型，Content-Disposition 带中文文件名（RFC 6266 filename*）。"
                    + " / The stored bytes as they are, with the type judged at upload and the Chinese file name (RFC 6266 filename*).")
    @APIResponse(responseCode = "200", description = "文件内容 / The bytes",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@Parameter(description = "事项编号 / Case id") @PathParam("id") long id,
                             @Parameter(description = "文件编号 / Document id") @PathParam("docId") long docId) {
        CaseDocuments.StoredFile file = documents.read(apiCaller.get(), id, docId);
        Response.ResponseBuilder answer = Response.ok(file.content(), file.document().getContentType());
        Downloads.headers(file.document().getFileName(), file.content().length).forEach(answer::header);
        return answer.build();
    }

    private String href(long caseId, long documentId) {
        return documentUri(caseId, documentId).getPath();
    }

    private URI documentUri(long caseId, long documentId) {
        return uriInfo.getBaseUriBuilder().path("cases").path(String.valueOf(caseId)).path("documents")
                .path(String.valueOf(documentId)).build();
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
