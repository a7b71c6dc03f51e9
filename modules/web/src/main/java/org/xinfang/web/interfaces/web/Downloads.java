package org.xinfang.web.interfaces.web;

import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.xinfang.api.port.Spreadsheets;

/** A workbook or a PDF as a page's download (p:fileDownload). */
public final class Downloads {

    private Downloads() {
    }

    public static StreamedContent xlsx(byte[] workbook, String fileName) {
        return of(workbook, Spreadsheets.XLSX, fileName);
    }

    public static StreamedContent pdf(byte[] pdf, String fileName) {
        return of(pdf, "application/pdf", fileName);
    }

    private static StreamedContent of(byte[] content, String contentType, String fileName) {
        return DefaultStreamedContent.builder().name(fileName).contentType(contentType).contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content)).build();
    }
}
