package org.xinfang.plugins.company.protection;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A matter's protection as the company's desk and leaders read it: the latest flag (null fields when
 * the matter was never flagged), its scheduled checks and every check recorded under it, oldest first.
 */
public record ProtectionView(long caseId, boolean active, LocalDate since, String reason, String flaggedBy, LocalDateTime flaggedAt,
                             String clearReason, String clearedBy, LocalDateTime clearedAt, List<ScheduledCheck> schedule,
                             List<CheckView> checks) {

    /** A scheduled check with its status's label in the caller's language. */
    public record ScheduledCheck(int number, int months, LocalDate dueOn, CheckStatus status, String statusLabel, LocalDate doneOn) {
    }

    /** A recorded check; {@code scheduledNo} null for a check made before the next one was due. */
    public record CheckView(long id, Integer scheduledNo, LocalDate checkedOn, String checkedBy, Finding finding, String findingLabel,
                            List<Aspect> aspects, String actionTaken, String note, String recordedBy, LocalDateTime recordedAt) {
    }

    /** Whether the matter was ever flagged. */
    public boolean flagged() {
        return since != null;
    }

    static ProtectionView none(long caseId) {
        return new ProtectionView(caseId, false, null, null, null, null, null, null, null, List.of(), List.of());
    }
}
