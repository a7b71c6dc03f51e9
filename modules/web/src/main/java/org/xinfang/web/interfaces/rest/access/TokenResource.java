package org.xinfang.web.interfaces.rest.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.access.ApiTokens;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.domain.model.access.ApiToken;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.ApiMessages;
import org.xinfang.web.interfaces.rest.JsonBody;
import org.xinfang.web.interfaces.rest.errors.ApiError;

/**
 * API tokens of the signed-in user. A client that makes many calls trades its password for a token
 * once and sends {@code Authorization: Bearer <token>} after that: each call is then checked by a
 * hash lookup instead of a bcrypt check (about 60 ms of CPU). Tokens expire and can be revoked.
 */
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tokens", description = "接口令牌 / API tokens")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class TokenResource {

    @Inject
    ApiCaller apiCaller;

    @Inject
    ApiTokens tokens;

    @Schema(name = "ApiToken")
    public record TokenView(long id, @Schema(example = "热线系统对接") String label, LocalDateTime createdAt,
                            LocalDateTime expiresAt, LocalDateTime lastUsedAt, LocalDateTime revokedAt) {
    }

    @Schema(name = "IssuedToken")
    public record IssuedView(@Schema(description = "令牌，仅此一次显示 / The token, shown this once only",
            example = "xft_Qm9vX2V4YW1wbGVfdG9rZW5fbm90X3JlYWxfX19fX18") String token, TokenView details) {
    }

    @Schema(name = "TokenRequest")
    public record TokenRequest(@Schema(description = "用途 / What it is for", example = "热线系统对接", maxLength = 100) String label,
                               @Schema(description = "有效天数，默认 30，最多 365 / Days valid, 30 by default, at most 365",
                                       example = "30", minimum = "1", maximum = "365") Integer days) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueToken", summary = "签发接口令牌 / Issue an API token",
            description = "须以用户名和密码（HTTP Basic）或浏览器会话登录；令牌只在此答复中出现一次，之后以 Authorization: Bearer <令牌> 调用。"
                    + " / Sign in with username and password (HTTP Basic) or a browser session; the token appears in this answer only."
                    + " Then call with Authorization: Bearer <token>.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenRequest.class)))
    @APIResponse(responseCode = "201", description = "已签发 / Issued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssuedView.class)))
    @APIResponse(responseCode = "400", description = "用途缺失或过长，天数越界 / Label missing or too long, days out of range",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "以令牌签发令牌 / A token cannot issue a token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response issue(String body) {
        Caller caller = apiCaller.get();
        if (apiCaller.byToken()) {
            throw new NotPermittedException(ApiMessages.get(caller.locale(), "error.token.needsPassword"));
        }
        JsonBody json = JsonBody.parse(body, caller.locale());
        String label = json.text("label");
        Integer days = json.smallWhole("days");
        json.refuseIfProblems();
        ApiTokens.Issued issued = tokens.issue(caller, label, days);
        return Response.status(Response.Status.CREATED).entity(new IssuedView(issued.token(), view(issued.record()))).build();
    }

    @GET
    @Operation(operationId = "listTokens", summary = "我的接口令牌 / My API tokens",
            description = "最新的在前；不含令牌本身。 / Newest first; never the token itself.")
    @APIResponse(responseCode = "200", description = "令牌 / The tokens",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = TokenView.class)))
    public List<TokenView> mine() {
        return tokens.mine(apiCaller.get()).stream().map(this::view).toList();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeToken", summary = "吊销接口令牌 / Revoke an API token",
            description = "此后带该令牌的调用一律 401。 / Calls carrying it are answered 401 from now on.")
    @APIResponse(responseCode = "200", description = "已吊销 / Revoked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenView.class)))
    @APIResponse(responseCode = "404", description = "不是本人的令牌 / Not a token of the caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public TokenView revoke(@Parameter(description = "令牌编号 / Token id") @PathParam("id") long id) {
        return view(tokens.revoke(apiCaller.get(), id));
    }

    private TokenView view(ApiToken t) {
        return new TokenView(t.getId(), t.getLabel(), t.getCreatedAt(), t.getExpiresAt(), t.getLastUsedAt(), t.getRevokedAt());
    }
}
