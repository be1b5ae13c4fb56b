package dev.concdemo.support.work;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waiting for something that sends no signal (a process's state in {@code /proc}, a line a
 * child printed): look, sleep a little, look again, until it holds or the time is up. Where
 * there is a signal (a latch, a future, a lock's condition), wait on that instead.
 */
public final class Poll {
    private static final Duration EVERY = Duration.ofMillis(1);

    private Poll() {}

    /** Looks every millisecond until {@code condition} holds or {@code atMost} has passed; whether it held. */
    public static boolean until(Duration atMost, BooleanSupplier condition) throws InterruptedException {
        return until(atMost, EVERY, condition);
    }

    /** The same, looking every {@code every}. */
    public static boolean until(Duration atMost, Duration every, BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            Thread.sleep(every);
        }
        return true;
    }
}
