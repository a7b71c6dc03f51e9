package org.xinfang.web.interfaces.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins per client address in a sliding window. The server locks an account after its own
 * count of failures (Elytron's, per account); this adds the count per address, so that one address
 * cannot try password after password across many accounts. A success does not clear the count: an
 * attacker holding one account could otherwise reset it between guesses.
 *
 * <p>Kept in memory, per server node: a restart forgets it, and on a cluster each node counts its own
 * (docs/adr/0027).
 */
public class SignInThrottle {

    /** Addresses are forgotten when this many are tracked and their newest failure is out of the window. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;

    private final int maxFailures;

    private final Duration window;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public SignInThrottle(Clock clock, int maxFailures, Duration window) {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("maxFailures " + maxFailures + ", window " + window);
        }
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** How long the address must wait before it may try again; zero when it may try now. */
    public Duration waitFor(String address) {
        Deque<Instant> times = failures.get(address);
        if (times == null) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        synchronized (times) {
            forgetOld(times, now);
            if (times.size() < maxFailures) {
                return Duration.ZERO;
            }
            return Duration.between(now, times.peekFirst().plus(window));
        }
    }

    /** Counts a failed sign-in from the address. */
    public void failed(String address) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_ABOVE) {
            failures.values().removeIf(times -> {
                synchronized (times) {
                    forgetOld(times, now);
                    return times.isEmpty();
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            forgetOld(times, now);
            times.addLast(now);
        }
    }

    public int maxFailures() {
        return maxFailures;
    }

    public Duration window() {
        return window;
    }

    private void forgetOld(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
    }
}
