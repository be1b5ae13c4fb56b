package dev.concdemo.demos.jvm.atomics;

import java.util.concurrent.atomic.LongAdder;

/**
 * A LongAdder: under contention it spreads the count over cells, one per thread or so (each
 * padded to its own cache line), so threads stop fighting over one value; {@code sum()} adds
 * them up. Exact once the adders have ended.
 */
final class AdderCounter implements Counter {
    private final LongAdder adder = new LongAdder();

    @Override
    public long add(long increments) {
        for (long i = 0; i < increments; i++) {
            adder.increment();
        }
        return 0;
    }

    @Override
    public long total() {
        return adder.sum();
    }
}
