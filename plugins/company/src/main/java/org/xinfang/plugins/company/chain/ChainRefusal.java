package org.xinfang.plugins.company.chain;

import java.util.List;

/**
 * A change of the chain said no: the message names the problem; nothing was saved. {@code status} is
 * the API's (400 bad input naming {@code fields}, 403 not the caller's to change, 404 not found or not
 * visible, 409 not now).
 */
public class ChainRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One field at fault, as the API client named it. */
    public record Field(String field, String message) {
    }

    private final int status;
    private final String error;
    private final transient List<Field> fields;

    ChainRefusal(int status, String error, String message, List<Field> fields) {
        super(message);
        this.status = status;
        this.error = error;
        this.fields = List.copyOf(fields);
    }

    static ChainRefusal invalid(List<Field> fields) {
        return new ChainRefusal(400, "invalid_input", fields.get(0).message(), fields);
    }

    static ChainRefusal forbidden(String message) {
        return new ChainRefusal(403, "forbidden", message, List.of());
    }

    static ChainRefusal notFound(String message) {
        return new ChainRefusal(404, "not_found", message, List.of());
    }

    static ChainRefusal conflict(String message) {
        return new ChainRefusal(409, "conflict", message, List.of());
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
