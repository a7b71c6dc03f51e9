package org.xinfang.web.interfaces.rest.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.xinfang.core.application.access.Accounts;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.domain.model.user.AppUser;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.JsonBody;
import org.xinfang.web.interfaces.rest.errors.ApiError;

/** The administrator's accounts: people, their roles per unit, disabling, password resets. */
@Path("admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "users", description = "用户账号（管理员）/ User accounts (administrator)")
@APIResponse(responseCode = "401", description = "未登录 / Not signed in")
@APIResponse(responseCode = "403", description = "非管理员 / Not an administrator",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class AdminUserResource {

    private static final String BAD = "输入有误，逐字段说明 / Invalid input, field by field";

    @Inject
    ApiCaller apiCaller;

    @Inject
    Accounts accounts;

    @Inject
    PluginRegistry plugins;

    @Schema(name = "Account")
    public record AccountView(@Schema(example = "cy.clerk") String username, @Schema(example = "朝阳区登记员") String displayName,
                              String email, boolean enabled,
                              @Schema(description = "须在下次登录时修改密码 / Must change the password at the next sign-in") boolean mustChangePassword,
                              LocalDateTime createdAt, LocalDateTime passwordChangedAt, List<RoleView> roles) {
    }

    @Schema(name = "AccountRole")
    public record RoleView(@Schema(example = "CLERK") String role, @Schema(example = "登记员") String roleLabel, long unitId,
                           @Schema(example = "青州市朝阳区信访局") String unitName) {
    }

    @Schema(name = "NewAccount")
    public record NewAccountRequest(@Schema(example = "cy.clerk2", pattern = "^[a-z0-9][a-z0-9._-]{2,63}$") String username,
                                    @Schema(example = "王登记") String displayName, String email,
                                    @Schema(description = "首次密码，用户登录后须修改 / A first password, to be changed at sign-in") String password,
                                    long unitId, @Schema(example = "CLERK") String role) {
    }

    @Schema(name = "RoleGrant")
    public record RoleRequest(long unitId, @Schema(example = "HANDLER") String role) {
    }

    @Schema(name = "AccountState")
    public record StateRequest(boolean enabled) {
    }

    @Schema(name = "PasswordReset")
    public record ResetRequest(@Schema(description = "临时密码，用户登录后须修改 / A temporary password, to be changed at sign-in") String password) {
    }

    @GET
    @Operation(operationId = "listAccounts", summary = "全部用户账号 / Every account", description = "按用户名排序，含各单位所任角色。 / By user name, with the roles held per unit.")
    @APIResponse(responseCode = "200", description = "账号 / The accounts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AccountView.class)))
    public List<AccountView> all() {
        Caller caller = apiCaller.get();
        return accounts.all(caller).stream().map(u -> view(u, caller)).toList();
    }

    @GET
    @Path("{username}")
    @Operation(operationId = "getAccount", summary = "一个用户账号 / One account")
    @APIResponse(responseCode = "200", description = "账号 / The account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "404", description = "没有该账号 / No such account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public AccountView one(@Parameter(description = "用户名 / User name") @PathParam("username") String username) {
        Caller caller = apiCaller.get();
        return view(accounts.one(caller, username), caller);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAccount", summary = "新建用户账号 / Create an account",
            description = "连同在一个单位的第一个角色；首次密码须在用户登录时修改。 / With a first role in one unit; the first password must be"
                    + " changed at sign-in.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewAccountRequest.class)))
    @APIResponse(responseCode = "201", description = "已新建 / Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "400", description = BAD, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response create(String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        Accounts.NewAccount input = new Accounts.NewAccount(json.text("username"), json.text("displayName"), json.text("email"),
                json.text("password"), json.whole("unitId"), json.text("role"));
        json.refuseIfProblems();
        return Response.status(Response.Status.CREATED).entity(view(accounts.create(caller, input), caller)).build();
    }

    @POST
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "grantRole", summary = "授予角色 / Give a role", description = "在一个单位（及其下级）担任的角色。 / A role in one unit (and so over its subtree).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoleRequest.class)))
    @APIResponse(responseCode = "200", description = "账号 / The account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "400", description = BAD, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "没有该账号 / No such account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public AccountView grant(@Parameter(description = "用户名 / User name") @PathParam("username") String username, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        Long unitId = json.whole("unitId");
        String role = json.text("role");
        json.refuseIfProblems();
        return view(accounts.grant(caller, username, unitId, role), caller);
    }

    @DELETE
    @Path("{username}/roles")
    @Operation(operationId = "revokeRole", summary = "撤销角色 / Take a role away", description = "管理员不能撤销自己的管理员角色。 / An administrator cannot take"
            + " their own administration away.")
    @APIResponse(responseCode = "200", description = "账号 / The account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "400", description = BAD, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "没有该账号，或未担任该角色 / No such account, or the role is not held there",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public AccountView revoke(@Parameter(description = "用户名 / User name") @PathParam("username") String username,
                              @Parameter(description = "单位 / Unit", required = true) @QueryParam("unitId") Long unitId,
                              @Parameter(description = "角色 / Role", required = true) @QueryParam("role") String role) {
        Caller caller = apiCaller.get();
        return view(accounts.revoke(caller, username, unitId, role), caller);
    }

    @PUT
    @Path("{username}/state")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setAccountEnabled", summary = "停用或启用账号 / Disable or enable an account",
            description = "停用后不能登录，其接口令牌失效；不能停用自己。 / A disabled account cannot sign in and its tokens stop working;"
                    + " you cannot disable yourself.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StateRequest.class)))
    @APIResponse(responseCode = "200", description = "账号 / The account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "400", description = BAD, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "没有该账号 / No such account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public AccountView state(@Parameter(description = "用户名 / User name") @PathParam("username") String username, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        Boolean enabled = json.flag("enabled");
        if (enabled == null && !json.hasProblemWith("enabled")) {
            json.required("enabled");
        }
        json.refuseIfProblems();
        return view(accounts.setEnabled(caller, username, enabled), caller);
    }

    @PUT
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resetPassword", summary = "重置密码 / Reset a password",
            description = "设置临时密码，用户下次登录时须修改。 / Sets a temporary password, which the user must change at the next sign-in.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResetRequest.class)))
    @APIResponse(responseCode = "200", description = "账号 / The account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "400", description = BAD, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "没有该账号 / No such account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public AccountView reset(@Parameter(description = "用户名 / User name") @PathParam("username") String username, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        String password = json.text("password");
        json.refuseIfProblems();
        return view(accounts.resetPassword(caller, username, password), caller);
    }

    private AccountView view(AppUser u, Caller caller) {
        return new AccountView(u.getUsername(), u.getDisplayName(), u.getEmail(), u.isEnabled(), u.isMustChangePassword(), u.getCreatedAt(),
                u.getPasswordChangedAt(), u.getRoles().stream()
                        .map(r -> new RoleView(r.getRoleName(), plugins.roleLabel(r.getRoleName(), caller.locale()), r.getUnit().getId(), r.getUnit().getName()))
                        .toList());
    }
}
