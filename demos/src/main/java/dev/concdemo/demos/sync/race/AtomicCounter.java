package dev.concdemo.demos.sync.race;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * FIXED by an atomic read-modify-write: {@code decrementAndGet} reads, subtracts and writes
 * as one indivisible step (a compare-and-swap), so there is no window to pause in and no
 * lock to wait for.
 */
final class AtomicCounter implements Counter {
    private final AtomicInteger value;

    AtomicCounter(int start) {
        this.value = new AtomicInteger(start);
    }

    @Override
    public void decrement() {
        value.decrementAndGet();
    }

    @Override
    public int value() {
        return value.get();
    }
}
