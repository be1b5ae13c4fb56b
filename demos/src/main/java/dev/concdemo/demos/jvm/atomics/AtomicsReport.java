package dev.concdemo.demos.jvm.atomics;

import java.util.List;

/**
 * What {@code concdemo atomics} measured; printed as JSON with --json.
 *
 * @param increments per thread, in each measurement
 * @param rounds measurements of each figure; each figure is their median
 * @param rows one per way and thread count
 * @param falseSharing two threads, each with a counter of its own, in one cache line or padded apart
 */
record AtomicsReport(long increments, int rounds, List<Row> rows, Sharing falseSharing) {
    /**
     * @param way synchronized, ReentrantLock, AtomicLong or LongAdder
     * @param nsPerIncrement wall time of a measurement over all its increments (every thread's), median of the rounds
     * @param casRetries AtomicLong only (null for the others): compareAndSet failures, each a retry, over all rounds
     * @param increments all increments of all rounds at this thread count
     * @param exact every round's count came out exactly threads × increments
     */
    record Row(String way, int threads, double nsPerIncrement, Long casRetries, long increments, boolean exact) {}

    /**
     * @param sameLineNs per increment (wall time over both threads' increments), the two counters 8 bytes apart
     * @param paddedNs the same, 128 bytes apart
     * @param exact each counter ended at exactly its thread's increments, every time
     */
    record Sharing(double sameLineNs, double paddedNs, boolean exact) {}

    /** The row for {@code way} at {@code threads}. */
    Row row(String way, int threads) {
        return rows.stream()
                .filter(r -> r.way().equals(way) && r.threads() == threads)
                .findFirst()
                .orElseThrow();
    }
}
