package org.xinfang.core.domain.model.cases;

import java.time.LocalDate;
import org.xinfang.api.model.Channel;

/**
 * A page of the case list: filters (each may be null), sort and window. Sort fields are the names
 * in {@link SortField}; anything else is refused rather than passed into a query.
 */
public record CaseQuery(String status, Channel channel, LocalDate receivedFrom, LocalDate receivedTo,
                        String text, SortField sortBy, boolean ascending, int offset, int limit) {

    public static final int MAX_LIMIT = 200;

    /** What the list may be sorted by. */
    public enum SortField {
        receivedOn, number, subject, status, createdAt
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

    /** The newest first, twenty to a page. */
    public static CaseQuery firstPage() {
        return new CaseQuery(null, null, null, null, null, SortField.receivedOn, false, 0, 20);
    }
}
