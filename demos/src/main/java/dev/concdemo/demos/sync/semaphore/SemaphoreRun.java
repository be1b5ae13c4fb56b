package dev.concdemo.demos.sync.semaphore;

import dev.concdemo.support.term.Chart;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Trace;
import dev.concdemo.support.work.Threads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One run of the seed's experiment: {@code threads} threads pass a {@code Semaphore(permits)},
 * each holding a permit for {@code hold}; who is inside at every moment is recorded.
 */
final class SemaphoreRun {
    /** What a run measured: the report, and the count inside over [start, end) for the chart. */
    record Outcome(SemaphoreReport report, List<Chart.Step> inside, long start, long end) {}

    /** Thread {@code number}'s name, from 1, as Python names them: "Thread-7". */
    static String name(int number) {
        return "Thread-" + number;
    }

    private final int permits;
    private final int threads;
    private final Duration hold;
    private final Narrator n;
    private final Occupancy occupancy;
    private final AtomicInteger finished = new AtomicInteger();

    SemaphoreRun(int permits, int threads, Duration hold, Narrator n) {
        this.permits = permits;
        this.threads = threads;
        this.hold = hold;
        this.n = n;
        this.occupancy = new Occupancy(n.trace());
    }

    /** Every thread holds a permit for {@code hold}, {@code permits} at a time: this many rounds. */
    int waves() {
        return (threads + permits - 1) / permits;
    }

    /** How long the run takes at least. */
    Duration lowerBound() {
        return hold.multipliedBy(waves());
    }

    /** What the run has measured so far (for an interrupted run). */
    String soFar() {
        return Texts.of(SemaphoreRun.class).format("so-far", finished.get(), threads, occupancy.max(), permits);
    }

    /** The occupancy's changes, timed in milliseconds since {@code start} (to the microsecond). */
    static List<SemaphoreReport.Change> changes(List<Chart.Step> steps, long start) {
        return steps.stream()
                .map(s -> new SemaphoreReport.Change((s.nanos() - start) / 1000 / 1000.0, s.count()))
                .toList();
    }

    Outcome run() throws InterruptedException {
        Trace trace = n.trace();
        Semaphore sm = new Semaphore(permits);
        List<Thread> all = new ArrayList<>();
        long start = n.clock().startNanos(); // the run's clock: the summary agrees with the stamps
        for (int i = 1; i <= threads; i++) {
            all.add(Thread.ofPlatform().name(name(i)).start(() -> {
                try {
                    try (var _ = trace.span("wait for a permit")) {
                        sm.acquire();
                    }
                    try (var _ = trace.span("hold a permit")) {
                        occupancy.enter();
                        n.event(
                                Thread.currentThread().getName(),
                                "get sm  (%d inside)".formatted(permits - sm.availablePermits()));
                        Thread.sleep(hold);
                        occupancy.leave();
                    } finally {
                        sm.release();
                    }
                    finished.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        Threads.joinAll(all);
        long end = System.nanoTime();
        SemaphoreReport report = new SemaphoreReport(
                permits,
                threads,
                occupancy.max(),
                finished.get(),
                waves(),
                lowerBound().toMillis(),
                (end - start) / 1_000_000,
                changes(occupancy.changes(), start));
        return new Outcome(report, occupancy.changes(), start, end);
    }
}
