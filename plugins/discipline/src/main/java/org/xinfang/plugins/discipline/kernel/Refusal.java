package org.xinfang.plugins.discipline.kernel;

import java.util.List;

/**
 * A rule of the committee's work said no: the message names the problem in the caller's language,
 * and nothing of the refused change was saved (the use case's transaction rolls back).
 * {@link Kind} decides the API's status: 400 bad input, 403 not this caller's to do, 404 not found or
 * not visible (worded alike), 409 not now (the record's state forbids it).
 */
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        INVALID(400, "invalid_input"), FORBIDDEN(403, "forbidden"), NOT_FOUND(404, "not_found"), CONFLICT(409, "conflict");

        private final int status;
        private final String code;

        Kind(int status, String code) {
            this.status = status;
            this.code = code;
        }

        public int status() {
            return status;
        }

        public String code() {
            return code;
        }
    }

    /** One field at fault, named as the API client sent it. */
    public record Field(String field, String message) {
    }

    private final Kind kind;
    private final transient List<Field> fields;

    public Refusal(Kind kind, String message, List<Field> fields) {
        super(message);
        this.kind = kind;
        this.fields = List.copyOf(fields);
    }

    public static Refusal invalid(String field, String message) {
        return new Refusal(Kind.INVALID, message, List.of(new Field(field, message)));
    }

    public static Refusal forbidden(String message) {
        return new Refusal(Kind.FORBIDDEN, message, List.of());
    }

    public static Refusal notFound(String message) {
        return new Refusal(Kind.NOT_FOUND, message, List.of());
    }

    public static Refusal conflict(String message) {
        return new Refusal(Kind.CONFLICT, message, List.of());
    }

    public Kind kind() {
        return kind;
    }

    public List<Field> fields() {
        return fields;
    }
}
