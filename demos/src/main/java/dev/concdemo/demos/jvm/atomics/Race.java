package dev.concdemo.demos.jvm.atomics;

import dev.concdemo.support.work.StartLine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToLongFunction;

/**
 * Runs {@code threads} named platform threads that start together (a {@link StartLine}) and each
 * do their part; measures from the first start to the last end. If the measuring thread is
 * interrupted (a cancelled run), the racers are interrupted and joined: none outlives the run.
 */
final class Race {
    /** What one race measured: its wall time, and the sum of what the racers returned. */
    record Timed(long elapsedNanos, long returned) {}

    private Race() {}

    /** {@code work} gets the racer's index (from 0) and returns a count (CAS failures); it should check interrupts rarely. */
    static Timed run(String name, int threads, IntToLongFunction work) throws InterruptedException {
        StartLine line = new StartLine(threads);
        long[] started = new long[threads]; // each racer writes its own slot; read after the joins
        long[] ended = new long[threads];
        long[] returned = new long[threads];
        List<Thread> racers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int racer = i;
            racers.add(Thread.ofPlatform().name(name + "-" + (i + 1)).start(() -> {
                line.arrive();
                started[racer] = System.nanoTime();
                returned[racer] = work.applyAsLong(racer);
                ended[racer] = System.nanoTime();
            }));
        }
        try {
            for (Thread t : racers) {
                t.join();
            }
        } catch (InterruptedException cancelled) {
            racers.forEach(Thread::interrupt);
            for (Thread t : racers) {
                t.join(); // each racer's work is bounded: it ends
            }
            throw cancelled;
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        long sum = 0;
        for (int i = 0; i < threads; i++) {
            first = Math.min(first, started[i]);
            last = Math.max(last, ended[i]);
            sum += returned[i];
        }
        return new Timed(last - first, sum);
    }
}
