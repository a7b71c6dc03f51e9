package org.xinfang.web.interfaces.rest;

import jakarta.ws.rs.core.Response;
import org.xinfang.api.port.Spreadsheets;

/** A workbook or a PDF as the API's download, offered as a file. */
public final class Exported {

    private Exported() {
    }

    public static Response xlsx(byte[] workbook, String fileName) {
        return attachment(workbook, Spreadsheets.XLSX, fileName);
    }

    public static Response pdf(byte[] pdf, String fileName) {
        return attachment(pdf, "application/pdf", fileName);
    }

    private static Response attachment(byte[] content, String contentType, String fileName) {
        return Response.ok(content, contentType).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
