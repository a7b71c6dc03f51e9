package org.xinfang.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.xinfang.core.domain.model.audit.AuditEvent;

class AuditEventTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 20, 9, 30);

    @Test
    void hashCoversEveryFieldAndThePredecessor() {
        AuditEvent event = new AuditEvent(1, AT, "cy.clerk", "CASE_REGISTERED", "Case", "7", 2L, "朝信〔2026〕第00007号", "0".repeat(64));
        assertEquals(64, event.getHash().length());
        assertEquals(event.getHash(), event.computeHash());
        assertNotEquals(event.getHash(), new AuditEvent(1, AT, "cy.clerk", "CASE_REGISTERED", "Case", "7", 2L, "朝信〔2026〕第00008号", "0".repeat(64)).getHash());
        assertNotEquals(event.getHash(), new AuditEvent(1, AT, "cy.leader", "CASE_REGISTERED", "Case", "7", 2L, "朝信〔2026〕第00007号", "0".repeat(64)).getHash());
        assertNotEquals(event.getHash(), new AuditEvent(1, AT, "cy.clerk", "CASE_REGISTERED", "Case", "7", 2L, "朝信〔2026〕第00007号", "1".repeat(64)).getHash());
    }

    @Test
    void nextEventLinksToThePrevious() {
        AuditEvent first = new AuditEvent(1, AT, "a", "X", "Case", "1", null, null, "0".repeat(64));
        AuditEvent second = new AuditEvent(1, AT.plusSeconds(1), "a", "Y", "Case", "1", null, null, first.getHash());
        assertEquals(first.getHash(), second.getPreviousHash());
    }

    @Test
    void keepsTheTimeToTheMicrosecondTheColumnStoresSoTheHashStillVerifiesWhenReadBack() {
        AuditEvent event = new AuditEvent(1, AT.withNano(123_456_789), "a", "X", "Case", "1", null, null, "0".repeat(64));
        assertEquals(AT.withNano(123_456_000), event.getOccurredAt());
        assertEquals(event.getHash(), new AuditEvent(1, AT.withNano(123_456_000), "a", "X", "Case", "1", null, null, "0".repeat(64)).getHash());
    }
}
