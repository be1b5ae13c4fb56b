package dev.concdemo.demos.io.bench;

import dev.concdemo.support.term.Narrator;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Seed 003's perf1 prints the time of every request ({@code print(end-start)}). In Python a
 * fib(30) took about a second; on the JVM it takes a few milliseconds, so every round trip
 * would be hundreds of lines a second. This prints at most one line per
 * {@link #MIN_GAP_NANOS}: the round trip itself when it is the only one since the last
 * line, otherwise the slowest of them, so a stall behind a hog still shows.
 */
final class RoundTripLines {
    /** At most 10 lines a second. */
    static final long MIN_GAP_NANOS = 100_000_000L;

    private final Narrator narrator;
    private final String asked;
    private final ReentrantLock lock = new ReentrantLock();
    // Guarded by lock: the round trips since the last printed line.
    private long lastLineNanos = System.nanoTime();
    private long count;
    private long slowest;

    RoundTripLines(Narrator narrator, String asked) {
        this.narrator = narrator;
        this.asked = asked;
    }

    /** Called by every connection thread after each round trip. */
    void add(long roundTripNanos) {
        lock.lock();
        try {
            count++;
            slowest = Math.max(slowest, roundTripNanos);
            long now = System.nanoTime();
            if (now - lastLineNanos < MIN_GAP_NANOS) {
                return;
            }
            String which = count == 1 ? "" : "  (the slowest of %d since the last line)".formatted(count);
            narrator.event(
                    Thread.currentThread().getName(),
                    String.format(Locale.ROOT, "%s round trip %.3f ms%s", asked, slowest / 1e6, which));
            lastLineNanos = now;
            count = 0;
            slowest = 0;
        } finally {
            lock.unlock();
        }
    }
}
