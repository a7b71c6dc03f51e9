package org.xinfang.core.domain.model.cases;

import java.time.LocalDate;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.DayCount;
import org.xinfang.core.domain.model.calendar.WorkCalendar;

/**
 * A page of the case list: filters (each may be null), sort and window. Sort fields are the names
 * in {@link SortField}; anything else is refused rather than passed into a query.
 */
public record CaseQuery(String status, Channel channel, LocalDate receivedFrom, LocalDate receivedTo,
                        String text, Due due, SortField sortBy, boolean ascending, int offset, int limit) {

    public static final int MAX_LIMIT = 200;

    /**
     * What the list may be sorted by. {@code nextDeadline} is the earliest due date of the case's
     * running clocks; cases without one come last either way.
     */
    public enum SortField {
        receivedOn, number, subject, status, createdAt, nextDeadline
    }

    /**
     * Cases by their next running deadline (the earliest due date of their running clocks; a paused
     * clock is neither due nor overdue): already past, today, or after today up to the last day of
     * "soon": as many working days ahead as the deadline watch warns before a due date (its setting, 3
     * by default). The home page's panels go by the same date.
     */
    public enum Due {
        overdue, today, soon
    }

    /**
     * The days a {@link Due} filter reads, fixed by the service from its clock and work calendar, so
     * that the repository does no calendar arithmetic.
     */
    public record DueDates(LocalDate today, LocalDate soonUntil) {

        public static DueDates asOf(LocalDate today, WorkCalendar calendar, int soonWorkingDays) {
            return new DueDates(today, calendar.due(today, soonWorkingDays, DayCount.WORKING));
        }
    }

    public CaseQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (receivedFrom != null && receivedTo != null && receivedFrom.isAfter(receivedTo)) {
            throw new IllegalArgumentException("receivedFrom must not be after receivedTo");
        }
        sortBy = sortBy == null ? SortField.receivedOn : sortBy;
    }

    /** The same filters and sort over another window of the list. */
    public CaseQuery window(int offset, int limit) {
        return new CaseQuery(status, channel, receivedFrom, receivedTo, text, due, sortBy, ascending, offset, limit);
    }

    /** The newest first, twenty to a page. */
    public static CaseQuery firstPage() {
        return new CaseQuery(null, null, null, null, null, null, SortField.receivedOn, false, 0, 20);
    }
}
