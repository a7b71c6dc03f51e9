package org.xinfang.plugins.discipline.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Five wrong codes per fifteen minutes per address; the sixth try waits, whoever else keeps going. */
class GuessThrottleTest {

    private Instant now = Instant.parse("2026-12-05T08:00:00Z");
    private final GuessThrottle throttle = new GuessThrottle(new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void theSixthTryWithinFifteenMinutesIsRefused() {
        for (int i = 0; i < GuessThrottle.MAX_FAILURES; i++) {
            assertTrue(throttle.allows("203.0.113.7"), "try " + (i + 1));
            throttle.failed("203.0.113.7");
            now = now.plusSeconds(60);
        }
        assertFalse(throttle.allows("203.0.113.7"));
        assertTrue(throttle.allows("198.51.100.1"), "another address is not held back");
    }

    @Test
    void anAddressMayTryAgainWhenItsOldestWrongCodeLeavesTheWindow() {
        Instant first = now;
        for (int i = 0; i < GuessThrottle.MAX_FAILURES; i++) {
            throttle.failed("203.0.113.7");
            now = now.plusSeconds(60);
        }
        assertEquals(first.plus(Duration.ofMinutes(15)), throttle.freeAt("203.0.113.7"));
        now = first.plus(Duration.ofMinutes(15)).minusSeconds(1);
        assertFalse(throttle.allows("203.0.113.7"));
        now = first.plus(Duration.ofMinutes(15));
        assertTrue(throttle.allows("203.0.113.7"));
        throttle.failed("203.0.113.7");
        assertFalse(throttle.allows("203.0.113.7"), "four still in the window and one new make five again");
    }

    @Test
    void wrongCodesSpreadOverMoreThanFifteenMinutesNeverBlock() {
        for (int i = 0; i < 50; i++) {
            assertTrue(throttle.allows("203.0.113.7"), "try " + (i + 1));
            throttle.failed("203.0.113.7");
            now = now.plus(Duration.ofMinutes(4));
        }
    }
}
