package dev.concdemo.demos.jvm.reorder;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The four experiments, one after the other on the same two actor threads: store buffering
 * over plain then volatile fields, message passing with a plain then a volatile flag. Narrates
 * each experiment's counts as they grow, four times per experiment.
 */
final class ReorderRun {
    static final String MAIN = "main";
    /** Trials per batch: small enough that both actors run a batch's trials side by side. */
    static final int BATCH = 4096;

    /** The experiments, in order, and the label each has in the output and the JSON. */
    static final List<String> NAMES = List.of("sb plain", "sb volatile", "mp plain", "mp volatile");

    private final long trials;
    private final Narrator n;

    ReorderRun(long trials, Narrator n) {
        this.trials = trials;
        this.n = n;
    }

    /** Each experiment's latest counts, as told; written by actor 1's thread, read by Ctrl-C's. */
    private final AtomicReferenceArray<String> told = new AtomicReferenceArray<>(NAMES.size());

    /** What was measured before an interrupt: each experiment's counts so far; null for none. */
    String soFar() {
        List<String> counts = new ArrayList<>();
        for (int x = 0; x < told.length(); x++) {
            if (told.get(x) != null) {
                counts.add(told.get(x));
            }
        }
        return counts.isEmpty() ? null : String.join("; ", counts);
    }

    ReorderReport run() throws InterruptedException {
        List<Experiment> experiments = List.of(
                new PlainStoreBuffering(),
                new VolatileStoreBuffering(),
                new PlainMessagePassing(),
                new VolatileMessagePassing());
        long quarter = Math.max(BATCH, trials / 4);
        long[] next = new long[experiments.size()]; // when to tell each one's counts next; actor 1's thread only
        Arrays.fill(next, quarter);
        long start = System.nanoTime();
        List<long[]> counts = new Harness(experiments, trials, BATCH).run((x, done, c) -> {
            if (done >= next[x] || done == trials) {
                next[x] = (done / quarter + 1) * quarter;
                if (next[x] > trials && done < trials) {
                    next[x] = trials;
                }
                String sofar = progress(experiments.get(x), x, done, c);
                told.set(x, sofar);
                n.event(Harness.ACTOR1, sofar);
            }
        });
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        return new ReorderReport(
                trials,
                BATCH,
                System.getProperty("os.arch"),
                pair(keyed(experiments.get(0), counts.get(0)), keyed(experiments.get(1), counts.get(1))),
                pair(keyed(experiments.get(2), counts.get(2)), keyed(experiments.get(3), counts.get(3))),
                elapsedMs);
    }

    /** The counts so far, told by the outcome that needs reordering (the one to watch). */
    private static String progress(Experiment e, int x, long done, long[] c) {
        List<Experiment.Outcome> outcomes = e.outcomes();
        int watched = 0;
        while (outcomes.get(watched).grade() == Experiment.Grade.ACCEPTABLE) {
            watched++;
        }
        return Texts.of(ReorderRun.class)
                .format("progress", NAMES.get(x), done, outcomes.get(watched).shown(), c[watched]);
    }

    private static Map<String, Map<String, Long>> pair(Map<String, Long> plain, Map<String, Long> volatileOnes) {
        Map<String, Map<String, Long>> pair = new LinkedHashMap<>();
        pair.put(ReorderReport.PLAIN, plain);
        pair.put(ReorderReport.VOLATILE, volatileOnes);
        return pair;
    }

    private static Map<String, Long> keyed(Experiment e, long[] counts) {
        Map<String, Long> keyed = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            keyed.put(e.outcomes().get(i).key(), counts[i]);
        }
        return keyed;
    }
}
