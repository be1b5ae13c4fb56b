package dev.concdemo.demos.jvm.atomics;

import java.util.concurrent.atomic.AtomicLong;

/**
 * An AtomicLong incremented by a compare-and-set loop, written out so its failures can be
 * counted: read v, ask the CPU to replace v by v + 1 only if it is still v; if another thread
 * changed it in between, the CAS fails and the loop reads again (a retry).
 */
final class CasCounter implements Counter {
    private final AtomicLong value = new AtomicLong();

    @Override
    public long add(long increments) {
        long failures = 0;
        for (long i = 0; i < increments; i++) {
            long v = value.get();
            while (!value.compareAndSet(v, v + 1)) { // strong CAS: fails only if the value changed
                failures++;
                v = value.get();
            }
        }
        return failures;
    }

    @Override
    public long total() {
        return value.get();
    }
}
