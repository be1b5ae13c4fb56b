package dev.concdemo.demos.jvm.forkjoin;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A ForkJoinPool whose workers have names ("fj-1", "fj-2", ...) and numbers, and the per-worker
 * counts the pool does not keep: it only gives a total, {@code getStealCount()}. Slot {@code i}
 * of each array is worker {@code i + 1}'s, written only by that worker (atomically all the
 * same, so they are read safely once the run is joined).
 */
final class Workers implements AutoCloseable {
    /** Worker {@code number}'s thread name, from 1. */
    static String name(int number) {
        return "fj-" + number;
    }

    /** A worker thread that knows its number. */
    static final class Worker extends ForkJoinWorkerThread {
        final int index; // 0-based

        Worker(ForkJoinPool pool, int index) {
            super(null, pool, true);
            this.index = index;
            setName(name(index + 1));
        }
    }

    final ForkJoinPool pool;
    final AtomicLongArray steals; // tasks this worker ran that another worker (or it) had not forked
    final AtomicLongArray ran; // tasks this worker ran
    private final AtomicInteger created = new AtomicInteger();

    Workers(int parallelism) {
        steals = new AtomicLongArray(parallelism);
        ran = new AtomicLongArray(parallelism);
        // A worker that retires and is replaced takes a new number; counts fold onto its slot modulo parallelism.
        pool = new ForkJoinPool(parallelism, p -> new Worker(p, created.getAndIncrement() % parallelism), null, false);
    }

    void reset() {
        for (int i = 0; i < steals.length(); i++) {
            steals.set(i, 0);
            ran.set(i, 0);
        }
    }

    @Override
    public void close() {
        pool.close(); // waits for the tasks, then ends the workers
    }
}
