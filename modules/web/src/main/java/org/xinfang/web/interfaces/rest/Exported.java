package org.xinfang.web.interfaces.rest;

import jakarta.ws.rs.core.Response;
import org.xinfang.api.port.Spreadsheets;

/** A workbook as the API's download, offered as a file. */
public final class Exported {

    private Exported() {
    }

    public static Response xlsx(byte[] workbook, String fileName) {
        return Response.ok(workbook, Spreadsheets.XLSX).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
