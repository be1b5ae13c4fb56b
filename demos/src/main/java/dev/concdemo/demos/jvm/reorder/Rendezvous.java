package dev.concdemo.demos.jvm.reorder;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A cheap meeting point for the two actors, crossed once before and once after each batch: each
 * adds 1 to a shared counter (a volatile write) and spins until the other has too, so both start
 * a batch within a few hundred nanoseconds of each other, and everything one wrote before it
 * arrived is visible to the other after it leaves. A thread that spins long yields its core now
 * and then: on a busy machine the other actor may be waiting for one.
 */
final class Rendezvous {
    private static final int SPINS_BEFORE_YIELD = 1 << 10;

    private final AtomicInteger arrivals = new AtomicInteger();
    private volatile boolean stopped; // set by the run's thread when it is cancelled

    /** Waits for the other actor's {@code meeting}-th arrival (from 1); false if stopped meanwhile. */
    boolean meet(int meeting) {
        arrivals.incrementAndGet();
        int spins = 0;
        while (arrivals.get() < 2 * meeting) {
            if (stopped) {
                return false;
            }
            if (++spins % SPINS_BEFORE_YIELD == 0) {
                Thread.yield();
            } else {
                Thread.onSpinWait();
            }
        }
        return !stopped;
    }

    /** Makes every waiting and later {@link #meet} return false. */
    void stop() {
        stopped = true;
    }
}
