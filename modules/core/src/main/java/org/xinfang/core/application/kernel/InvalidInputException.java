package org.xinfang.core.application.kernel;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that breaks a rule. Names every offending field with a message in the caller's language;
 * the use case that throws it has saved nothing.
 */
public class InvalidInputException extends RuntimeException {

    /** One broken rule: the field's path as the client sent it ({@code parties[0].name}) and why. */
    public record FieldProblem(String field, String message) {
    }

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
