package org.xinfang.web.interfaces.rest.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.xinfang.core.application.ledgers.DisputeNotFoundException;

/** 404 with the core's message: a dispute in another unit answers as one that does not exist. */
@Provider
public class DisputeNotFoundMapper implements ExceptionMapper<DisputeNotFoundException> {

    @Override
    public Response toResponse(DisputeNotFoundException e) {
        return ApiError.response(Response.Status.NOT_FOUND.getStatusCode(), "not_found", e.getMessage());
    }
}
