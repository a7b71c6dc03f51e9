package org.xinfang.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinfang.core.domain.model.audit.AuditCheckpoint;
import org.xinfang.core.domain.model.audit.AuditEvent;

class AuditCheckpointTest {

    @Test
    void theFirstCheckpointTheMigrationStoresCarriesTheHashThisClassComputes() {
        AuditCheckpoint first = new AuditCheckpoint(LocalDateTime.of(2026, 1, 1, 0, 0), List.of(), AuditEvent.GENESIS);
        assertEquals("ad16485744f9efe60e9b26229b750edfa6c909ae987a79a717d848bf8f27b239", first.getHash(), "V21__audit_chains.sql");
    }

    @Test
    void headsReadBackAsSealedAndEachOneCountsInTheHash() {
        List<AuditCheckpoint.Head> heads = List.of(new AuditCheckpoint.Head(0, null, AuditEvent.GENESIS),
                new AuditCheckpoint.Head(1, 309L, "a".repeat(64)));
        LocalDateTime at = LocalDateTime.of(2026, 12, 5, 23, 0, 1, 999_000);
        AuditCheckpoint sealed = new AuditCheckpoint(at, heads, "b".repeat(64));
        assertEquals(heads, sealed.heads());
        assertEquals(sealed.getHash(), sealed.computeHash());
        assertEquals(at.withNano(0), sealed.getSealedAt(), "to the second, as the database gives it back everywhere");
        assertNotEquals(sealed.getHash(), new AuditCheckpoint(at, List.of(heads.get(1)), "b".repeat(64)).getHash());
        assertNotEquals(sealed.getHash(), new AuditCheckpoint(at, heads, "c".repeat(64)).getHash());
    }

    @Test
    void everyRecordHasOneChainAmongTheChainsAndKeepsIt() {
        for (int id = 0; id < 1000; id++) {
            int chain = AuditEvent.chainOf("Case", String.valueOf(id));
            assertTrue(chain >= 0 && chain < AuditEvent.CHAINS, String.valueOf(chain));
            assertEquals(chain, AuditEvent.chainOf("Case", String.valueOf(id)));
        }
        assertEquals(AuditEvent.CHAINS, java.util.stream.IntStream.range(0, 1000).map(i -> AuditEvent.chainOf("Case", String.valueOf(i)))
                .distinct().count(), "a thousand cases spread over every chain");
    }
}
