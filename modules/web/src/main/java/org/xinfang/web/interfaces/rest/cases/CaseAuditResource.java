package org.xinfang.web.interfaces.rest.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.cases.CaseService;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.errors.ApiError;

/**
 * A case's audit trail, as its page shows it: only of a case the caller sees, and with the case's
 * sealed identities replaced by their pseudonyms in every detail.
 */
@Path("cases/{id}/audit")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cases")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class CaseAuditResource {

    /** One event of the trail. */
    @Schema(name = "AuditEntry")
    public record AuditEntry(LocalDateTime occurredAt, String actor, String action, String detail) {
    }

    @Inject
    ApiCaller apiCaller;

    @Inject
    CaseService cases;

    @Inject
    IdentityDisclosure disclosure;

    @GET
    @Operation(operationId = "getCaseAuditTrail", summary = "事项的审计记录 / A case's audit trail", description = "最早在前；密封身份以代称显示；查看举报人身份的记录仅对可阅揭示记录的领导显示。"
            + " / Oldest first; sealed identities shown by their pseudonyms; reveals only for the leaders who read the reveal log.")
    @APIResponse(responseCode = "200", description = "审计记录 / The trail", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntry.class)))
    @APIResponse(responseCode = "404", description = "不存在或无权查看 / No such case or not visible",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public List<AuditEntry> trail(@Parameter(description = "事项编号 / Case id") @PathParam("id") long id) {
        Caller caller = apiCaller.get();
        Case c = cases.get(caller, id).caseFile();
        return disclosure.trail(caller, c).stream()
                .map(e -> new AuditEntry(e.occurredAt(), e.actor(), e.action(), e.detail()))
                .toList();
    }
}
