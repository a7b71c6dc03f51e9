package org.xinfang.plugins.discipline.receipt.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import org.xinfang.plugins.discipline.receipt.Guesses;
import org.xinfang.plugins.discipline.receipt.Receipts;

/**
 * The anonymous reporter's API, without sign-in: with the receipt code, read the answers meant for
 * them, and add evidence. The code travels in the body, never in the address (addresses end up in
 * logs). A wrong code of any kind is 404 with one and the same message; an address that guessed too
 * often is 429 with Retry-After, before its code is even looked at.
 */
@Path("discipline/public/receipts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicReceiptResource {

    @Inject
    Receipts receipts;

    @Inject
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @POST
    @Path("answers")
    public Response answers(String body) {
        JsonObject json = JsonFields.object(body);
        Locale locale = locale();
        try {
            return Response.ok(JsonFields.write(receipts.read(JsonFields.text(json, "code"), request.getRemoteAddr(), locale))).build();
        } catch (Guesses.TooMany refused) {
            return tooMany(refused);
        }
    }

    @POST
    @Path("evidence")
    public Response evidence(String body) {
        JsonObject json = JsonFields.object(body);
        Locale locale = locale();
        String content = JsonFields.text(json, "content");
        Receipts.EvidenceFile file = null;
        if (content != null) {
            byte[] bytes;
            try {
                bytes = Base64.getMimeDecoder().decode(content);
            } catch (IllegalArgumentException notBase64) {
                bytes = null;
            }
            file = new Receipts.EvidenceFile(JsonFields.text(json, "fileName"), bytes);
        }
        try {
            return Response.status(Response.Status.CREATED)
                    .entity(JsonFields.write(receipts.addEvidence(JsonFields.text(json, "code"), request.getRemoteAddr(), locale,
                            JsonFields.text(json, "text"), file))).build();
        } catch (Guesses.TooMany refused) {
            return tooMany(refused);
        }
    }

    private Locale locale() {
        return headers.getAcceptableLanguages().stream().findFirst()
                .filter(l -> "en".equals(l.getLanguage())).map(l -> Locale.ENGLISH).orElse(Locale.SIMPLIFIED_CHINESE);
    }

    private static Response tooMany(Guesses.TooMany refused) {
        long seconds = Math.max(1, Duration.between(Instant.now(), refused.freeAt()).toSeconds());
        String body = Json.createObjectBuilder().add("status", 429).add("error", "too_many_attempts")
                .add("message", refused.getMessage()).add("fields", Json.createArrayBuilder()).build().toString();
        return Response.status(429).header(HttpHeaders.RETRY_AFTER, seconds)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }
}
