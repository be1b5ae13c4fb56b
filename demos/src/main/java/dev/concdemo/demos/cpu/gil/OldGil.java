package dev.concdemo.demos.cpu.gil;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A simulation of the old GIL (CPython before 3.2), honestly labelled: every {@code ticks}
 * checks the holder lets go and at once asks again, signalling one waiter. On a multi-core
 * machine the holder, still running, usually takes it back before the woken waiter gets
 * there: the waiter wakes for nothing and waits again. That is seed 004's thrashing, and
 * {@link #stats()} counts those wasted wake-ups. CPython 3.2's forced switch
 * ({@link SimulatedGil}) ended it.
 */
final class OldGil implements Gil {
    /** Checks between two release-and-retake: CPython 2's check interval was 100 bytecodes. */
    static final int TICKS = 1000;

    private final ReentrantLock mutex = new ReentrantLock();
    private final Condition freed = mutex.newCondition();

    // Guarded by mutex.
    private Thread holder;
    private Thread lastHolder;
    private long switches;
    private long wastedWakeups;

    /** Only the holder touches it. */
    private int ticks;

    @Override
    public void acquire() throws InterruptedException {
        mutex.lock();
        try {
            while (holder != null) {
                freed.await();
                if (holder != null) {
                    wastedWakeups++; // signalled, but the GIL was taken again before we got there
                }
            }
            if (lastHolder != Thread.currentThread()) {
                switches++;
            }
            lastHolder = Thread.currentThread();
            holder = Thread.currentThread();
        } finally {
            mutex.unlock();
        }
    }

    @Override
    public void release() {
        mutex.lock();
        try {
            holder = null;
            freed.signal();
        } finally {
            mutex.unlock();
        }
    }

    @Override
    public void check() throws InterruptedException {
        if (++ticks < TICKS) {
            return;
        }
        ticks = 0;
        release(); // let go, signal a waiter...
        acquire(); // ...and ask again at once: the running thread usually wins
    }

    @Override
    public Stats stats() {
        mutex.lock();
        try {
            return new Stats(switches, 0, wastedWakeups);
        } finally {
            mutex.unlock();
        }
    }
}
