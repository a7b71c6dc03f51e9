package org.xinfang.web.interfaces.rest.errors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.xinfang.core.application.documents.AttachmentRefusedException;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.ApiMessages;

/**
 * A refused attachment: 413 when it is too large, 415 when it is no scan, else 400; the fields named
 * as for any invalid input, and nothing stored.
 */
@Provider
@ApplicationScoped
public class AttachmentRefusedMapper implements ExceptionMapper<AttachmentRefusedException> {

    @Inject
    ApiCaller caller;

    @Override
    public Response toResponse(AttachmentRefusedException e) {
        return switch (e.reason()) {
            case TOO_LARGE -> ApiError.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too_large",
                    ApiMessages.get(caller.locale(), "error.attachmentTooLarge"), e.problems());
            case NOT_A_SCAN -> ApiError.response(Response.Status.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                    ApiMessages.get(caller.locale(), "error.notAScan"), e.problems());
            case INVALID -> ApiError.response(Response.Status.BAD_REQUEST, "invalid_input",
                    ApiMessages.get(caller.locale(), "error.invalidInput"), e.problems());
        };
    }
}
