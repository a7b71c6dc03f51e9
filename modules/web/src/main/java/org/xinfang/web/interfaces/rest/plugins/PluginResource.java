package org.xinfang.web.interfaces.rest.plugins;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.web.interfaces.rest.ApiCaller;

/** The agency plugins installed in this server, so a client knows which unit needs which form. */
@Path("plugins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "plugins", description = "已安装的机构类型插件 / Installed agency plugins")
public class PluginResource {

    @Inject
    ApiCaller apiCaller;

    @Inject
    PluginRegistry plugins;

    /** One installed plugin: its agency type (labels in both languages) and the roles it hands out. */
    @Schema(name = "Plugin")
    public record PluginView(@Schema(example = "court") String id, String version, AgencyTypeView agencyType, List<RoleView> roles) {
    }

    @Schema(name = "AgencyType")
    public record AgencyTypeView(@Schema(example = "court") String id,
                                 @Schema(description = "调用者语言的名称 / Label in the caller's language", example = "法院") String label,
                                 LocalizedText labels) {
    }

    @Schema(name = "Role")
    public record RoleView(@Schema(example = "COURT_RECEPTION") String name, String label, LocalizedText labels) {
    }

    @GET
    @Operation(operationId = "listPlugins", summary = "已安装的插件 / Installed plugins",
            description = "每个插件的编号、版本、机构类型名称与角色。/ Each plugin's id, version, agency type labels and roles.")
    @APIResponse(responseCode = "200", description = "插件列表 / The plugins",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = PluginView.class)))
    @APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
    public List<PluginView> list() {
        Locale locale = apiCaller.locale();
        return plugins.plugins().stream().map(p -> view(p, locale)).toList();
    }

    private static PluginView view(AgencyPlugin plugin, Locale locale) {
        LocalizedText label = plugin.agencyType().label();
        return new PluginView(plugin.id(), plugin.version(),
                new AgencyTypeView(plugin.agencyType().id(), label.in(locale), label),
                plugin.agencyType().roles().stream().map(r -> new RoleView(r.name(), r.label().in(locale), r.label())).toList());
    }
}
