package org.xinfang.web.interfaces.rest.supervision;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.supervision.Inbox;
import org.xinfang.web.interfaces.rest.ApiMessages;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.errors.ApiError;
import org.xinfang.web.interfaces.rest.supervision.SupervisionJson.InboxJson;
import org.xinfang.web.interfaces.rest.supervision.SupervisionJson.MessageJson;

/** The caller's own inbox: reminders, orders and report-backs. */
@Path("inbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "inbox", description = "站内消息 / The in-app inbox")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class InboxResource {

    @Inject
    ApiCaller apiCaller;

    @Inject
    Inbox inbox;

    @GET
    @Operation(operationId = "inbox", summary = "我的消息 / My messages", description = "最新在前，最多 100 条。 / Newest first, at most 100.")
    @APIResponse(responseCode = "200", description = "消息 / Messages",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InboxJson.class)))
    @APIResponse(responseCode = "400", description = "unread 须为 true 或 false / unread must be true or false",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public InboxJson list(@Parameter(description = "只看未读（true/false）/ Unread only", schema = @Schema(type = SchemaType.BOOLEAN))
                          @QueryParam("unread") String unread) {
        Caller caller = apiCaller.get();
        boolean unreadOnly = "true".equals(unread);
        if (unread != null && !unreadOnly && !"false".equals(unread)) {
            throw InvalidInputException.of("unread", ApiMessages.get(caller.locale(), "type.boolean", "unread"));
        }
        return new InboxJson(inbox.unread(caller), inbox.mine(caller, unreadOnly).stream().map(MessageJson::of).toList());
    }

    @POST
    @Path("{messageId}/read")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "readMessage", summary = "标为已读 / Mark read")
    @APIResponse(responseCode = "200", description = "已读 / Read",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageJson.class)))
    @APIResponse(responseCode = "403", description = "不是您的消息 / Not in your inbox",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public MessageJson read(@Parameter(description = "消息编号 / Message id") @PathParam("messageId") long messageId) {
        return MessageJson.of(inbox.read(apiCaller.get(), messageId));
    }
}
