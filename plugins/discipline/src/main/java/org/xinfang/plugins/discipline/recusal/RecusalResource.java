package org.xinfang.plugins.discipline.recusal;

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

    public record AssignmentJson(long id, String username, String displayName, String duty, String assignedBy, String assignedAt) {
        static AssignmentJson of(ReportAssignment a) {
            return new AssignmentJson(a.getId(), a.getUsername(), a.getDisplayName(), a.getDuty().name(), a.getAssignedBy(),
                    a.getAssignedAt().toString());
        }
    }

    public record DeclarationJson(long id, String personName, String username, String reason, String declaredBy, String declaredAt) {
        static DeclarationJson of(ConflictDeclaration d) {
            return new DeclarationJson(d.getId(), d.getPersonName(), d.getUsername(), d.getReason(), d.getDeclaredBy(),
                    d.getDeclaredAt().toString());
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
    public RecusalJson read(@PathParam("caseId") long caseId) {
        Caller caller = callers.current();
        return new RecusalJson(caseId, AccusedJson.of(recusals.accused(caller, caseId)),
                recusals.assignments(caller, caseId).stream().map(AssignmentJson::of).toList(),
                recusals.declarations(caller, caseId).stream().map(DeclarationJson::of).toList());
    }

    /** {@code {"unitId":7}}: the unit of the tree the accused belongs to. */
    @PUT
    @Path("accused-unit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccusedUnitBody.class)))
    public AccusedJson accusedUnit(@PathParam("caseId") long caseId, String body) {
        Caller caller = callers.current();
        Input in = Input.parse(body, caller.locale());
        Long unit = in.id("unitId", true);
        in.refuseIfProblems();
        return AccusedJson.of(recusals.recordAccusedUnit(caller, caseId, unit));
    }

    /** {@code {"username":"jw-cg.discipline_investigator","duty":"INVESTIGATOR"}}: refused with the ground when they must stand aside. */
    @POST
    @Path("assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignmentBody.class)))
    public Response assign(@PathParam("caseId") long caseId, String body) {
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
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConflictBody.class)))
    public Response declare(@PathParam("caseId") long caseId, String body) {
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
