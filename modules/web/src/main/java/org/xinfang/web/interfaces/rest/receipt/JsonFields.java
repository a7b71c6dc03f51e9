package org.xinfang.web.interfaces.rest.receipt;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.StringReader;

/**
 * JSON in and out of the receipts' API. Text fields are read leniently from a body: a body that is not a JSON object, a missing field or
 * one of another type all read as null, and the use case says what is missing. On the public side
 * this matters: a garbled body is one more wrong code, answered like any other.
 */
final class JsonFields {

    /**
     * Answers are written here, as the core's API writes its own (JSON-B, dates as ISO text, nulls kept):
     * left to the server, a plugin's records would go to Jackson, which writes dates as arrays.
     */
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    private JsonFields() {
    }

    static String write(Object answer) {
        return JSONB.toJson(answer);
    }

    static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        } catch (RuntimeException notJson) {
            // JsonException, or Parsson's bare RuntimeException for a body nested too deep: no code in it.
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    static String text(JsonObject json, String field) {
        return json.get(field) instanceof JsonString s ? s.getString() : null;
    }

    static String text(String body, String field) {
        return text(object(body), field);
    }
}
