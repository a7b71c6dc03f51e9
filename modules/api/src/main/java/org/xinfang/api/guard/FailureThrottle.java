package org.xinfang.api.guard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds back whoever keeps failing: a key (a client address) that failed {@code maxFailures} times
 * within {@code window} is refused until the failure that keeps the count at the maximum leaves the
 * window, whatever it sends next — a right answer included, so a guesser learns nothing while refused.
 * A success does not wipe the slate either (one real password or code must not buy unlimited guesses).
 * The core's sign-in guard and the discipline plugin's receipt codes each keep one.
 *
 * <p>Kept in memory: a restart forgets, and each server of a cluster counts on its own.
 */
public class FailureThrottle {

    /** Beyond this many keys the stale ones are swept, so a flood of addresses cannot grow it forever. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;

    private final int maxFailures;

    private final Duration window;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public FailureThrottle(Clock clock, int maxFailures, Duration window) {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("maxFailures " + maxFailures + ", window " + window);
        }
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** Whether {@code key} may try now. */
    public boolean allows(String key) {
        Instant now = clock.instant();
        return !freeAt(key, now).isAfter(now);
    }

    /** Records a failure of {@code key}. */
    public void failed(String key) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_ABOVE) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    forgetOld(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(key, a -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent, now);
            recent.addLast(now);
        }
    }

    /** When {@code key} may try again (now when it may already). */
    public Instant freeAt(String key) {
        return freeAt(key, clock.instant());
    }

    /** How long {@code key} must wait; zero when it may try now. */
    public Duration waitFor(String key) {
        Instant now = clock.instant();
        return Duration.between(now, freeAt(key, now));
    }

    /** Both answers read the clock once: two readings would make "may try now" a wait of a few nanoseconds. */
    private Instant freeAt(String key, Instant now) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return now;
        }
        synchronized (recent) {
            forgetOld(recent, now);
            if (recent.size() < maxFailures) {
                return now;
            }
            // The slot frees when the failure that keeps the count at the maximum leaves the window.
            return recent.stream().skip(recent.size() - maxFailures).findFirst().orElse(now).plus(window);
        }
    }

    private void forgetOld(Deque<Instant> recent, Instant now) {
        Instant cutoff = now.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
            recent.pollFirst();
        }
    }
}
