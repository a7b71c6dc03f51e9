package org.xinfang.web.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;

/** Who the API takes the caller to be: name and roles per unit, as every answer is scoped by them. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "me", description = "当前用户 / The signed-in user")
public class MeResource {

    @Inject
    ApiCaller apiCaller;

    @Inject
    OrgUnitRepository units;

    @Inject
    PluginRegistry plugins;

    @Inject
    HttpServletRequest request;


    @Schema(name = "Me")
    public record MeView(@Schema(example = "cy.clerk") String username, String displayName,
                         @Schema(description = "答复所用语言 / Language of the answers", example = "zh-CN") String locale,
                         List<GrantView> grants,
                         @Schema(description = "浏览器会话调用改变数据的接口时须在请求头 X-CSRF-Token 中带上此值；以密码或令牌调用时为空。"
                                 + " / With a browser session, send this in the X-CSRF-Token header on calls that change data; null with a password or token.")
                         String csrfToken,
                         @Schema(description = "须先修改密码（PUT /api/v1/me/password）才能进行其他调用 / The password must be changed"
                                 + " (PUT /api/v1/me/password) before any other call") boolean passwordChangeRequired) {
    }

    /** A role held in a unit, and so over the unit's subtree. */
    @Schema(name = "Grant")
    public record GrantView(@Schema(example = "CLERK") String role, @Schema(example = "登记员") String roleLabel,
                            Long unitId, @Schema(example = "青州市朝阳区信访局") String unitName,
                            @Schema(example = "general") String agencyType) {
    }

    @GET
    @Operation(operationId = "getMe", summary = "当前用户及其角色 / The caller and their roles",
            description = "用户名、姓名，以及在各单位所任角色。/ Username, display name and the role held in each unit.")
    @APIResponse(responseCode = "200", description = "当前用户 / The caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeView.class)))
    @APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
    public MeView me() {
        Caller caller = apiCaller.get();
        List<GrantView> grants = caller.grants().stream()
                .map(g -> new GrantView(g.role(), plugins.roleLabel(g.role(), caller.locale()), g.unitId(),
                        units.find(g.unitId()).map(OrgUnit::getName).orElse(""), g.agencyType()))
                .toList();
        String csrf = request.getHeader(HttpHeaders.AUTHORIZATION) == null ? SessionCsrf.of(request) : null;
        return new MeView(caller.username(), caller.displayName(), caller.locale().toLanguageTag(), grants, csrf,
                apiCaller.mustChangePassword());
    }
}
