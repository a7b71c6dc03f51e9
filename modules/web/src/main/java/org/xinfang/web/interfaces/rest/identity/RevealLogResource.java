package org.xinfang.web.interfaces.rest.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.identity.IdentityDisclosure.RevealEntry;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.errors.ApiError;

/** The reveal log across the cases a leader's units hold: who revealed which sealed identity, when and why. */
@Path("identity/reveals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "identity")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class RevealLogResource {

    @Inject
    ApiCaller apiCaller;

    @Inject
    IdentityDisclosure disclosure;

    @GET
        @Operation(operationId = "listReveals", summary = "身份揭示记录 / The reveal log",
            description = "本人领导的单位及其下级（同一机构类型）的全部揭示，最新在前；理由中的身份信息以代称替换。"
                    + " / Every reveal in the units the caller leads and below them (same agency), newest first; identities"
                    + " in the reasons replaced by pseudonyms.")
    @APIResponse(responseCode = "200", description = "揭示记录 / The reveals", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = RevealEntry.class)))
    @APIResponse(responseCode = "403", description = "不是此类机构的领导 / Not a leader of an agency that seals identities",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public List<RevealEntry> revealLog() {
        return disclosure.revealLog(apiCaller.get(), null);
    }
}
