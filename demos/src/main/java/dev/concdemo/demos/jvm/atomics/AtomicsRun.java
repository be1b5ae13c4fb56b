package dev.concdemo.demos.jvm.atomics;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Units;
import dev.concdemo.support.work.Percentiles;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The measurements: every way at 1 and 2 threads, then the false-sharing pair, round after
 * round, interleaved (round 1 measures everything once, then round 2...) so that a burst of
 * load from elsewhere falls on every figure alike; each figure is the median of its rounds.
 * A warm-up round first, not counted, lets the JIT compile the loops.
 */
final class AtomicsRun {
    static final String MAIN = "main";
    static final int[] THREADS = {1, 2};

    private final long increments; // per thread, per measurement
    private final int rounds;
    private final Narrator n;

    AtomicsRun(long increments, int rounds, Narrator n) {
        this.increments = increments;
        this.rounds = rounds;
        this.n = n;
    }

    /** The rounds measured so far, as told; written by the run's thread, read by Ctrl-C's. */
    private final List<String> told = new CopyOnWriteArrayList<>();

    /** What was measured before an interrupt: the latest figures told; null for none. */
    String soFar() {
        return told.isEmpty() ? null : told.getLast();
    }

    AtomicsReport run() throws InterruptedException {
        Way[] ways = Way.values();
        double[][][] ns = new double[ways.length][THREADS.length][rounds];
        long[][] casFailures = new long[ways.length][THREADS.length]; // summed over the rounds
        boolean[][] exact = new boolean[ways.length][THREADS.length];
        double[] sameLine = new double[rounds];
        double[] padded = new double[rounds];
        boolean sharingExact = true;
        for (Way way : ways) { // warm-up, not counted
            for (int threads : THREADS) {
                measure(way, threads, Math.max(1, increments / 10));
            }
        }
        FalseSharing.measure(FalseSharing.SAME_LINE, Math.max(1, increments / 10));
        for (int round = 0; round < rounds; round++) {
            for (int w = 0; w < ways.length; w++) {
                for (int t = 0; t < THREADS.length; t++) {
                    Measured m;
                    try (var _ = n.trace().span("%s, %d thread(s)".formatted(ways[w].label, THREADS[t]))) {
                        m = measure(ways[w], THREADS[t], increments);
                    }
                    ns[w][t][round] = m.nsPerIncrement();
                    casFailures[w][t] += m.casFailures();
                    exact[w][t] = (round == 0 || exact[w][t]) && m.exact();
                }
                String figures = "round %d: %-13s 1 thread %6.2f ns, 2 threads %6.2f ns per increment"
                        .formatted(round + 1, ways[w].label, ns[w][0][round], ns[w][1][round]);
                told.add(figures);
                n.event(MAIN, figures);
            }
            FalseSharing.Result same = FalseSharing.measure(FalseSharing.SAME_LINE, increments);
            FalseSharing.Result apart = FalseSharing.measure(FalseSharing.PADDED, increments);
            sameLine[round] = same.nsPerIncrement();
            padded[round] = apart.nsPerIncrement();
            sharingExact &= same.exact() && apart.exact();
            String sharing = "round %d: own counters in one cache line %.2f ns, 128 bytes apart %.2f ns"
                    .formatted(round + 1, same.nsPerIncrement(), apart.nsPerIncrement());
            told.add(sharing);
            n.event(MAIN, sharing);
        }
        List<AtomicsReport.Row> rows = new ArrayList<>();
        for (int w = 0; w < ways.length; w++) {
            for (int t = 0; t < THREADS.length; t++) {
                long total = (long) THREADS[t] * increments * rounds;
                rows.add(new AtomicsReport.Row(
                        ways[w].label,
                        THREADS[t],
                        Units.round2(Percentiles.median(ns[w][t])),
                        ways[w].cas ? casFailures[w][t] : null,
                        total,
                        exact[w][t]));
            }
        }
        return new AtomicsReport(
                increments,
                rounds,
                rows,
                new AtomicsReport.Sharing(
                        Units.round2(Percentiles.median(sameLine)),
                        Units.round2(Percentiles.median(padded)),
                        sharingExact));
    }

    /** One measurement: its time per increment, its CAS failures, and whether the count came out exact. */
    private record Measured(double nsPerIncrement, long casFailures, boolean exact) {}

    private static Measured measure(Way way, int threads, long increments) throws InterruptedException {
        Counter counter = way.counter();
        Race.Timed timed = Race.run(way.label, threads, _ -> counter.add(increments));
        long all = threads * increments;
        return new Measured((double) timed.elapsedNanos() / all, timed.returned(), counter.total() == all);
    }
}
