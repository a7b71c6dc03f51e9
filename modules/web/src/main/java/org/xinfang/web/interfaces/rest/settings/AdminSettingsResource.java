package org.xinfang.web.interfaces.rest.settings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.core.application.settings.SettingsCatalogue;
import org.xinfang.core.domain.model.setting.SettingDefinition;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.JsonBody;
import org.xinfang.web.interfaces.rest.errors.ApiError;

/** The administrator's settings: every statutory period and limit, its default, and the value in force. */
@Path("admin/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "settings", description = "设置（管理员）/ Settings (administrator)")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
@APIResponse(responseCode = "403", description = "非管理员 / Not an administrator",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class AdminSettingsResource {

    @Inject
    ApiCaller apiCaller;

    @Inject
    SettingsCatalogue catalogue;

    @Schema(name = "Setting")
    public record SettingView(@Schema(example = "clock.general.handling.days") String key,
                              @Schema(example = "一般信访程序") String group,
                              @Schema(example = "办理并出具处理意见 — 期限") String label,
                              LocalizedText labels,
                              @Schema(example = "日") String unit,
                              @Schema(example = "60") int defaultValue,
                              @Schema(example = "1") int min,
                              @Schema(example = "365") int max,
                              @Schema(description = "现行取值 / The value in force", example = "60") int value,
                              @Schema(description = "是否已改动 / Changed from the default") boolean changed,
                              LocalDateTime changedAt,
                              @Schema(example = "admin") String changedBy) {
    }

    @Schema(name = "SettingChange")
    public record SettingChange(@Schema(example = "45") int value) {
    }

    @GET
    @Operation(operationId = "listSettings", summary = "全部设置 / Every setting",
            description = "各程序的期限、可延期期限的最长延期，以及其他功能登记的设置；含法定默认值、允许范围与现行取值。"
                    + " / Every procedure's periods, the longest extension of extendable ones, and the settings other features register;"
                    + " with the statutory default, the allowed range and the value in force.")
    @APIResponse(responseCode = "200", description = "设置目录 / The catalogue",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = SettingView.class)))
    public List<SettingView> list() {
        Caller caller = apiCaller.get();
        return catalogue.entries(caller).stream().map(e -> view(e, caller.locale())).toList();
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeSetting", summary = "修改一项设置 / Change one setting",
            description = "取值须为允许范围内的整数；超出范围答复 400，字段为该设置的键。/ The value must be a whole number in range; otherwise 400 naming the key.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SettingChange.class)))
    @APIResponse(responseCode = "200", description = "已保存 / Saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SettingView.class)))
    @APIResponse(responseCode = "400", description = "无此设置或取值超出范围；未保存 / No such setting or out of range; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public SettingView change(@Parameter(description = "设置的键 / The setting's key", example = "clock.general.handling.days")
                              @PathParam("key") String key, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        Integer value = json.smallWhole("value");
        if (value == null && !json.hasProblemWith("value")) {
            json.required("value");
        }
        json.refuseIfProblems();
        return view(catalogue.change(caller, key, value), caller.locale());
    }

    private static SettingView view(SettingsCatalogue.Entry entry, Locale locale) {
        SettingDefinition d = entry.definition();
        return new SettingView(d.key(), d.group().in(locale), d.label().in(locale), d.label(), d.unit().in(locale),
                d.defaultValue(), d.min(), d.max(), entry.value(), entry.changed(),
                entry.changedAt(), entry.changedBy());
    }
}
