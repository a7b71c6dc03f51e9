package org.xinfang.core.application.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.xinfang.api.guard.FailureThrottle;

/**
 * The server's one throttle for every public lookup — receipt codes, the petition portal's codes and
 * phones, reception applications' numbers and phones — on the pages and the API alike: five misses per
 * fifteen minutes per key (an address, a typed code, number or phone; ADR 0019, 0038). The codes' 100
 * bits, not this, make guessing codes hopeless; for sequential application numbers the wait is the guard.
 */
@ApplicationScoped
public class Guesses extends FailureThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    /** Refused without looking at the code: the address guessed too often lately. */
    public static class TooMany extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Instant freeAt;

        public TooMany(String message, Instant freeAt) {
            super(message);
            this.freeAt = freeAt;
        }

        /** When the address may try again. */
        public Instant freeAt() {
            return freeAt;
        }
    }

    /**
     * The refusal of an address, code or phone that must wait until {@code freeAt}, saying in {@code key}'s
     * words ({0}: whole minutes) how long — the wait that is left, as Retry-After says, not the whole window.
     */
    public static TooMany waitUntil(Instant freeAt, Clock clock, Locale locale, String key) {
        long minutes = Math.max(1, (Duration.between(clock.instant(), freeAt).toSeconds() + 59) / 60);
        return new TooMany(Messages.get(locale, key, minutes), freeAt);
    }

    protected Guesses() {
        // The CDI proxy's constructor.
        super(Clock.systemUTC(), MAX_FAILURES, WINDOW);
    }

    @Inject
    public Guesses(Clock clock) {
        super(clock, MAX_FAILURES, WINDOW);
    }
}
