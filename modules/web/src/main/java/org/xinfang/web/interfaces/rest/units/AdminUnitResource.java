package org.xinfang.web.interfaces.rest.units;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import org.xinfang.api.model.UnitLevel;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.application.units.NewUnit;
import org.xinfang.core.application.units.UnitNames;
import org.xinfang.core.application.units.Units;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.JsonBody;
import org.xinfang.web.interfaces.rest.errors.ApiError;

/** The administrator's organisation tree: every unit, a new one, a renaming, a move with everything below. */
@Path("admin/units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "units", description = "组织单位（管理员）/ Organisation units (administrator)")
@APIResponse(responseCode = "401", description = "未登录 / Not signed in")
@APIResponse(responseCode = "403", description = "非管理员 / Not an administrator",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class AdminUnitResource {

    private static final String BAD = "输入有误，逐字段说明 / Invalid input, field by field";
    private static final String NOT_FOUND = "没有该单位 / No such unit";
    private static final String CONFLICT = "单位已被他人修改或移动，本次未保存 / Changed or moved by someone else since it was read; nothing saved";

    @Inject
    ApiCaller apiCaller;

    @Inject
    Units units;

    @Inject
    PluginRegistry plugins;

    @Schema(name = "Unit")
    public record UnitView(long id, @Schema(example = "qz-cy") String code, @Schema(example = "青州市朝阳区信访局") String name,
                           @Schema(example = "朝阳信访") String shortName, UnitLevel level, @Schema(example = "区县") String levelLabel,
                           @Schema(example = "general", description = "general 或已安装插件的编号 / general or an installed plugin's id") String agencyType,
                           @Schema(example = "信访部门") String agencyLabel,
                           @Schema(description = "印章文字；未设置时为单位名称 / The seal's text; the name when none is set") String sealText,
                           @Schema(description = "上级单位；顶层为空 / The parent; null for a root") Long parentId, String parentName,
                           @Schema(example = "/1/4/9/", description = "自根起的编号链 / The chain of ids from the root") String path,
                           @Schema(description = "层深，顶层为 0 / Depth in the tree, 0 for a root") int depth,
                           @Schema(description = "改名、移动时回传 / Send back to rename or move") long version) {
    }

    @Schema(name = "AgencyType")
    public record AgencyTypeView(@Schema(example = "discipline") String id, @Schema(example = "纪检监察") String label) {
    }

    @Schema(name = "NewUnit", description = "新建单位 / A unit to create")
    public record NewUnitRequest(@Schema(description = "上级单位；省略则为新的顶层单位 / The parent; a new root when left out") Long parentId,
                                 @Schema(required = true, example = "qz-jw-xc", pattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$",
                                         description = "唯一，建后不可改 / Unique, fixed once created") String code,
                                 @Schema(required = true, maxLength = OrgUnit.LONGEST_NAME, example = "新城镇纪委") String name,
                                 @Schema(required = true, maxLength = OrgUnit.LONGEST_SHORT_NAME, example = "新城纪委") String shortName,
                                 @Schema(required = true) UnitLevel level,
                                 @Schema(required = true, example = "discipline", description = "GET /admin/units/agency-types") String agencyType,
                                 @Schema(maxLength = OrgUnit.LONGEST_SEAL_TEXT) String sealText) {
    }

    @Schema(name = "UnitRenaming", description = "改名：全称、简称、印章文字 / New names: full, short, seal")
    public record RenameRequest(@Schema(required = true, description = "读取时的版本号 / The version read with the unit") Long version,
                                @Schema(required = true, maxLength = OrgUnit.LONGEST_NAME) String name,
                                @Schema(required = true, maxLength = OrgUnit.LONGEST_SHORT_NAME) String shortName,
                                @Schema(maxLength = OrgUnit.LONGEST_SEAL_TEXT, description = "留空则印章用单位名称 / Blank: the seal shows the name") String sealText) {
    }

    @Schema(name = "UnitMove", description = "连同全部下级单位移到新的上级之下 / Moves the unit, with everything below it, under a new parent")
    public record MoveRequest(@Schema(required = true, description = "读取时的版本号 / The version read with the unit") Long version,
                              @Schema(required = true, description = "新的上级单位；不能是本单位或其下级 / The new parent; neither the unit nor one below it")
                              Long parentId) {
    }

    @GET
    @Operation(operationId = "listUnits", summary = "全部单位 / Every unit",
            description = "按树序（上级在前），带层深，便于缩进显示。 / In tree order (parents first), with the depth for indenting.")
    @APIResponse(responseCode = "200", description = "单位 / The units",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = UnitView.class)))
    public List<UnitView> all() {
        Caller caller = apiCaller.get();
        return units.all(caller).stream().map(u -> view(u, caller)).toList();
    }

    @GET
    @Path("agency-types")
    @Operation(operationId = "listAgencyTypes", summary = "可选的机构类型 / The agency types a unit may have",
            description = "信访部门（general）和已安装的各插件。 / The petition bureaus' own (general) and each installed plugin's.")
    @APIResponse(responseCode = "200", description = "机构类型 / The agency types",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AgencyTypeView.class)))
    public List<AgencyTypeView> agencyTypes() {
        Caller caller = apiCaller.get();
        return units.agencyTypes(caller).stream().map(t -> new AgencyTypeView(t, plugins.agencyLabel(t, caller.locale()))).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getUnit", summary = "一个单位 / One unit")
    @APIResponse(responseCode = "200", description = "单位 / The unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public UnitView one(@Parameter(description = "单位编号 / Unit id") @PathParam("id") long id) {
        Caller caller = apiCaller.get();
        return view(units.one(caller, id), caller);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUnit", summary = "新建单位 / Create a unit",
            description = "在上级单位之下，或作为新的顶层单位；代码唯一。 / Under a parent, or as a new root; the code is unique.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewUnitRequest.class)))
    @APIResponse(responseCode = "201", description = "已新建 / Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "400", description = BAD, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response create(String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        NewUnit input = new NewUnit(json.whole("parentId"), json.text("code"), json.text("name"), json.text("shortName"),
                json.choice("level", UnitLevel.class), json.text("agencyType"), json.text("sealText"));
        json.refuseIfProblems();
        return Response.status(Response.Status.CREATED).entity(view(units.create(caller, input), caller)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "renameUnit", summary = "单位改名 / Rename a unit", description = "全称、简称、印章文字；代码不变。 / Full name, short name, seal text; the code stays.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RenameRequest.class)))
    @APIResponse(responseCode = "200", description = "单位 / The unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "400", description = BAD, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = CONFLICT, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public UnitView rename(@Parameter(description = "单位编号 / Unit id") @PathParam("id") long id, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        Long version = json.requiredWhole("version");
        UnitNames names = new UnitNames(json.text("name"), json.text("shortName"), json.text("sealText"));
        json.refuseIfProblems();
        return view(units.rename(caller, id, version, names), caller);
    }

    @POST
    @Path("{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moveUnit", summary = "移动单位 / Move a unit",
            description = "连同全部下级单位移到新的上级之下；各单位的案件随之可见于新的上级，不再可见于原上级。 / With everything below it, under a"
                    + " new parent: its cases become visible to the new parent's people and no longer to the old one's.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MoveRequest.class)))
    @APIResponse(responseCode = "200", description = "单位 / The unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "400", description = BAD, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = CONFLICT, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public UnitView move(@Parameter(description = "单位编号 / Unit id") @PathParam("id") long id, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        Long version = json.requiredWhole("version");
        Long parentId = json.whole("parentId");
        json.refuseIfProblems();
        return view(units.move(caller, id, version, parentId), caller);
    }

    private UnitView view(OrgUnit u, Caller caller) {
        OrgUnit parent = u.getParent();
        return new UnitView(u.getId(), u.getCode(), u.getName(), u.getShortName(), u.getLevel(), u.getLevel().label().in(caller.locale()),
                u.getAgencyType(), plugins.agencyLabel(u.getAgencyType(), caller.locale()), u.getSealText(),
                parent == null ? null : parent.getId(), parent == null ? null : parent.getName(), u.getPath(), u.getDepth(), u.getVersion());
    }
}
