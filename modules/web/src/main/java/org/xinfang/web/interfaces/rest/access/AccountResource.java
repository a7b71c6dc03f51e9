package org.xinfang.web.interfaces.rest.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.access.Accounts;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.JsonBody;
import org.xinfang.web.interfaces.rest.errors.ApiError;

/** The caller's own password: the one change open to a user who must replace a first or reset password. */
@Path("me/password")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "me", description = "当前用户 / The signed-in user")
public class AccountResource {

    @Inject
    ApiCaller apiCaller;

    @Inject
    Accounts accounts;

    @Schema(name = "PasswordChange")
    public record PasswordChange(@Schema(description = "当前密码 / The current password") String currentPassword,
                                 @Schema(description = "新密码：至少 10 个字符，不含用户名，不是常见密码 / At least 10 characters, not containing"
                                         + " the user name, not a common password") String newPassword) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeOwnPassword", summary = "修改本人密码 / Change your password",
            description = "首次登录或密码被重置后，须先修改密码才能进行其他操作。 / After a first sign-in or a reset this is the only call"
                    + " open until the password is changed.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PasswordChange.class)))
    @APIResponse(responseCode = "204", description = "已修改 / Changed")
    @APIResponse(responseCode = "400", description = "当前密码不正确，或新密码不合要求 / Wrong current password, or the new one breaks the policy",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "未登录 / Not signed in")
    public Response change(String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        String current = json.text("currentPassword");
        String next = json.text("newPassword");
        json.refuseIfProblems();
        accounts.changeOwnPassword(caller, current, next);
        return Response.noContent().build();
    }
}
