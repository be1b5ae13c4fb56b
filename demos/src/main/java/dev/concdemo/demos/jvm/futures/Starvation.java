package dev.concdemo.demos.jvm.futures;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Units;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A blocking stage starving a pool: {@code blockers} stages that sleep are submitted to an
 * executor; once as many have started as the executor has threads (or all of them), one quick
 * stage is submitted. On the common pool, whose parallelism is cores - 1, every worker is asleep:
 * the quick stage waits for a blocker to end. On an own executor with a thread to spare it runs
 * at once. (Sleeping does not make the common pool add a worker; only a ManagedBlocker does.)
 */
final class Starvation {
    private final int blockers;
    private final Duration blocking;
    private final Narrator n;

    Starvation(int blockers, Duration blocking, Narrator n) {
        this.blockers = blockers;
        this.blocking = blocking;
        this.n = n;
    }

    /** The stages on {@code executor} with {@code threads} threads, timed from the first submission. */
    FuturesReport.Place on(String name, Executor executor, int threads)
            throws InterruptedException, ExecutionException {
        long t0 = System.nanoTime();
        AtomicLong firstEnd = new AtomicLong(Long.MAX_VALUE);
        CountDownLatch busy = new CountDownLatch(Math.min(blockers, threads));
        List<CompletableFuture<Void>> blocked = new ArrayList<>();
        for (int b = 1; b <= blockers; b++) {
            int number = b;
            blocked.add(CompletableFuture.runAsync(
                    () -> {
                        n.event(
                                Thread.currentThread().getName(),
                                "blocker %d sleeps %s".formatted(number, Units.millis(blocking.toNanos())));
                        busy.countDown();
                        try {
                            Thread.sleep(blocking);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        long end = System.nanoTime();
                        firstEnd.accumulateAndGet(end, Math::min);
                        n.event(Thread.currentThread().getName(), "blocker %d ends".formatted(number));
                    },
                    executor));
        }
        busy.await();
        long submitted = System.nanoTime();
        Quick quick = CompletableFuture.supplyAsync(
                        () -> {
                            long at = System.nanoTime();
                            n.event(
                                    Thread.currentThread().getName(),
                                    "quick stage runs, %s after it was submitted"
                                            .formatted(Units.millis(at - submitted)));
                            return new Quick(at, Thread.currentThread().getName());
                        },
                        executor)
                .get(); // not join(): a cancelled run is interrupted here
        long started = quick.started();
        CompletableFuture.allOf(blocked.toArray(CompletableFuture[]::new)).get();
        return new FuturesReport.Place(
                name,
                threads,
                ms(started - submitted),
                ms(submitted - t0),
                ms(started - t0),
                ms(firstEnd.get() - t0),
                started >= firstEnd.get(),
                quick.thread());
    }

    /** When the quick stage started, and on which thread. */
    private record Quick(long started, String thread) {}

    private static double ms(long nanos) {
        return Units.round2(nanos / 1e6);
    }
}
