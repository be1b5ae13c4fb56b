package dev.concdemo.demos.io.fib.server;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A simulated global interpreter lock for a fib server, so that its threads compute as
 * CPython's would: one at a time. The JVM has none; this is the simulation, labelled as one.
 * The rule is CPython's "new GIL" (3.2+), as the gil scenario's SimulatedGil has it: a thread
 * that wants the GIL waits up to the switch interval (5 ms); if it did not change hands
 * meanwhile, the waiter asks the holder to let go; the holder sees the request at its next
 * check (every call of fib), lets go and waits until another thread has taken it. It is
 * written again here because a scenario never imports another; the gil scenario measures the
 * GIL itself, this one only serializes a server's fib.
 */
final class ServerGil {
    /** CPython's default switch interval, sys.getswitchinterval(). */
    static final long SWITCH_INTERVAL_NANOS = 5_000_000;

    private final ReentrantLock mutex = new ReentrantLock();
    private final Condition freed = mutex.newCondition(); // the GIL became free
    private final Condition taken = mutex.newCondition(); // someone took it (after a forced drop)

    // Guarded by mutex.
    private Thread holder;
    private int waiters;
    private long switches; // times it was taken: a waiter sees whether it changed hands

    /** Read without the mutex by the holder at every check, like CPython's eval_breaker. */
    private volatile boolean dropRequest;

    /** fib(n) by the seeds' naive recursion, holding the GIL, checking for a drop request at every call. */
    long fib(int n) throws InterruptedException {
        acquire();
        try {
            return fibHolding(n);
        } finally {
            release();
        }
    }

    /** Whether a thread holds the GIL now. */
    boolean held() {
        mutex.lock();
        try {
            return holder != null;
        } finally {
            mutex.unlock();
        }
    }

    private long fibHolding(int n) throws InterruptedException {
        if (dropRequest) {
            yieldToWaiter();
        }
        return n <= 2 ? 1 : fibHolding(n - 1) + fibHolding(n - 2);
    }

    private void acquire() throws InterruptedException {
        mutex.lock();
        try {
            waiters++;
            try {
                while (holder != null) {
                    long switchesBefore = switches;
                    boolean timedOut = freed.awaitNanos(SWITCH_INTERVAL_NANOS) <= 0;
                    if (holder != null && timedOut && switches == switchesBefore) {
                        dropRequest = true; // a whole interval with no switch: ask the holder to let go
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

    private void release() {
        mutex.lock();
        try {
            holder = null;
            freed.signal();
        } finally {
            mutex.unlock();
        }
    }

    /** Asked to let go: hand the GIL over, wait until another thread has it, then queue again. */
    private void yieldToWaiter() throws InterruptedException {
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
                taken.await(); // FORCE_SWITCHING, as CPython: wait until another thread has it
            }
        } finally {
            mutex.unlock();
        }
        acquire();
    }
}
