package dev.concdemo.support.term;

import java.util.Locale;

/**
 * One monotonic clock per run: the narrator's {@code +1.234s} stamps, the summary's elapsed
 * time and the trace's timestamps all count from the same start, so they never disagree.
 * Started when the command begins to run (not when the JVM or the parser did).
 */
public final class RunClock {
    private volatile long startNanos = System.nanoTime();

    /** Starts counting again from now: called once, just before the command runs. */
    public void restart() {
        startNanos = System.nanoTime();
    }

    /** When the run began, on {@link System#nanoTime()}'s scale. */
    public long startNanos() {
        return startNanos;
    }

    public long elapsedNanos() {
        return System.nanoTime() - startNanos;
    }

    /** Milliseconds from the start of the run to {@code nanoTime} (a {@link System#nanoTime()} reading). */
    public long millisAt(long nanoTime) {
        return (nanoTime - startNanos) / 1_000_000;
    }

    /** Microseconds from the start of the run to {@code nanoTime}, for the trace. */
    public double microsAt(long nanoTime) {
        return (nanoTime - startNanos) / 1e3;
    }

    /** "+2.092s": the stamp of a narrated line. */
    public String stamp() {
        return stampAt(System.nanoTime());
    }

    /** The stamp of a line said at {@code nanoTime} (a {@link System#nanoTime()} reading). */
    public String stampAt(long nanoTime) {
        return String.format(Locale.ROOT, "+%.3fs", (nanoTime - startNanos) / 1e9);
    }
}
