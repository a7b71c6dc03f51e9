package org.xinfang.web.interfaces.rest.errors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.ApiMessages;

/**
 * A failure nobody foresaw: 500 in JSON with a reference the administrator finds in the server log,
 * and never the stack trace, which would show the client the server's insides.
 */
@Provider
@ApplicationScoped
public class UnexpectedErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Inject
    ApiCaller caller;

    @Override
    public Response toResponse(Exception e) {
        Response prepared = preparedAnswer(e);
        if (prepared != null) {
            return prepared;
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "REST API failure " + reference, e);
        return ApiError.response(Response.Status.INTERNAL_SERVER_ERROR.getStatusCode(), "internal_error",
                ApiMessages.get(caller.locale(), "error.internal") + " (" + reference + ")");
    }

    /**
     * The JAX-RS runtime signals some ordinary answers with exceptions of its own that carry the
     * response (RESTEasy answers OPTIONS with one holding the Allow list); a catch-all mapper sees
     * them first, so it hands their response back instead of calling them failures.
     */
    private static Response preparedAnswer(Exception e) {
        try {
            Object response = e.getClass().getMethod("getResponse").invoke(e);
            return response instanceof Response r ? r : null;
        } catch (ReflectiveOperationException | RuntimeException noResponse) {
            return null;
        }
    }
}
