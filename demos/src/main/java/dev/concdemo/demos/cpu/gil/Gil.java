package dev.concdemo.demos.cpu.gil;

/**
 * A global interpreter lock, or none. In CPython, a thread must hold the GIL to run Python
 * code: it takes it ({@link #acquire}), gives it up around blocking IO ({@link #release}),
 * and, while computing, checks every so often whether another thread has asked for it
 * ({@link #check}). The JVM has no such lock; {@link SimulatedGil} builds one so that the
 * difference can be measured ({@link OldGil}: the one before CPython 3.2), and {@link NoGil}
 * is the JVM as it is: the same check at every call, which never asks anything.
 */
sealed interface Gil permits SimulatedGil, OldGil, NoGil {
    void acquire() throws InterruptedException;

    void release();

    /** The interpreter loop's check, made often by running code: hand the GIL over if asked. */
    void check() throws InterruptedException;

    /** What happened to the lock so far. */
    Stats stats();

    /**
     * @param switches times the GIL passed from one thread to another
     * @param dropRequests times a waiter waited a whole switch interval and asked the holder to let go
     * @param wastedWakeups times a waiter woke up and found the GIL taken by someone else (thrashing)
     */
    record Stats(long switches, long dropRequests, long wastedWakeups) {}
}
