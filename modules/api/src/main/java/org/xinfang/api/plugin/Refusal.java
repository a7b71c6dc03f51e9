package org.xinfang.api.plugin;

import java.util.List;

/**
 * A rule of a plugin's work said no: the message names the problem in the caller's language, and
 * nothing of the refused change was saved (the use case's transaction rolls back). The core's API
 * answers it in its one error shape, {@code {"status","error","message","fields"}}, with the status
 * of its {@link Kind}: 400 bad input naming its fields, 403 not this caller's to do, 404 not found or
 * not visible (worded alike), 409 not now (the record's state or a newer version forbids it).
 */
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of no, and the API's status and stable code for it. */
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

    /** Bad input: {@code message} sums it up, {@code fields} name each field at fault. */
    public static Refusal invalid(String message, List<Field> fields) {
        return new Refusal(Kind.INVALID, message, fields);
    }

    /** Bad input in {@code fields}, the first one's message standing for all. */
    public static Refusal invalid(List<Field> fields) {
        return invalid(fields.get(0).message(), fields);
    }

    /** Bad input in one field. */
    public static Refusal invalid(String field, String message) {
        return invalid(message, List.of(new Field(field, message)));
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

    public int status() {
        return kind.status();
    }

    public String error() {
        return kind.code();
    }

    public List<Field> fields() {
        return fields;
    }
}
