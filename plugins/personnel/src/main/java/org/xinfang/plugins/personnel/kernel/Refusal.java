package org.xinfang.plugins.personnel.kernel;

import java.util.List;

/**
 * The bureau's own work said no: the message names the problem and nothing was saved. {@code status}
 * is the API's (400 bad input naming {@code fields}, 403 not the caller's to do, 404 not found or not
 * visible, 409 not now).
 */
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One field at fault, as the API client named it. */
    public record Field(String field, String message) {
    }

    private final int status;
    private final String error;
    private final transient List<Field> fields;

    private Refusal(int status, String error, String message, List<Field> fields) {
        super(message);
        this.status = status;
        this.error = error;
        this.fields = List.copyOf(fields);
    }

    public static Refusal invalid(String field, String message) {
        return new Refusal(400, "invalid_input", message, List.of(new Field(field, message)));
    }

    public static Refusal forbidden(String message) {
        return new Refusal(403, "forbidden", message, List.of());
    }

    public static Refusal notFound(String message) {
        return new Refusal(404, "not_found", message, List.of());
    }

    public static Refusal conflict(String message) {
        return new Refusal(409, "conflict", message, List.of());
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public List<Field> fields() {
        return fields;
    }
}
