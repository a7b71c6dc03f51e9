package org.xinfang.plugins.personnel.kernel;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
            case UNKNOWN -> "不认识的字段“" + name + "”，可用的字段：" + ((List<?>) args[0]).stream().map(String::valueOf).collect(Collectors.joining("、"));
            case NOT_TEXT -> "“" + name + "”须为文字";
            default -> throw new IllegalArgumentException("Personnel reads no " + problem + " (" + name + ")");
        }).known(Set.of(field));
        String text = json.text(field);
        json.refuseIfProblems();
        return text;
    }
}
