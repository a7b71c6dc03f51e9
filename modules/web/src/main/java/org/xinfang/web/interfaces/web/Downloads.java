package org.xinfang.web.interfaces.web;

import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.xinfang.api.port.Spreadsheets;

/** A workbook as a page's download (p:fileDownload). */
public final class Downloads {

    private Downloads() {
    }

    public static StreamedContent xlsx(byte[] workbook, String fileName) {
        return DefaultStreamedContent.builder().name(fileName).contentType(Spreadsheets.XLSX).contentLength((long) workbook.length)
                .stream(() -> new ByteArrayInputStream(workbook)).build();
    }
}
