package org.xinfang.core;

import java.util.Locale;
import java.util.function.IntUnaryOperator;

/**
 * One path of a single-threaded micro-benchmark, timed and printed the same way by every benchmark of
 * the core (the identity cipher, redaction): {@code warmUp} rounds over all items for the JIT, then
 * {@code rounds} timed, and one line with the time per item and the items per second.
 */
public final class MicroBenchmark {

    /** Where the results go, so that the JIT cannot drop the work as unused. */
    private static volatile long sink;

    private MicroBenchmark() {
    }

    /**
     * Runs {@code perItem} over items {@code 0 … items - 1} and prints {@code what} with the figures,
     * {@code unit} naming an item ("party", "text").
     */
    public static void report(String what, String unit, int items, int warmUp, int rounds, IntUnaryOperator perItem) {
        long used = 0;
        for (int r = 0; r < warmUp; r++) {
            for (int i = 0; i < items; i++) {
                used += perItem.applyAsInt(i);
            }
        }
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < items; i++) {
                used += perItem.applyAsInt(i);
            }
        }
        sink = used;
        double micros = (System.nanoTime() - start) / 1_000.0 / rounds / items;
        System.out.println(String.format(Locale.ROOT, "  %-50s %9.2f µs/%s  %,14.0f per second", what, micros, unit, 1_000_000 / micros));
    }
}
