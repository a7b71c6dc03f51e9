package org.xinfang.core.domain.model.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.xinfang.core.domain.model.user.AppUser;

class ApiTokenTest {

    private static final LocalDateTime ISSUED = LocalDateTime.of(2026, 12, 6, 9, 0);

    private final ApiToken token = new ApiToken(new AppUser("cy.clerk", "登记员", "$2a$10$x", null, ISSUED), "0".repeat(64),
            "热线系统", ISSUED, ISSUED.plusDays(30));

    @Test
    void admitsUntilItExpiresAndNotAfter() {
        assertTrue(token.admits(ISSUED));
        assertTrue(token.admits(ISSUED.plusDays(30).minusNanos(1000)));
        assertFalse(token.admits(ISSUED.plusDays(30)));
    }

    @Test
    void aRevokedTokenAdmitsNoOneAndKeepsTheTimeItWasFirstRevoked() {
        token.revoke(ISSUED.plusHours(1));
        token.revoke(ISSUED.plusHours(2));
        assertFalse(token.admits(ISSUED.plusHours(1)));
        assertEquals(ISSUED.plusHours(1), token.getRevokedAt());
    }

    @Test
    void aUseIsWrittenAtMostOnceEveryFewMinutes() {
        assertTrue(token.usedAt(ISSUED.plusMinutes(1)));
        assertFalse(token.usedAt(ISSUED.plusMinutes(3)), "a use two minutes after the last was written");
        assertEquals(ISSUED.plusMinutes(1), token.getLastUsedAt());
        assertTrue(token.usedAt(ISSUED.plusMinutes(6)));
        assertEquals(ISSUED.plusMinutes(6), token.getLastUsedAt());
    }
}
