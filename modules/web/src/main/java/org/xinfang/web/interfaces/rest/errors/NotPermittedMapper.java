package org.xinfang.web.interfaces.rest.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.xinfang.core.application.kernel.NotPermittedException;

/** 403 with the core's message, already in the caller's language, saying what was refused. */
@Provider
public class NotPermittedMapper implements ExceptionMapper<NotPermittedException> {

    @Override
    public Response toResponse(NotPermittedException e) {
        return ApiError.response(Response.Status.FORBIDDEN.getStatusCode(), "forbidden", e.getMessage());
    }
}
