package org.xinfang.web.interfaces.rest.errors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.ApiMessages;

/**
 * 400 naming every field at fault; the use case that refused saved nothing, which the message says for a write
 * only: for a read it would suggest something could have been saved.
 */
@Provider
@ApplicationScoped
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Inject
    ApiCaller caller;

    @Context
    Request request;

    @Override
    public Response toResponse(InvalidInputException e) {
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        return ApiError.response(Response.Status.BAD_REQUEST, "invalid_input",
                ApiMessages.get(caller.locale(), read ? "error.invalidQuery" : "error.invalidInput"), e.problems());
    }
}
