package dev.concdemo.demos.jvm.atomics;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * False sharing: two threads each increment a counter of its own, nothing shared, yet if the
 * two counters sit in one 64-byte cache line, every write by one core takes the line away from
 * the other and they slow each other down. Here the two counters are two longs of one
 * AtomicLongArray: adjacent (indices 0 and 1, 8 bytes apart: one line, unless the array happens
 * to straddle a line there) or padded apart (indices 0 and 16, 128 bytes apart: two lines, and
 * not neighbours that the CPU's adjacent-line prefetch pairs).
 */
final class FalseSharing {
    /** 8 bytes apart. */
    static final int SAME_LINE = 1;
    /** 128 bytes apart. */
    static final int PADDED = 16;

    /** One measurement. */
    record Result(double nsPerIncrement, boolean exact) {}

    private FalseSharing() {}

    static Result measure(int secondIndex, long increments) throws InterruptedException {
        AtomicLongArray slots = new AtomicLongArray(PADDED + 1); // fresh: where it lies is the JVM's choice
        int[] index = {0, secondIndex};
        Race.Timed timed = Race.run(secondIndex == SAME_LINE ? "same-line" : "padded", 2, racer -> {
            int mine = index[racer];
            for (long i = 0; i < increments; i++) {
                slots.incrementAndGet(mine);
            }
            return 0;
        });
        boolean exact = slots.get(0) == increments && slots.get(secondIndex) == increments;
        return new Result(
                (double) timed.elapsedNanos() / (2 * increments), exact); // per increment, all threads' together
    }
}
