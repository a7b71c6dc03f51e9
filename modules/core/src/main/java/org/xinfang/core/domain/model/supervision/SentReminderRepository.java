package org.xinfang.core.domain.model.supervision;

import java.time.LocalDate;
import java.util.List;

/** The reminders the deadline watch has sent; each key once. */
public interface SentReminderRepository {

    /**
     * Records a reminder as sent and writes it at once; false when it was sent before (by this or
     * another scanner), in which case nothing may be sent.
     */
    boolean claim(SentReminder reminder);

    /**
     * Ids (above {@code afterId}, ascending, at most {@code limit}) of running clocks due between the
     * two dates with no reminder of {@code kind} sent for their due date.
     */
    List<Long> runningClocksWithout(ReminderKind kind, LocalDate from, LocalDate to, long afterId, int limit);

    /** The reminders sent about one case, oldest first. */
    List<SentReminder> ofCase(Long caseId);
}
