package org.xinfang.web.interfaces.rest.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.xinfang.core.application.ledgers.AlreadyRecordedException;

/**
 * 409 naming the field that says which period: the unit already reported for it (or recorded the
 * round), the first one stands and nothing of this one was saved. Closer than the 400 of its
 * superclass, so JAX-RS picks this mapper.
 */
@Provider
public class AlreadyRecordedMapper implements ExceptionMapper<AlreadyRecordedException> {

    @Override
    public Response toResponse(AlreadyRecordedException e) {
        return ApiError.response(Response.Status.CONFLICT, "conflict", e.problems().get(0).message(), e.problems());
    }
}
