package org.xinfang.web.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * Writes the API's answers with JSON-B, always. The server would otherwise pick Jackson for this
 * deployment (a library in the WAR carries Jackson annotations, and WildFly then prefers Jackson),
 * which writes dates as arrays ({@code [2026,3,1]}) and a JSON-P form as its Java internals.
 *
 * <p>Points in time carry their offset (RFC 3339, {@link TimesWithOffset}). Empty values are written
 * as {@code null} rather than left out, so every case has the same keys
 * ({@code "form": null} for a petition bureau's case), and keys keep the order the records declare.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class JsonbWriter implements MessageBodyWriter<Object> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(true)
            .withPropertyOrderStrategy(PropertyOrderStrategy.ANY)
            .withAdapters(new TimesWithOffset()));

    /**
     * The API's own answer types — the core's resources' and the plugins' (all under {@code org.xinfang.})
     * — and lists of them; anything else is left to the server.
     */
    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return MediaType.APPLICATION_JSON_TYPE.isCompatible(mediaType)
                && (type.getPackageName().startsWith("org.xinfang.") || Collection.class.isAssignableFrom(type));
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) {
        headers.putSingle("Content-Type", MediaType.APPLICATION_JSON_TYPE.withCharset(StandardCharsets.UTF_8.name()));
        jsonb.toJson(value, genericType, out);
    }
}
