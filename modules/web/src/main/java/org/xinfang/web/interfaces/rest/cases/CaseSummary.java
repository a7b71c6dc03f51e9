package org.xinfang.web.interfaces.rest.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xinfang.api.model.Channel;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.procedure.ClockReading;
import org.xinfang.core.domain.model.cases.Case;

/**
 * A case as a list row: the case without its parties, form and content, so a page of twenty is one
 * query and no party data travels until a case is opened.
 */
@Schema(name = "CaseSummary", description = "列表中的信访事项 / A case in a list; open it for parties and form")
public record CaseSummary(Long id, String number, Long unitId, String unitName, String agencyType, Channel channel,
                          String subject, String category, String status,
                          @Schema(format = "date") LocalDate receivedOn, int headCount,
                          LocalDateTime createdAt, String createdBy, long version, Deadline nextDeadline) {

    /** The case's most pressing running time limit: which, when due, days left (negative: overdue). */
    @Schema(name = "Deadline", description = "最近的办理期限 / The most pressing time limit")
    public record Deadline(String clock, @Schema(format = "date") LocalDate dueOn, Long daysLeft, String dayCount, boolean paused) {
    }

    /** A list row; its subject with sealed identities redacted (the parties are loaded with the page). */
    public static CaseSummary of(Case c, ClockReading next, IdentityDisclosure disclosure) {
        return new CaseSummary(c.getId(), c.getNumber(), c.getUnit().getId(), c.getUnit().getName(), c.getAgencyType(),
                c.getChannel(), disclosure.redact(c, c.getSubject()), c.getCategory(), c.getStatus(), c.getReceivedOn(), c.getHeadCount(),
                c.getCreatedAt(), c.getCreatedBy(), c.getVersion(),
                next == null ? null : new Deadline(next.name(), next.dueOn(), next.daysLeft(), next.count().name(), next.isPaused()));
    }
}
