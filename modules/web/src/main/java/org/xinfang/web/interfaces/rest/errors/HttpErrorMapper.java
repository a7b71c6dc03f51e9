package org.xinfang.web.interfaces.rest.errors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.ApiMessages;

/**
 * The errors JAX-RS raises itself (no such path, wrong method, a body that is not JSON) as JSON too,
 * keeping the status and headers (such as {@code Allow}) it chose.
 */
@Provider
@ApplicationScoped
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Inject
    ApiCaller caller;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        Locale locale = caller.locale();
        String error;
        String message;
        if (e instanceof NotFoundException) {
            error = "not_found";
            message = ApiMessages.get(locale, "error.noSuchPath");
        } else if (e instanceof NotAllowedException) {
            error = "method_not_allowed";
            message = ApiMessages.get(locale, "error.method");
        } else if (e instanceof NotSupportedException) {
            error = "unsupported_media_type";
            message = ApiMessages.get(locale, "error.mediaType");
        } else {
            error = "http_" + status;
            message = ApiMessages.get(locale, "error.http", String.valueOf(status));
        }
        Response.ResponseBuilder answer = Response.status(status);
        original.getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name) && !"Content-Length".equalsIgnoreCase(name)) {
                values.forEach(value -> answer.header(name, value));
            }
        });
        return answer.type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(status, error, message, List.of())).build();
    }
}
