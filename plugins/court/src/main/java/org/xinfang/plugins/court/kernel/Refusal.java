package org.xinfang.plugins.court.kernel;

import java.util.List;

/**
 * A rule of the court's work said no: the message names the problem in the caller's language and
 * nothing of the refused change was saved (the use case's transaction rolls back). The status is the
 * API's: 400 bad input naming its fields, 403 not this caller's to do, 404 not found or not visible
 * (worded alike), 409 not now.
 */
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One field at fault, named as the API client sent it. */
    public record Field(String field, String message) {
    }

    private final int status;
    private final String error;
    private final transient List<Field> fields;

    Refusal(int status, String error, String message, List<Field> fields) {
        super(message);
        this.status = status;
        this.error = error;
        this.fields = List.copyOf(fields);
    }

    public static Refusal invalid(String message, List<Field> fields) {
        return new Refusal(400, "invalid_input", message, fields);
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
