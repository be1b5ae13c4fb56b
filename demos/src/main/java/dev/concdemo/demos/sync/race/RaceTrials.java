package dev.concdemo.demos.sync.race;

import dev.concdemo.support.cli.EnumConverter;
import dev.concdemo.support.term.Trace;
import dev.concdemo.support.work.Threads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Runs the seed's experiment many times and counts the final values, as jcstress counts outcomes. */
final class RaceTrials {
    private RaceTrials() {}

    /** One trial: {@code threads} threads each decrement a fresh counter once; returns its final value. */
    static int trial(Supplier<Counter> fresh, int threads) throws InterruptedException {
        return trial(fresh, threads, Trace.off());
    }

    /** The same, each decrement a span of the trace. */
    static int trial(Supplier<Counter> fresh, int threads, Trace trace) throws InterruptedException {
        Counter counter = fresh.get();
        List<Thread> started = new ArrayList<>(threads);
        for (int i = 1; i <= threads; i++) {
            started.add(Thread.ofPlatform().name("race-" + i).start(() -> {
                try (var _ = trace.span("ticket -= 1")) {
                    counter.decrement();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        Threads.joinAll(started);
        return counter.value();
    }

    /** Final value → how many trials ended with it. */
    static Map<Integer, Integer> outcomes(Supplier<Counter> fresh, int threads, int trials)
            throws InterruptedException {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (int i = 0; i < trials; i++) {
            counts.merge(trial(fresh, threads), 1, Integer::sum);
        }
        return counts;
    }

    static Supplier<Counter> variant(Variant variant, int start, Duration pause) {
        return switch (variant) {
            case UNSAFE -> () -> new UnsafeCounter(start, pause);
            case LOCK -> () -> new LockedCounter(start, pause);
            case ATOMIC -> () -> new AtomicCounter(start);
        };
    }

    enum Variant {
        UNSAFE,
        LOCK,
        ATOMIC;

        /** As users type it, and as completion offers it. */
        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** Parses --variant in any case; a wrong value names the right ones as typed. */
        static final class Converter extends EnumConverter<Variant> {
            Converter() {
                super(Variant.class);
            }
        }
    }
}
