package org.xinfang.api.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Five failures per fifteen minutes per address (the receipt codes' limit); the sixth try waits, whoever else keeps going. */
class FailureThrottleTest {

    private static final int MAX_FAILURES = 5;

    private Instant now = Instant.parse("2026-12-05T08:00:00Z");
    private final FailureThrottle throttle = new FailureThrottle(new Clock() {
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
    }, MAX_FAILURES, Duration.ofMinutes(15));

    @Test
    void theSixthTryWithinFifteenMinutesIsRefused() {
        for (int i = 0; i < MAX_FAILURES; i++) {
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
        for (int i = 0; i < MAX_FAILURES; i++) {
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

    @Test
    void theWaitIsHowLongUntilTheAddressMayTryAgain() {
        for (int i = 0; i < MAX_FAILURES; i++) {
            throttle.failed("203.0.113.7");
        }
        now = now.plusSeconds(60);
        assertEquals(Duration.ofMinutes(14), throttle.waitFor("203.0.113.7"));
        assertEquals(Duration.ZERO, throttle.waitFor("198.51.100.1"));
    }

    @Test
    void aLimitThatAdmitsNothingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FailureThrottle(Clock.systemUTC(), 0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new FailureThrottle(Clock.systemUTC(), 5, Duration.ZERO));
    }

    @Test
    void aClockThatMovesBetweenReadingsStillLetsAFreshAddressIn() {
        Clock ticking = new Clock() {
            private long nanos;

            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public synchronized Instant instant() {
                return Instant.EPOCH.plusNanos(++nanos);
            }
        };
        FailureThrottle fresh = new FailureThrottle(ticking, 30, Duration.ofMinutes(15));
        assertTrue(fresh.allows("127.0.0.1"));
        assertEquals(Duration.ZERO, fresh.waitFor("127.0.0.1"));
    }
}
