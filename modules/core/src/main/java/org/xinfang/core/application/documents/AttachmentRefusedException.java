package org.xinfang.core.application.documents;

import java.util.List;
import java.util.stream.Collectors;
import org.xinfang.core.application.kernel.InvalidInputException;

/**
 * An attachment refused for what it is, naming the fields at fault like any invalid input, and
 * saying which kind of refusal it is so that HTTP can answer 413 (too large) or 415 (not a scan).
 */
public class AttachmentRefusedException extends InvalidInputException {

    /** Why, the most telling first: a file too large is not even examined. */
    public enum Reason {
        TOO_LARGE,
        NOT_A_SCAN,
        INVALID
    }

    private final Reason reason;

    public AttachmentRefusedException(Reason reason, List<FieldProblem> problems) {
        super(problems);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /**
     * The problems' own sentences, without the field names: a plugin that attaches through the
     * Documents port cannot name this class and shows its message to the person uploading as it is
     * (each sentence names the file already).
     */
    @Override
    public String getMessage() {
        return problems().stream().map(FieldProblem::message).collect(Collectors.joining("；"));
    }
}
