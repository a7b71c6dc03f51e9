package org.xinfang.plugins.personnel.kernel;

import java.util.Set;
import org.xinfang.api.plugin.JsonInput;

/** A request body read by the plugins' one {@link JsonInput}, each problem named in the API's shape. */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** The text of the body's one field {@code field} (null when absent); refused (400) when the body is not such an object. */
    public static String text(String body, String field) {
        JsonInput json = JsonInput.parse(body, (problem, name, args) -> switch (problem) {
            case NOT_JSON -> "请求体不是有效的 JSON";
            case NOT_OBJECT -> "请求体须为 JSON 对象";
            case UNKNOWN -> "请求体中没有“" + name + "”这一项（未予忽略）；可用的字段：" + JsonInput.knownFields(args);
            case NOT_TEXT -> "“" + name + "”须为文字";
            default -> throw new IllegalArgumentException("Personnel reads no " + problem + " (" + name + ")");
        }).known(Set.of(field));
        String text = json.text(field);
        json.refuseIfProblems();
        return text;
    }
}
