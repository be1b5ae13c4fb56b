package dev.concdemo.support.work;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A simulation of CPython's global interpreter lock (the "new GIL" of Python 3.2+), honestly
 * labelled: the JVM has none. One thread at a time holds it. A thread that wants it waits up
 * to the switch interval (5 ms, sys.getswitchinterval()); if the GIL did not change hands
 * meanwhile, it sets a drop request. The holder sees the request at its next {@link #check},
 * lets go, and waits until another thread has taken the GIL (FORCE_SWITCHING) before it queues
 * again. The gil scenario measures it; a fib server computes under it. Not final: the gil
 * scenario's SimulatedGil extends it, so that its recursion calls {@link #check} directly (a
 * delegating wrapper cost one level of inlining, and one thread's run took up to twice as long).
 */
public class CpythonGil {
    /** CPython's default switch interval. */
    public static final Duration SWITCH_INTERVAL = Duration.ofMillis(5);

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

    public CpythonGil(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    /** Takes the GIL, waiting as CPython's take_gil does. */
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

    /** Lets the GIL go (around blocking IO, or at the end). */
    public void release() {
        mutex.lock();
        try {
            holder = null;
            freed.signal();
        } finally {
            mutex.unlock();
        }
    }

    /** The interpreter loop's check, made often by running code: hand the GIL over if asked. */
    public final void check() throws InterruptedException {
        if (dropRequest) { // the common case is false: one volatile read, as CPython's eval loop
            handOver();
        }
    }

    /**
     * The rare case of {@link #check()}, kept out of it so that the check stays small enough
     * for the JIT to inline into the running code every time, as it inlines the no-GIL check.
     */
    private void handOver() throws InterruptedException {
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

    /** Whether a thread holds the GIL now. */
    public boolean held() {
        mutex.lock();
        try {
            return holder != null;
        } finally {
            mutex.unlock();
        }
    }

    /**
     * @param switches times the GIL passed from one thread to another
     * @param dropRequests times a waiter waited a whole switch interval and asked the holder to let go
     * @param wastedWakeups times a waiter woke up and found the GIL taken by someone else
     */
    public record Counts(long switches, long dropRequests, long wastedWakeups) {}

    /** What happened to the lock so far. */
    public Counts counts() {
        mutex.lock();
        try {
            return new Counts(switches, dropRequestsMade, wastedWakeups);
        } finally {
            mutex.unlock();
        }
    }
}
