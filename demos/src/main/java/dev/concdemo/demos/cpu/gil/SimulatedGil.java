package dev.concdemo.demos.cpu.gil;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A simulation of CPython's GIL (the "new GIL" of Python 3.2+), honestly labelled: the JVM
 * has none. One thread at a time holds it. A thread that wants it waits up to the switch
 * interval (5 ms, sys.getswitchinterval()); if the GIL did not change hands meanwhile, it
 * sets a drop request. The holder sees the request at its next {@link #check}, lets go, and
 * waits until another thread has taken the GIL (FORCE_SWITCHING) before it queues again.
 */
final class SimulatedGil implements Gil {
    /** CPython's default switch interval. */
    static final Duration SWITCH_INTERVAL = Duration.ofMillis(5);

    private final long intervalNanos;
    private final ReentrantLock mutex = new ReentrantLock();
    private final Condition freed = mutex.newCondition(); // the GIL became free
    private final Condition taken = mutex.newCondition(); // someone took it (after a forced drop)

    // All guarded by mutex.
    private Thread holder;
    private int waiters;
    private long switches;
    private long dropRequestsMade;
    private long wastedWakeups;

    /** Read without the mutex by the holder's check(), like CPython's eval_breaker. */
    private volatile boolean dropRequest;

    SimulatedGil(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    @Override
    public void acquire() throws InterruptedException {
        mutex.lock();
        try {
            waiters++;
            try {
                while (holder != null) {
                    long switchesBefore = switches;
                    boolean timedOut = freed.awaitNanos(intervalNanos) <= 0;
                    if (holder != null) {
                        if (timedOut && switches == switchesBefore) {
                            dropRequest = true; // a whole interval with no switch: ask the holder to let go
                            dropRequestsMade++;
                        } else if (!timedOut) {
                            wastedWakeups++; // woken for nothing: another thread got there first
                        }
                    }
                }
            } finally {
                waiters--;
                taken.signalAll(); // a dropper waiting for this waiter must learn if it gave up instead
            }
            Thread previous = holder;
            holder = Thread.currentThread();
            if (previous != holder) {
                switches++;
            }
            dropRequest = false;
            taken.signalAll();
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
        if (!dropRequest) {
            return; // the common case: one volatile read, as CPython's eval loop
        }
        mutex.lock();
        try {
            if (waiters == 0) {
                dropRequest = false;
                return;
            }
            long switchesBefore = switches;
            holder = null;
            freed.signal();
            while (switches == switchesBefore && waiters > 0) {
                taken.await(); // FORCE_SWITCHING, as CPython: wait until another thread has it, however long
            }
        } finally {
            mutex.unlock();
        }
        acquire();
    }

    @Override
    public Stats stats() {
        mutex.lock();
        try {
            return new Stats(switches, dropRequestsMade, wastedWakeups);
        } finally {
            mutex.unlock();
        }
    }
}
