package dev.concdemo.demos.io.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

/**
 * The answers of one load counted per interval of time, finer than perf2's seconds: the rate
 * over time, its dips and its warm-up. Each answer is counted where its round trip ended,
 * measured from the moment the first round trip was sent (the load's start, within the
 * microseconds its connections' threads take to start); answers after the last whole interval
 * are left out, as the whole seconds leave them out.
 */
final class Intervals implements LongConsumer {
    /** The interval for loads up to 20 s; a longer load has 100 intervals, each a whole 100 ms. */
    static final Duration SHORTEST = Duration.ofMillis(200);

    private final Duration interval;
    private final AtomicLongArray counts;
    private final AtomicReference<Long> start = new AtomicReference<>(); // the first request's send

    Intervals(Duration load) {
        interval = of(load);
        counts = new AtomicLongArray((int) (load.toNanos() / interval.toNanos()));
    }

    /** The interval a load of this length is counted in. */
    static Duration of(Duration load) {
        long tenths = (load.toMillis() / 100 + 99) / 100; // load / 100, rounded up to 100 ms
        return tenths * 100 > SHORTEST.toMillis() ? Duration.ofMillis(tenths * 100) : SHORTEST;
    }

    Duration interval() {
        return interval;
    }

    /** One answer, {@code roundTrip} nanoseconds after its request was sent; called on the connection's thread. */
    @Override
    public void accept(long roundTrip) {
        long now = System.nanoTime();
        start.compareAndSet(null, now - roundTrip);
        long index = Math.max(0, now - start.get()) / interval.toNanos();
        if (index < counts.length()) {
            counts.incrementAndGet((int) index);
        }
    }

    /** The answers of each whole interval, in order. */
    List<Long> counts() {
        List<Long> out = new ArrayList<>(counts.length());
        for (int i = 0; i < counts.length(); i++) {
            out.add(counts.get(i));
        }
        return out;
    }
}
