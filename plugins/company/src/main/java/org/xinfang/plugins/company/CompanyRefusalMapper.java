package org.xinfang.plugins.company;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused company use case in the API's one error shape, the core's own (written with JSON-P: its class is the web module's). */
@Provider
public class CompanyRefusalMapper implements ExceptionMapper<CompanyRefusal> {

    @Override
    public Response toResponse(CompanyRefusal refusal) {
        JsonArrayBuilder fields = Json.createArrayBuilder();
        refusal.fields().forEach(f -> fields.add(Json.createObjectBuilder().add("field", f.field()).add("message", f.message())));
        String body = Json.createObjectBuilder().add("status", refusal.status()).add("error", refusal.error())
                .add("message", refusal.getMessage()).add("fields", fields).build().toString();
        return Response.status(refusal.status()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }
}
