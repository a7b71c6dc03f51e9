package org.xinfang.web.interfaces.rest.documents;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.core.application.documents.CaseDocuments;
import org.xinfang.core.application.documents.CaseFiles;
import org.xinfang.web.interfaces.Downloads;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.errors.ApiError;

/**
 * The documents kept with a case: the notices the procedure issued and the attachments people added.
 * Listed and downloaded only through a case the caller sees (else 404, as for a missing case);
 * attachments are added by {@link AttachmentResource}.
 *
 * <p>Rooted at {@code cases/{id}/documents} rather than {@code cases/{id}}: a root resource that
 * matched {@code /cases/5} too would take that request from {@link CaseResource} and answer 404.
 */
@Path("cases/{id}/documents")
@RequestScoped
@Tag(name = "documents", description = "文书与附件：上传扫描件、列出、下载 / Notices and attachments: upload scans, list, download")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
@APIResponse(responseCode = "404", description = "事项或文件不存在或无权查看（答复相同）/ No such case or document, or not visible (same answer)",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class CaseDocumentResource {

    @Inject
    ApiCaller apiCaller;

    @Inject
    CaseDocuments documents;

    @Inject
    CaseFiles files;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("bundle")
    @Produces("application/zip")
    @Operation(operationId = "caseFileBundle", summary = "完整卷宗（ZIP）/ The complete case file (ZIP)",
            description = "卷宗目录、办理经过，及本人可打开的全部文书与附件；密封的身份材料只列入目录。"
                    + " / An index, the history and every notice and attachment the caller may open; sealed identifying material is only listed.")
    @APIResponse(responseCode = "200", description = "卷宗 / The file",
            content = @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response bundle(@Parameter(description = "事项编号 / Case id") @PathParam("id") long id) {
        CaseFiles.Bundle bundle = files.bundle(apiCaller.get(), id);
        return Response.ok(bundle.zip(), "application/zip")
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + java.net.URLEncoder.encode(bundle.fileName(),
                        java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listCaseDocuments", summary = "事项的文书与附件 / The documents of a case",
            description = "通知书（含文号）与附件，按保存先后；每项附 SHA-256 与下载地址。"
                    + " / Notices (with their numbers) and attachments, oldest first, each with its SHA-256 and download URL.")
    @APIResponse(responseCode = "200", description = "文件列表 / The documents",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = DocumentView.class)))
    public List<DocumentView> list(@Parameter(description = "事项编号 / Case id") @PathParam("id") long id) {
        return documents.shown(apiCaller.get(), id).stream().map(d -> DocumentView.of(d, href(id, d.document().getId()))).toList();
    }

    @GET
    @Path("{docId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadCaseDocument", summary = "下载文书或附件 / Download a document",
            description = "原样返回保存的字节，Content-Type 为按内容判定的类型，Content-Disposition 带中文文件名（RFC 6266 filename*）。"
                    + " / The stored bytes as they are, with the type judged at upload and the Chinese file name (RFC 6266 filename*).")
    @APIResponse(responseCode = "200", description = "文件内容 / The bytes",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "身份保管人下载身份材料未写理由 / The keeper gave no reason for an identifying attachment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "身份已密封的事项的身份材料，仅身份保管人可下载 / An identifying attachment of a sealed case:"
            + " its keeper only", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response download(@Parameter(description = "事项编号 / Case id") @PathParam("id") long id,
                             @Parameter(description = "文件编号 / Document id") @PathParam("docId") long docId,
                             @Parameter(description = "身份保管人下载身份材料时的理由，记入揭示记录 / The keeper's reason for opening an"
                                     + " identifying attachment, kept in the reveal log") @QueryParam("reason") String reason) {
        CaseDocuments.StoredFile file = documents.read(apiCaller.get(), id, docId, reason);
        Response.ResponseBuilder answer = Response.ok(file.content(), file.document().getContentType());
        Downloads.headers(file.fileName(), file.content().length).forEach(answer::header);
        return answer.build();
    }

    private String href(long caseId, long documentId) {
        return documentUri(uriInfo, caseId, documentId).getPath();
    }

    /** Where a document of a case downloads. */
    static URI documentUri(UriInfo uriInfo, long caseId, long documentId) {
        return uriInfo.getBaseUriBuilder().path("cases").path(String.valueOf(caseId)).path("documents")
                .path(String.valueOf(documentId)).build();
    }
}
