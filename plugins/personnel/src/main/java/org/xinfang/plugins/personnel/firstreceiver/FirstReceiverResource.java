package org.xinfang.plugins.personnel.firstreceiver;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.port.Callers;
import org.xinfang.plugins.personnel.kernel.JsonBodies;

/**
 * {@code /api/v1/personnel/…}: a matter's first receiver (首问负责人), and the matters the caller first
 * received, wherever they are now.
 */
@Path("personnel")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "personnel-first-receiver", description = "人事局：首问负责 / Personnel bureau: first-asked responsibility")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired")
public class FirstReceiverResource {

    @Inject
    Callers callers;

    @Inject
    FirstReceivers firstReceivers;

    @GET
    @Path("cases/{caseId}/first-receiver")
    @Operation(operationId = "personnelFirstReceiver", summary = "读取首问负责人 / Read the first receiver")
    @APIResponse(responseCode = "200", description = "首问负责人 / The first receiver")
    @APIResponse(responseCode = "404", description = "不存在、无权查看或不是人事信访事项 / Not found, not visible, or not a personnel matter")
    public FirstReceivers.View get(@PathParam("caseId") long caseId) {
        return firstReceivers.of(callers.current(), caseId);
    }

    @PUT
    @Path("cases/{caseId}/first-receiver")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "namePersonnelFirstReceiver", summary = "指定首问负责人 / Name the first receiver",
            description = "请求体 {\"username\": \"…\"}：首先接待该事项的本局工作人员；仅在事项登记后、办理前，由登记人或信访登记、局长指定，不能为空。"
                    + " / The colleague of the bureau who first received the matter; only while it is registered, never empty.")
    @APIResponse(responseCode = "200", description = "已指定 / Named")
    @APIResponse(responseCode = "400", description = "为空或不是本局工作人员；未保存 / Empty or not of the bureau; nothing saved")
    @APIResponse(responseCode = "403", description = "无权指定 / Not the caller's to name")
    @APIResponse(responseCode = "404", description = "不存在或无权查看 / Not found or not visible")
    public FirstReceivers.View name(@PathParam("caseId") long caseId, String body) {
        return firstReceivers.name(callers.current(), caseId, JsonBodies.text(body, "username"));
    }

    @GET
    @Path("first-received")
    @Operation(operationId = "personnelFirstReceived", summary = "我首问的事项 / The matters I first received",
            description = "调用者首先接待的事项，包括已转交科室、下级或其他机关的，最新的在前。 / Wherever they are now, the latest first.")
    @APIResponse(responseCode = "200", description = "事项列表 / The matters")
    public List<FirstReceivers.Mine> mine() {
        return firstReceivers.mine(callers.current());
    }
}
