package org.xinfang.it.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs one unit of work many times on a fixed number of threads and measures the round. */
public final class Rounds {

    /** One unit of work, the {@code n}-th of its round. */
    @FunctionalInterface
    public interface Work {
        void run(int n) throws Exception;
    }

    /**
     * A measured round: how many units were asked for, how many failed (a reference engine may lose some
     * to deadlocks; they are counted, not retried), the wall time and each completed unit's time.
     */
    public record Round(int threads, int count, int failed, double seconds, long[] latencies, String firstFailure) {

        public double perSecond() {
            return (count - failed) / seconds;
        }

        public double percentileMillis(double fraction) {
            return latencies.length == 0 ? Double.NaN
                    : latencies[Math.min(latencies.length - 1, (int) (latencies.length * fraction))] / 1e6;
        }

        /** "p50 80 ms, p95 203 ms", and the failures when there were any. */
        public String latency(String per) {
            String line = String.format("p50 %.0f ms, p95 %.0f ms per %s", percentileMillis(0.5), percentileMillis(0.95), per);
            return failed == 0 ? line : line + String.format(" | %d of %d failed, first: %s", failed, count, firstFailure);
        }
    }

    private Rounds() {
    }

    /** {@code count} units of {@code work} on {@code threads} threads. */
    public static Round run(int count, int threads, Work work) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long started = System.nanoTime();
            List<Future<Long>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                done.add(pool.submit(() -> {
                    long begun = System.nanoTime();
                    work.run(n);
                    return System.nanoTime() - begun;
                }));
            }
            long[] latencies = new long[count];
            int completed = 0;
            String firstFailure = null;
            for (Future<Long> unit : done) {
                try {
                    latencies[completed++] = unit.get();
                } catch (ExecutionException e) {
                    completed--;
                    if (firstFailure == null) {
                        // One line of at most 200 characters: a driver's message may run over many, with tabs.
                        String all = e.getCause().toString().lines().map(String::strip).filter(l -> !l.isEmpty())
                                .reduce((a, b) -> a + " " + b).orElse("").replace('\t', ' ');
                        firstFailure = all.length() <= 200 ? all : all.substring(0, 200) + "…";
                    }
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long[] measured = Arrays.copyOf(latencies, completed);
            Arrays.sort(measured);
            return new Round(threads, count, count - completed, seconds, measured, firstFailure);
        } finally {
            pool.shutdown();
        }
    }
}
