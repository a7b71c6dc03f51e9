package org.xinfang.plugins.company;

import java.util.List;

/**
 * A company use case said no (changing a chain, flagging a matter for protection): the message names
 * the problem; nothing was saved. {@code status} is the API's (400 bad input naming {@code fields}, 403 not the caller's to change, 404 not found or not
 * visible, 409 not now).
 */
public class CompanyRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One field at fault, as the API client named it. */
    public record Field(String field, String message) {
    }

    private final int status;
    private final String error;
    private final transient List<Field> fields;

    private CompanyRefusal(int status, String error, String message, List<Field> fields) {
        super(message);
        this.status = status;
        this.error = error;
        this.fields = List.copyOf(fields);
    }

    public static CompanyRefusal invalid(List<Field> fields) {
        return new CompanyRefusal(400, "invalid_input", fields.get(0).message(), fields);
    }

    public static CompanyRefusal forbidden(String message) {
        return new CompanyRefusal(403, "forbidden", message, List.of());
    }

    public static CompanyRefusal notFound(String message) {
        return new CompanyRefusal(404, "not_found", message, List.of());
    }

    public static CompanyRefusal conflict(String message) {
        return new CompanyRefusal(409, "conflict", message, List.of());
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
