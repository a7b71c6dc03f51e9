package org.xinfang.web.interfaces.rest.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
import org.xinfang.api.model.PartyRole;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.identity.IdentityDisclosure.RevealEntry;
import org.xinfang.core.application.identity.IdentityDisclosure.Revealed;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.JsonBody;
import org.xinfang.web.interfaces.rest.errors.ApiError;

/**
 * A case's sealed identities: the keeper reveals them with a reason, and the leaders read who
 * revealed them, when and why ({@link RevealLogResource} for all cases at once). Both go through {@link IdentityDisclosure}, which refuses everyone
 * else and logs every reveal before it answers.
 */
@Path("cases/{id}/identity")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "identity", description = "密封身份：保管人揭示、领导查阅揭示记录 / Sealed identities: the keeper's reveal, the leaders' reveal log")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class IdentityResource {

    /** The body of a reveal, for the OpenAPI document. */
    @Schema(name = "IdentityRevealRequest")
    public record RevealRequest(@Schema(required = true, minLength = IdentityDisclosure.SHORTEST_REASON,
            maxLength = IdentityDisclosure.LONGEST_REASON, example = "需电话联系举报人核实线索") String reason) {
    }

    /** A revealed party: its pseudonym and, beside it, who it is. */
    @Schema(name = "RevealedParty")
    public record RevealedParty(PartyRole role, @Schema(example = "举报人A") String pseudonym, String name,
                                String idNumber, String phone, String address) {
    }

    /** What a reveal answers: the sealed parties in full and the number of the reveal log's entry. */
    @Schema(name = "IdentityReveal")
    public record RevealView(Long revealId, Long caseId, String caseNumber, List<RevealedParty> parties) {

        static RevealView of(Revealed revealed) {
            return new RevealView(revealed.revealId(), revealed.caseId(), revealed.caseNumber(), revealed.parties().stream()
                    .map(p -> new RevealedParty(p.role(), p.pseudonym(), p.name(), p.idNumber(), p.phone(), p.address())).toList());
        }
    }

    @Inject
    ApiCaller apiCaller;

    @Inject
    IdentityDisclosure disclosure;

    @POST
    @Path("reveal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "revealIdentity", summary = "揭示举报人身份 / Reveal a case's sealed identities",
            description = "仅限持有该事项的单位的举报人身份保管人员，须写明理由；每次揭示记入揭示记录和审计日志。"
                    + " / Only the identity keeper of the unit holding the case, with a stated reason; every reveal goes"
                    + " into the reveal log and the audit trail.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RevealRequest.class)))
    @APIResponse(responseCode = "200", description = "身份 / The identities",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevealView.class)))
    @APIResponse(responseCode = "400", description = "未写理由、理由过短或过长，或本事项无密封身份 / No reason, too short or long, or nothing sealed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "不是该单位的身份保管人员 / Not the keeper of the holding unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "不存在或无权查看 / No such case or not visible",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public RevealView reveal(@Parameter(description = "事项编号 / Case id") @PathParam("id") long id, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        String reason = json.text("reason");
        json.refuseIfProblems();
        return RevealView.of(disclosure.reveal(caller, id, reason));
    }

    @GET
    @Path("reveals")
    @Operation(operationId = "listCaseReveals", summary = "一个事项的身份揭示记录 / The reveal log of one case")
    @APIResponse(responseCode = "200", description = "揭示记录 / The reveals", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = RevealEntry.class)))
    @APIResponse(responseCode = "403", description = "不是此类机构的领导 / Not a leader of an agency that seals identities",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public List<RevealEntry> caseRevealLog(@Parameter(description = "事项编号 / Case id") @PathParam("id") long id) {
        return disclosure.revealLog(apiCaller.get(), id);
    }
}
