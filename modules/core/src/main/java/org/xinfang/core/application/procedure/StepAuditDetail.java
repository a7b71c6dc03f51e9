package org.xinfang.core.application.procedure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the audit log keeps of a step: {@code accept registered→accepted unit 3→5 reason}. Written and
 * read here only, so that pages can tell the step in words (its label, the states' names, the units)
 * from events already chained into the log, which can never be rewritten.
 *
 * @param transition the step's name
 * @param from the state before
 * @param to the state after
 * @param fromUnit the unit that held the case before, when the step moved it; else null
 * @param toUnit the unit that holds it after, when the step moved it; else null
 * @param reason the reason (abbreviated), or null
 */
public record StepAuditDetail(String transition, String from, String to, Long fromUnit, Long toUnit, String reason) {

    private static final int LONGEST_REASON = 200;
    private static final Pattern FORMAT = Pattern.compile("(\\S+) (\\S+)→(\\S+)(?: unit (\\d+)→(\\d+))?(?: (.*))?", Pattern.DOTALL);

    /** The detail as the log keeps it. */
    public String text() {
        return transition + " " + from + "→" + to + (fromUnit != null ? " unit " + fromUnit + "→" + toUnit : "")
                + (reason != null ? " " + (reason.length() <= LONGEST_REASON ? reason : reason.substring(0, LONGEST_REASON) + "…") : "");
    }

    /** The step a logged detail tells of; empty when the text is not one. */
    public static Optional<StepAuditDetail> parse(String detail) {
        Matcher m = detail == null ? null : FORMAT.matcher(detail);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new StepAuditDetail(m.group(1), m.group(2), m.group(3),
                m.group(4) == null ? null : Long.valueOf(m.group(4)), m.group(5) == null ? null : Long.valueOf(m.group(5)), m.group(6)));
    }

    /** Whether the step moved the case to another unit. */
    public boolean moved() {
        return fromUnit != null;
    }
}
