package org.xinfang.plugins.discipline.receipt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down anyone guessing receipt codes: a client address that gave {@link #MAX_FAILURES} wrong
 * codes within {@link #WINDOW} is refused until the oldest of them leaves the window, whatever it
 * sends next — a right code included, so a guesser learns nothing while refused. Right codes do not
 * wipe the slate either (one real code must not buy unlimited guesses).
 *
 * <p>Kept in memory: a restart forgets, and each server of a cluster counts on its own (see ADR 0019);
 * the codes' 100 bits, not this, are what makes guessing hopeless.
 */
public class GuessThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    /** Beyond this many addresses the stale ones are swept, so a flood of addresses cannot grow it forever. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public GuessThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether {@code address} may try a code now. */
    public boolean allows(String address) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return true;
        }
        synchronized (recent) {
            forgetOld(recent, clock.instant());
            return recent.size() < MAX_FAILURES;
        }
    }

    /** Records a wrong code from {@code address}. */
    public void failed(String address) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_ABOVE) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    forgetOld(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent, now);
            recent.addLast(now);
        }
    }

    /** When {@code address} may try again (now when it may already). */
    public Instant freeAt(String address) {
        Deque<Instant> recent = failures.get(address);
        Instant now = clock.instant();
        if (recent == null) {
            return now;
        }
        synchronized (recent) {
            forgetOld(recent, now);
            if (recent.size() < MAX_FAILURES) {
                return now;
            }
            // The slot frees when the failure that keeps the count at the maximum leaves the window.
            return recent.stream().skip(recent.size() - MAX_FAILURES).findFirst().orElse(now).plus(WINDOW);
        }
    }

    private static void forgetOld(Deque<Instant> recent, Instant now) {
        Instant cutoff = now.minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
            recent.pollFirst();
        }
    }
}
