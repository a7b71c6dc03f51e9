package org.xinfang.web.interfaces.rest.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.xinfang.api.plugin.Refusal;

/** A plugin's refusal in the API's one error shape, with its kind's status and the plugin's own message and fields. */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    @Override
    public Response toResponse(Refusal refusal) {
        return Response.status(refusal.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(refusal.status(), refusal.error(), refusal.getMessage(),
                        refusal.fields().stream().map(f -> new ApiError.FieldError(f.field(), f.message())).toList()))
                .build();
    }
}
