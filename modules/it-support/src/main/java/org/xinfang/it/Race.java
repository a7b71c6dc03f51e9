package org.xinfang.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs two acts at the same instant on two threads (each its own transaction), the way two desks
 * press the button together, and tells which won and what the others threw.
 */
public final class Race {

    /** What came back: the winners' results and the losers' exceptions. */
    public record Outcome<T>(List<T> won, List<Throwable> lost) {
    }

    private Race() {
    }

    @SafeVarargs
    public static <T> Outcome<T> atOnce(Callable<T>... acts) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(acts.length);
        List<Future<T>> results = new ArrayList<>();
        for (Callable<T> act : acts) {
            results.add(pool.submit(() -> {
                start.await();
                return act.call();
            }));
        }
        start.countDown();
        List<T> won = new ArrayList<>();
        List<Throwable> lost = new ArrayList<>();
        try {
            for (Future<T> f : results) {
                try {
                    won.add(f.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    lost.add(e.getCause());
                } catch (java.util.concurrent.TimeoutException e) {
                    lost.add(e);
                }
            }
        } finally {
            pool.shutdown();
        }
        return new Outcome<>(won, lost);
    }
}
