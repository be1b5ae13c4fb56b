package dev.concdemo.demos.sync.race;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Supplier;

/**
 * One run of the race: {@code trials} times, {@code threads} threads each decrement a fresh
 * counter once; the final values are counted (jcstress style) and the first trials told.
 */
final class RaceRun {
    /** Trials told one by one; after them only the last. */
    static final int TOLD = 10;
    /** The label of the line that stands for the trials counted but not told. */
    static final String UNTOLD = "…";

    /** The label of trial {@code number}'s line: "trial 7". */
    static String label(int number) {
        return "trial " + number;
    }

    private final RaceTrials.Variant variant;
    private final int threads;
    private final int start;
    private final int trials;
    private final Duration pause;
    private final Narrator n;
    /** Final value → trials that ended with it; written by the run's thread, read by a Ctrl-C. */
    private final Map<Integer, Integer> outcomes = new ConcurrentSkipListMap<>();

    RaceRun(RaceTrials.Variant variant, int threads, int start, int trials, Duration pause, Narrator n) {
        this.variant = variant;
        this.threads = threads;
        this.start = start;
        this.trials = trials;
        this.pause = pause;
        this.n = n;
    }

    int expected() {
        return start - threads;
    }

    RaceReport run() throws InterruptedException {
        Supplier<Counter> fresh = RaceTrials.variant(variant, start, pause);
        int expected = expected();
        long began = n.clock().startNanos(); // the run's clock: the summary agrees with the stamps
        for (int i = 1; i <= trials; i++) {
            int value;
            try (var _ = n.trace().span("trial " + i)) {
                value = RaceTrials.trial(fresh, threads, n.trace());
            }
            outcomes.merge(value, 1, Integer::sum);
            if (i <= TOLD || i == trials) {
                n.event(
                        label(i),
                        value == expected
                                ? "ticket = %d".formatted(value)
                                : Narrator.style(
                                        "fg_red",
                                        "ticket = %d: %d of %d decrements lost"
                                                .formatted(value, value - expected, threads)));
            } else if (i == TOLD + 1) {
                n.event(
                        UNTOLD,
                        trials == 12
                                ? "(trial 11 counted, not shown)"
                                : "(trials 11 to %d counted, not shown)".formatted(trials - 1));
            }
        }
        long elapsed = System.nanoTime() - began;
        int lostTrials = trials - outcomes.getOrDefault(expected, 0);
        long lost = outcomes.entrySet().stream()
                .mapToLong(e -> (long) (e.getKey() - expected) * e.getValue())
                .sum();
        return new RaceReport(
                variant.toString(),
                threads,
                start,
                trials,
                expected,
                new TreeMap<>(outcomes), // in order of value, as the table shows them
                lostTrials,
                lost,
                pause.toNanos() / 1e6,
                elapsed / 1_000_000);
    }

    /** What a Ctrl-C reports: the trials done so far and how many lost updates. */
    String soFar() {
        int done = outcomes.values().stream().mapToInt(Integer::intValue).sum();
        int lost = done - outcomes.getOrDefault(expected(), 0);
        return Texts.of(RaceRun.class).format("so-far", done, trials, lost);
    }
}
