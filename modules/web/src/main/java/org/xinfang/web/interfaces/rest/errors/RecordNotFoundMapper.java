package org.xinfang.web.interfaces.rest.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.xinfang.core.application.kernel.RecordNotFoundException;

/** 404 with the core's message: an assessment or meeting of another unit answers as one that does not exist. */
@Provider
public class RecordNotFoundMapper implements ExceptionMapper<RecordNotFoundException> {

    @Override
    public Response toResponse(RecordNotFoundException e) {
        return ApiError.response(Response.Status.NOT_FOUND.getStatusCode(), "not_found", e.getMessage());
    }
}
