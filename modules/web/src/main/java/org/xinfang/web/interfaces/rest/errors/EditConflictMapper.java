package org.xinfang.web.interfaces.rest.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.xinfang.core.application.kernel.EditConflictException;

/** 409: someone saved first; the message says who and when, and that nothing of this change was saved. */
@Provider
public class EditConflictMapper implements ExceptionMapper<EditConflictException> {

    @Override
    public Response toResponse(EditConflictException e) {
        return ApiError.response(Response.Status.CONFLICT.getStatusCode(), "conflict", e.getMessage());
    }
}
