package org.xinfang.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.xinfang.core.domain.model.cases.CaseQuery;

class CaseQueryTest {

    @Test
    void refusesAPageLargerThanTheLimit() {
        assertThrows(IllegalArgumentException.class, () -> new CaseQuery(null, null, null, null, null, null, null, true, 0, CaseQuery.MAX_LIMIT + 1));
        assertThrows(IllegalArgumentException.class, () -> new CaseQuery(null, null, null, null, null, null, null, true, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new CaseQuery(null, null, null, null, null, null, null, true, -1, 20));
    }

    @Test
    void refusesADateRangeThatEndsBeforeItStarts() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new CaseQuery(null, null,
                LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 1), null, null, null, true, 0, 20));
        assertEquals("receivedFrom must not be after receivedTo", refused.getMessage());
    }

    @Test
    void sortsByDateReceivedWhenNothingIsAsked() {
        assertEquals(CaseQuery.SortField.receivedOn, new CaseQuery(null, null, null, null, null, null, null, false, 0, 20).sortBy());
    }
}
