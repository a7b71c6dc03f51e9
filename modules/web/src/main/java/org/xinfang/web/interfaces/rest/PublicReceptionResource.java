package org.xinfang.web.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.core.application.Reception;

/**
 * The published reception rota, open to everyone without sign-in ({@link ApiAuthentication} lets
 * exactly this path through): who receives, when, where and on what. Bookings and petitioners are
 * never part of it.
 */
@Path(PublicReceptionResource.PATH)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reception")
@SecurityRequirements
public class PublicReceptionResource {

    /** The one API path served without sign-in. */
    static final String PATH = "public/reception";

    @Inject
    Reception reception;

    @GET
    @Operation(summary = "公开的领导接访安排（无需登录）/ The published reception rota (no sign-in)",
            description = "今天起 weeks 周（默认 8，最多 26）；可按 unitId 筛选。/ From today for weeks weeks (default 8, at most 26); optionally one unit.")
    public List<Reception.PublicSession> rota(@QueryParam("unitId") Long unitId, @QueryParam("weeks") @DefaultValue("8") int weeks) {
        return reception.publicRota(unitId, weeks);
    }
}
