package org.xinfang.plugins.discipline.kernel;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A refusal in the API's one error shape, the core's own:
 * {@code {"status":403,"error":"forbidden","message":"…","fields":[{"field":"…","message":"…"}]}}.
 * Written with JSON-P because the shape's class lives in the web module, which a plugin cannot see.
 */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    @Override
    public Response toResponse(Refusal refusal) {
        JsonArrayBuilder fields = Json.createArrayBuilder();
        refusal.fields().forEach(f -> fields.add(Json.createObjectBuilder().add("field", f.field()).add("message", f.message())));
        String body = Json.createObjectBuilder()
                .add("status", refusal.kind().status())
                .add("error", refusal.kind().code())
                .add("message", refusal.getMessage())
                .add("fields", fields)
                .build().toString();
        return Response.status(refusal.kind().status()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }
}
