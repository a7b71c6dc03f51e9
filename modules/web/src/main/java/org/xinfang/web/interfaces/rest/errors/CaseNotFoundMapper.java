package org.xinfang.web.interfaces.rest.errors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.xinfang.core.application.cases.CaseNotFoundException;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.web.interfaces.rest.ApiCaller;

/**
 * 404, worded the same whether the case does not exist or lies outside the caller's units, so that
 * ids reveal nothing across units.
 */
@Provider
@ApplicationScoped
public class CaseNotFoundMapper implements ExceptionMapper<CaseNotFoundException> {

    @Inject
    ApiCaller caller;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(CaseNotFoundException e) {
        // The core's paths name the case {id}; plugins' paths (/court/cases/{caseId}/aid) {caseId}.
        String id = uriInfo.getPathParameters().getFirst("id");
        if (id == null) {
            id = uriInfo.getPathParameters().getFirst("caseId");
        }
        return ApiError.response(Response.Status.NOT_FOUND.getStatusCode(), "not_found",
                Messages.get(caller.locale(), "case.notFound", id == null ? "" : id));
    }
}
