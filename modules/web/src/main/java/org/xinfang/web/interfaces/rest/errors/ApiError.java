package org.xinfang.web.interfaces.rest.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;

/**
 * Every error the API answers, in one shape, so a client needs one parser:
 * {@code {"status":400,"error":"invalid_input","message":"…","fields":[{"field":"subject","message":"事由不能为空"}]}}.
 * {@code fields} is empty unless the error is about named fields.
 */
@Schema(name = "Error", description = "错误 / An error: HTTP status, a stable code, a message in the caller's language, the fields at fault")
public record ApiError(
        @Schema(example = "400") int status,
        @Schema(description = "invalid_input | unauthorized | invalid_token | csrf | too_many_sign_ins | password_change_required | forbidden | not_found | conflict | unsupported_media_type | method_not_allowed | internal_error",
                example = "invalid_input") String error,
        @Schema(example = "输入有误，请按各字段的提示修改；未保存任何内容。") String message,
        List<FieldError> fields) {

    /** One field at fault, as the client sent it ({@code parties[0].name}, {@code form.originalCaseNumber}). */
    @Schema(name = "FieldError")
    public record FieldError(@Schema(example = "subject") String field, @Schema(example = "事由不能为空") String message) {
    }

    public ApiError {
        fields = List.copyOf(fields);
    }

    public static Response response(Response.Status status, String error, String message, List<FieldProblem> problems) {
        List<FieldError> fields = problems.stream().map(p -> new FieldError(p.field(), p.message())).toList();
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status.getStatusCode(), error, message, fields)).build();
    }

    public static Response response(int status, String error, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status, error, message, List.of())).build();
    }
}
