package dev.concdemo.support.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A run's cancel signal. The CLI raises it on the first Ctrl-C or SIGTERM, the narrator when
 * the output is closed (a pipe into {@code head}), a shell when the user stops a scenario.
 * Raising it interrupts the thread running the command, so every interruptible wait in the
 * scenario ends; scenarios that wait for it on purpose ({@code serve}) use {@link #await}.
 * Thread-safe; raised at most once.
 */
public final class Cancellation {
    /** Why a run was cancelled. */
    public enum Reason {
        /** Ctrl-C or SIGTERM. */
        INTERRUPTED,
        /** Nobody reads the output any more. */
        OUTPUT_CLOSED
    }

    private final CountDownLatch raised = new CountDownLatch(1);
    private volatile Reason reason; // null until raised
    private volatile Thread runner; // the thread running the command
    private volatile long raisedAtNanos;
    private volatile boolean expected;

    /** The thread that runs the command: it is interrupted when the run is cancelled. */
    public void runOn(Thread thread) {
        runner = thread;
    }

    /** Cancels the run; only the first call counts. Returns whether this call was the first. */
    public boolean cancel(Reason why) {
        synchronized (this) {
            if (reason != null) {
                return false;
            }
            reason = why;
            raisedAtNanos = System.nanoTime();
        }
        raised.countDown();
        Thread thread = runner;
        if (thread != null) {
            thread.interrupt();
        }
        return true;
    }

    /** Says that this command ends when cancelled, as its normal way to stop (a server waiting for Ctrl-C). */
    public void expect() {
        expected = true;
    }

    /** Whether the command said that a cancel is its normal end. */
    public boolean expected() {
        return expected;
    }

    public boolean isCancelled() {
        return reason != null;
    }

    /** Why the run was cancelled; null while it was not. */
    public Reason reason() {
        return reason;
    }

    /** When it was cancelled ({@link System#nanoTime()}); 0 while it was not. */
    public long raisedAtNanos() {
        return raisedAtNanos;
    }

    /** Waits until the run is cancelled. */
    public void await() throws InterruptedException {
        raised.await();
    }

    /** Waits until the run is cancelled or {@code atMost} has passed; true if it was cancelled. */
    public boolean await(Duration atMost) throws InterruptedException {
        return raised.await(atMost.toNanos(), TimeUnit.NANOSECONDS);
    }
}
