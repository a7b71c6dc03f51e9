package org.xinfang.web.interfaces.rest.reception;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.port.Spreadsheets;
import org.xinfang.core.application.export.ListExports;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.Exported;

/** The 包案 of the caller's units as one ledger (each case's own is under {@code cases/{id}/ownership}). */
@Path("ownerships")
@RequestScoped
@Tag(name = "ownership", description = "领导包案 / Leaders' ownership of cases")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class OwnershipsResource {

    @Inject
    ApiCaller apiCaller;

    @Inject
    ListExports exports;

    @GET
    @Path("export")
    @Produces(Spreadsheets.XLSX)
    @Operation(operationId = "exportOwnerships", summary = "导出包案台账（Excel）/ Export the ownerships (Excel)",
            description = "本人单位及下级单位事项的包案：四定、四包完成情况、专班、方案。 / The ownerships of cases in the caller's units: the four fixes, the duties done, group and plan.")
    @APIResponse(responseCode = "200", description = "Excel 工作簿 / The workbook",
            content = @Content(mediaType = Spreadsheets.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export() {
        return Exported.xlsx(exports.ownerships(apiCaller.get()), exports.fileName("ownerships"));
    }
}
