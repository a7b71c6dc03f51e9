package org.xinfang.plugins.discipline.recusal;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.Callers;
import org.xinfang.plugins.discipline.kernel.Input;

/**
 * {@code /api/v1/discipline/reports/{caseId}/…}: who the report is about, who handles and verifies it,
 * and the conflicts declared on it. Assigning someone who must stand aside is refused with the ground.
 */
@Path("discipline/reports/{caseId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "discipline-recusal", description = "纪委监委：被反映人、承办与核查人员、回避 / Discipline committee: the accused, who works on a report, recusal")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class RecusalResource {

    @Inject
    Callers callers;

    @Inject
    Recusals recusals;

    public record AccusedJson(String name, String unitText, Long unitId, String unitName) {
        static AccusedJson of(Accused a) {
            return new AccusedJson(a.name(), a.unitText(), a.unit() == null ? null : a.unit().id(), a.unit() == null ? null : a.unit().name());
        }
    }

    public record AssignmentJson(long id, String username, String displayName, @Schema(enumeration = {"HANDLER", "INVESTIGATOR"}) String duty, String assignedBy,
                                 LocalDateTime assignedAt) {
        static AssignmentJson of(ReportAssignment a) {
            return new AssignmentJson(a.getId(), a.getUsername(), a.getDisplayName(), a.getDuty().name(), a.getAssignedBy(), a.getAssignedAt());
        }
    }

    public record DeclarationJson(long id, String personName, String username, String reason, String declaredBy, LocalDateTime declaredAt) {
        static DeclarationJson of(ConflictDeclaration d) {
            return new DeclarationJson(d.getId(), d.getPersonName(), d.getUsername(), d.getReason(), d.getDeclaredBy(), d.getDeclaredAt());
        }
    }

    public record RecusalJson(long caseId, AccusedJson accused, List<AssignmentJson> assignments, List<DeclarationJson> declarations) {
    }

    /** The bodies, as the OpenAPI document shows them (the resource reads them field by field, to name a wrong one). */
    @Schema(name = "AccusedUnitRequest", description = "被反映人所在单位 / The unit of the tree the accused belongs to")
    public record AccusedUnitBody(@Schema(required = true) Long unitId) {
    }

    @Schema(name = "AssignmentRequest", description = "确定承办人或核查人员 / Put a user on the report")
    public record AssignmentBody(@Schema(required = true, maxLength = 100) String username,
                                 @Schema(required = true, enumeration = {"HANDLER", "INVESTIGATOR"}) String duty) {
    }

    @Schema(name = "ConflictRequest", description = "回避申报：用户名或姓名，及理由 / A declared conflict: a user name or a name, and why")
    public record ConflictBody(@Schema(maxLength = 100) String username, @Schema(maxLength = 50) String personName,
                               @Schema(required = true, maxLength = 500) String reason) {
    }

    @GET
    @Path("recusal")
    @Operation(operationId = "getRecusal", summary = "举报的被反映人、承办人员与回避申报 / Who a report is about, who works on it, the conflicts declared",
            description = "能查看该举报者均可：被反映人及其单位、承办人和核查人员、已申报的回避。"
                    + " / For anyone who sees the report: the accused and their unit, its handlers and investigators, the declared conflicts.")
    @APIResponse(responseCode = "200", description = "回避情况 / The recusal picture",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecusalJson.class)))
    @APIResponse(responseCode = "404", description = "事项不存在或无权查看 / No such case, or not visible",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public RecusalJson read(@Parameter(description = "事项编号 / Case id") @PathParam("caseId") long caseId) {
        Caller caller = callers.current();
        return new RecusalJson(caseId, AccusedJson.of(recusals.accused(caller, caseId)),
                recusals.assignments(caller, caseId).stream().map(AssignmentJson::of).toList(),
                recusals.declarations(caller, caseId).stream().map(DeclarationJson::of).toList());
    }

    /** {@code {"unitId":7}}: the unit of the tree the accused belongs to. */
    @PUT
    @Path("accused-unit")
    @Operation(operationId = "setAccusedUnit", summary = "记录被反映人所在单位 / Record the accused's unit",
            description = "举报所在单位（或上级）的登记员或领导，且本人无须回避；单位须在本人可见范围内。已在该举报上而须回避的人员随即撤下。"
                    + " / A clerk or leader of the report's unit or above who need not stand aside themselves; a unit they see."
                    + " Whoever on the report must now stand aside is taken off it.")
    @APIResponse(responseCode = "200", description = "已记录 / Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccusedJson.class)))
    @APIResponse(responseCode = "400", description = "缺少 unitId，或没有该单位或不在可见范围；未保存 / unitId missing, or no such unit or not visible; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "非登记员或领导，或本人须回避 / Not a clerk or leader, or the caller must stand aside",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "事项不存在或无权查看 / No such case, or not visible",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "关于单位主要负责人的举报仍在登记单位，须先报送上级 / A report about a unit's head still at the registering unit must go up first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccusedUnitBody.class)))
    public AccusedJson accusedUnit(@Parameter(description = "事项编号 / Case id") @PathParam("caseId") long caseId, String body) {
        Caller caller = callers.current();
        Input in = Input.parse(body, caller.locale());
        Long unit = in.id("unitId", true);
        in.refuseIfProblems();
        return AccusedJson.of(recusals.recordAccusedUnit(caller, caseId, unit));
    }

    /** {@code {"username":"jw-cg.discipline_investigator","duty":"INVESTIGATOR"}}: refused with the ground when they must stand aside. */
    @POST
    @Path("assignments")
    @Operation(operationId = "assignToReport", summary = "确定承办人或核查人员 / Put a user on a report",
            description = "举报所在单位（或上级）的领导决定；须回避者（被反映人单位的人员、申报了回避的人）被拒绝并说明理由，看不到该举报的用户亦被拒绝。"
                    + " / A leader of the report's unit or above decides. Someone who must stand aside is refused with the ground, and so is a"
                    + " user who could not open the report.")
    @APIResponse(responseCode = "201", description = "已确定 / Assigned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignmentJson.class)))
    @APIResponse(responseCode = "400", description = "输入有误、没有该用户、须回避（说明理由）、看不到该举报或已担任；未保存 / Bad input, no such user, must stand aside (the ground named), cannot see the report, or already on it; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "非领导 / Not a leader of the report's unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "事项不存在或无权查看 / No such case, or not visible",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "关于单位主要负责人的举报仍在登记单位，须先报送上级 / A report about a unit's head still at the registering unit must go up first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignmentBody.class)))
    public Response assign(@Parameter(description = "事项编号 / Case id") @PathParam("caseId") long caseId, String body) {
        Caller caller = callers.current();
        Input in = Input.parse(body, caller.locale());
        String username = in.text("username", 100, true);
        Duty duty = in.choice("duty", Duty.class, true);
        in.refuseIfProblems();
        return Response.status(Response.Status.CREATED).entity(AssignmentJson.of(recusals.assign(caller, caseId, username, duty))).build();
    }

    /** {@code {"username":"jw.handler","reason":"与被反映人系同学"}} or {@code {"personName":"郑华",…}} for someone without an account. */
    @POST
    @Path("conflicts")
    @Operation(operationId = "declareConflict", summary = "申报回避 / Declare a conflict",
            description = "举报所在单位（或上级）的登记员、核查人员或领导；写明用户名或姓名及理由。已在该举报上而须回避的人员随即撤下。"
                    + " / A clerk, investigator or leader of the report's unit or above; a user name or a name, and the reason."
                    + " Whoever on the report must now stand aside is taken off it.")
    @APIResponse(responseCode = "201", description = "已申报 / Declared",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationJson.class)))
    @APIResponse(responseCode = "400", description = "输入有误、没有该用户，或用户名与姓名都未填；未保存 / Bad input, no such user, or neither a user name nor a name; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "无权申报 / May not declare on this report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "事项不存在或无权查看 / No such case, or not visible",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConflictBody.class)))
    public Response declare(@Parameter(description = "事项编号 / Case id") @PathParam("caseId") long caseId, String body) {
        Caller caller = callers.current();
        Input in = Input.parse(body, caller.locale());
        String username = in.text("username", 100, false);
        String name = in.text("personName", 50, false);
        String reason = in.text("reason", 500, true);
        in.refuseIfProblems();
        return Response.status(Response.Status.CREATED)
                .entity(DeclarationJson.of(recusals.declare(caller, caseId, name, username, reason))).build();
    }
}
