package org.xinfang.plugins.personnel.kernel;

import org.xinfang.api.plugin.Refusal;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Set;

/** A request body read as a JSON object of known fields, each problem named in the API's shape. */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** The body as an object whose fields are all {@code known} and text or null; refused (400) otherwise. */
    public static JsonObject object(String body, Set<String> known) {
        JsonObject json;
        try {
            JsonValue value = Json.createReader(new StringReader(body == null ? "" : body)).readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw Refusal.invalid("body", "请求体须为 JSON 对象");
            }
            json = value.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            throw Refusal.invalid("body", "请求体不是有效的 JSON");
        }
        json.forEach((name, value) -> {
            if (!known.contains(name)) {
                throw Refusal.invalid(name, "不认识的字段“" + name + "”，可用的字段：" + String.join("、", known));
            }
            if (value.getValueType() != JsonValue.ValueType.STRING && value.getValueType() != JsonValue.ValueType.NULL) {
                throw Refusal.invalid(name, "“" + name + "”须为文字");
            }
        });
        return json;
    }
}
