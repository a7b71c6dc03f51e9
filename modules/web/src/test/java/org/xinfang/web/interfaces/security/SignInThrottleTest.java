package org.xinfang.web.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private Instant now = Instant.parse("2026-12-06T08:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
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
    };

    private final SignInThrottle throttle = new SignInThrottle(clock, 3, Duration.ofMinutes(15));

    @Test
    void anAddressWaitsOnceItHasFailedTheLimitUntilItsOldestFailureLeavesTheWindow() {
        throttle.failed("10.0.0.1");
        now = now.plusSeconds(60);
        throttle.failed("10.0.0.1");
        assertEquals(Duration.ZERO, throttle.waitFor("10.0.0.1"));
        throttle.failed("10.0.0.1");

        assertEquals(Duration.ofMinutes(14), throttle.waitFor("10.0.0.1"));
        assertEquals(Duration.ZERO, throttle.waitFor("10.0.0.2"), "another address waits too");

        now = now.plus(Duration.ofMinutes(14));
        assertEquals(Duration.ZERO, throttle.waitFor("10.0.0.1"), "the oldest failure left the window");
        throttle.failed("10.0.0.1");
        assertEquals(Duration.ofMinutes(1), throttle.waitFor("10.0.0.1"), "the second failure is now the oldest");
    }

    @Test
    void anAddressNeverFailedNeverWaits() {
        assertEquals(Duration.ZERO, throttle.waitFor("192.168.1.9"));
    }

    @Test
    void aLimitThatAdmitsNothingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SignInThrottle(clock, 0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new SignInThrottle(clock, 5, Duration.ZERO));
    }
}
