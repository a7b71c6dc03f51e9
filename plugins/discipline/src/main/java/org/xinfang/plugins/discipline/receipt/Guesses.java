package org.xinfang.plugins.discipline.receipt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/** The server's one {@link GuessThrottle} for receipt codes, shared by the public page and the public API. */
@ApplicationScoped
public class Guesses extends GuessThrottle {

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

    protected Guesses() {
        // The CDI proxy's constructor.
        super(Clock.systemUTC());
    }

    @Inject
    public Guesses(Clock clock) {
        super(clock);
    }
}
