package dev.concdemo.support.work;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A start line for threads that race: each {@link #arrive() arrives} and spins until all have,
 * so that they start at the same moment, running, on different cores.
 *
 * <p>A latch is not enough for a race that lasts milliseconds. The threads it releases are
 * woken one by one, and on a busy machine the first has done its work before the last is back
 * on a core: the race never happens. Spinning keeps each on its core until the others are
 * on theirs.
 *
 * <p>The spin is bounded: where the racers cannot all run at once (fewer cores than racers, one
 * carrier for virtual threads, which are never preempted), the first to arrive gives up after
 * {@code patience} and starts alone, as it would have after a latch. Not a spin with
 * {@code Thread.yield}: on one carrier the yielding virtual thread is queued ahead of the one it
 * waits for, and waits for good.
 */
public final class StartLine {
    /** Long enough for a racer woken on a busy machine to reach a core; short beside a run. */
    private static final Duration PATIENCE = Duration.ofMillis(50);

    private final int racers;
    private final long patienceNanos;
    private final AtomicInteger arrived = new AtomicInteger();

    public StartLine(int racers) {
        this(racers, PATIENCE);
    }

    public StartLine(int racers, Duration patience) {
        this.racers = racers;
        this.patienceNanos = patience.toNanos();
    }

    /** Called by each racer before its work: returns when all have arrived, or patience ran out. */
    public void arrive() {
        arrived.incrementAndGet();
        long giveUp = System.nanoTime() + patienceNanos;
        while (arrived.get() < racers && System.nanoTime() - giveUp < 0) {
            Thread.onSpinWait();
        }
    }
}
