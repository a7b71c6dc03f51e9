package org.xinfang.core.domain.model.receipt;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** A code opens its case while it is open and for ninety days after it closed; evidence only while open. */
class ReceiptTest {

    private final LocalDate closed = LocalDate.of(2026, 3, 1);

    @Test
    void opensAnOpenCaseAndAClosedOneForNinetyDays() {
        Receipt receipt = new Receipt(1, "h", 2, LocalDateTime.of(2026, 1, 5, 9, 0), "jw.discipline_clerk");
        assertTrue(receipt.opensOn(LocalDate.of(2030, 1, 1)) && receipt.takesEvidence());
        receipt.closedOn(closed);
        assertFalse(receipt.takesEvidence());
        assertTrue(receipt.opensOn(closed.plusDays(Receipt.DAYS_OPEN_AFTER_CLOSING)));
        assertFalse(receipt.opensOn(closed.plusDays(Receipt.DAYS_OPEN_AFTER_CLOSING + 1)));
        receipt.closedOn(closed.plusDays(10));
        assertFalse(receipt.opensOn(closed.plusDays(Receipt.DAYS_OPEN_AFTER_CLOSING + 1)), "the first closing counts");
        receipt.reopened();
        assertTrue(receipt.takesEvidence());
    }
}
