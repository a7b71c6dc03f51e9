package org.xinfang.web.interfaces.rest.errors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.ApiMessages;

/** 400 naming every field at fault; the use case that refused saved nothing. */
@Provider
@ApplicationScoped
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Inject
    ApiCaller caller;

    @Override
    public Response toResponse(InvalidInputException e) {
        return ApiError.response(Response.Status.BAD_REQUEST, "invalid_input",
                ApiMessages.get(caller.locale(), "error.invalidInput"), e.problems());
    }
}
