package org.xinfang.web.interfaces.rest.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.xinfang.core.application.procedure.IllegalTransitionException;

/** 409: the procedure does not allow the step now (state, time limit, a second extension); nothing changed. */
@Provider
public class IllegalTransitionMapper implements ExceptionMapper<IllegalTransitionException> {

    @Override
    public Response toResponse(IllegalTransitionException e) {
        return ApiError.response(Response.Status.CONFLICT.getStatusCode(), "illegal_transition", e.getMessage());
    }
}
