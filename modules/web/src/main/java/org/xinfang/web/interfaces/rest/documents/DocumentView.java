package org.xinfang.web.interfaces.rest.documents;

import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xinfang.api.model.NoticeKind;
import org.xinfang.core.application.documents.CaseDocuments;
import org.xinfang.core.domain.model.document.CaseDocument;
import org.xinfang.core.domain.model.document.DocumentKind;

/** A document kept with a case, without its bytes; {@code href} downloads them. */
@Schema(name = "CaseDocument", description = "事项的文书或附件 / A notice or attachment kept with a case")
public record DocumentView(
        Long id,
        @Schema(description = "NOTICE 通知书 | ATTACHMENT 附件") DocumentKind kind,
        @Schema(description = "通知书种类；附件为空 / Kind of notice; null for attachments") NoticeKind noticeKind,
        @Schema(description = "文号；附件为空 / The notice's number; null for attachments", example = "朝阳信访受〔2026〕3号") String number,
        @Schema(example = "来信原件") String title,
        @Schema(example = "来信原件.pdf") String fileName,
        @Schema(description = "按内容判定的类型 / Type as judged from the content", example = "application/pdf") String contentType,
        @Schema(description = "字节数 / Size in bytes", example = "48213") long size,
        @Schema(description = "内容的 SHA-256（十六进制）/ SHA-256 of the content, hex",
                example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        LocalDateTime createdAt,
        String createdBy,
        @Schema(description = "下载地址；身份材料仅身份保管人可下载，他人为空 / Where to download the bytes; null for an identifying"
                + " attachment of a sealed case unless the caller is its keeper", example = "/xinfang/api/v1/cases/12/documents/34") String href,
        @Schema(description = "上传时标记为身份材料（署名信、身份证复印件）/ Marked on upload as showing who brought the case") boolean identifying) {

    static DocumentView of(CaseDocument d, String href) {
        return new DocumentView(d.getId(), d.getKind(), d.getNoticeKind(), d.getNumber(), d.getTitle(), d.getFileName(),
                d.getContentType(), d.getSize(), d.getSha256(), d.getCreatedAt(), d.getCreatedBy(), href, d.isIdentifying());
    }

    /** A document as listed to one caller: title and name redacted, and no link when the caller may not open it. */
    static DocumentView of(CaseDocuments.ShownDocument shown, String href) {
        CaseDocument d = shown.document();
        return new DocumentView(d.getId(), d.getKind(), d.getNoticeKind(), d.getNumber(), shown.title(), shown.fileName(),
                d.getContentType(), d.getSize(), d.getSha256(), d.getCreatedAt(), d.getCreatedBy(), shown.openable() ? href : null,
                d.isIdentifying());
    }
}
