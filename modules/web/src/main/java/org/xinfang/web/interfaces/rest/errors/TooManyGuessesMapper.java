package org.xinfang.web.interfaces.rest.errors;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.time.Instant;
import org.xinfang.core.application.kernel.Guesses;

/**
 * 429 with Retry-After for an address, a code or a phone that guessed too often lately (ADR 0019, 0038):
 * refused before the code is looked at, so the wait tells nothing about any matter.
 */
@Provider
public class TooManyGuessesMapper implements ExceptionMapper<Guesses.TooMany> {

    @Override
    public Response toResponse(Guesses.TooMany refused) {
        long seconds = Math.max(1, Duration.between(Instant.now(), refused.freeAt()).toSeconds());
        return Response.fromResponse(ApiError.response(429, "too_many_attempts", refused.getMessage()))
                .header(HttpHeaders.RETRY_AFTER, seconds).build();
    }
}
