package dev.concdemo.demos.jvm.forkjoin;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The closing summary of a fork/join run: steals per worker, speedups, thresholds; all as measured. */
final class ForkJoinSummary {
    private ForkJoinSummary() {}

    /** Within this share of each other, two times are called "about the same". */
    static final double SAME = 0.05;

    static void print(Narrator n, ForkJoinReport r) {
        Texts t = Texts.of(ForkJoinSummary.class);
        n.sayPlain("");
        Table steals = new Table(t.format("col.worker"), t.format("col.steals"), t.format("col.ran"));
        r.steals().forEach(w -> steals.row(w.worker(), w.steals(), w.tasksRun()));
        steals.lines("  ").forEach(n::sayPlain);
        n.sayPlain(stealSentence(t, r));
        n.sayPlain("");

        ForkJoinReport.Times times = r.times();
        ForkJoinReport.Speedup speedup = r.speedup();
        Table ways = new Table(t.format("col.way"), t.format("col.median"), t.format("col.speedup"));
        ways.row(t.format("way.sequential"), ms(times.sequentialMs()), "1.00");
        ways.row(t.format("way.forkjoin", r.threshold()), ms(times.forkJoinMs()), Units.fixed2(speedup.forkJoin()));
        ways.row(
                t.format("way.chunks", r.workers()),
                ms(times.fixedPoolChunksMs()),
                Units.fixed2(speedup.fixedPoolChunks()));
        ways.row(
                t.format("way.leaves", SumTask.leaves(r.size(), r.threshold())),
                ms(times.fixedPoolLeavesMs()),
                Units.fixed2(speedup.fixedPoolLeaves()));
        ways.lines("  ").forEach(n::sayPlain);
        int ideal = Math.min(r.workers(), r.cores());
        n.sayPlain(t.format(
                "speedup",
                Units.fixed2(speedup.forkJoin()),
                r.workers(),
                r.cores(),
                ideal,
                Math.round(100 * speedup.forkJoin() / ideal)));
        n.sayPlain(t.format(
                "versus." + compare(times.forkJoinMs(), times.fixedPoolChunksMs()),
                Math.round(100 * Math.abs(times.fixedPoolChunksMs() / times.forkJoinMs() - 1))));
        n.sayPlain("");

        Table levels = new Table(
                t.format("col.threshold"),
                t.format("col.tasks"),
                t.format("col.median"),
                t.format("col.best"),
                t.format("col.exact"));
        for (ForkJoinReport.ThresholdRow row : r.thresholds()) {
            levels.row(
                    row.threshold(),
                    row.tasks(),
                    ms(row.medianMs()),
                    Units.fixed2(row.vsBest()),
                    t.format(row.sumExact() ? "yes" : "no"));
        }
        levels.lines("  ").forEach(n::sayPlain);
        ForkJoinReport.ThresholdRow smallest = r.thresholds().getFirst();
        ForkJoinReport.ThresholdRow whole = r.thresholds().getLast();
        n.sayPlain(t.format(
                smallest.vsBest() > 1 + SAME ? "tiny.costs" : "tiny.free",
                smallest.threshold(),
                smallest.tasks(),
                Units.fixed2(smallest.vsBest())));
        n.sayPlain(t.format(
                whole.vsBest() > 1 + SAME ? "whole.costs" : "whole.free", Units.fixed2(whole.vsBest()), r.workers()));
        boolean allExact = r.thresholds().stream().allMatch(ForkJoinReport.ThresholdRow::sumExact);
        n.sayPlain(allExact ? t.format("exact", r.sum()) : t.format("inexact"));
        n.sayPlain(t.format("python.summary"));
    }

    /** Milliseconds with two decimals, right-aligned in a table. */
    private static BigDecimal ms(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    /** "faster", "slower" or "same": fork/join's time against the other's. */
    static String compare(double forkJoinMs, double otherMs) {
        if (Math.abs(otherMs / forkJoinMs - 1) <= SAME) {
            return "same";
        }
        return forkJoinMs < otherMs ? "faster" : "slower";
    }

    static String stealSentence(Texts t, ForkJoinReport r) {
        long busy = r.steals().stream().filter(w -> w.tasksRun() > 0).count();
        String said = t.format("steals", r.tasksTotal(), r.stealsTotal(), r.poolStealCount());
        if (r.stealsTotal() == 0) {
            said += " " + t.format(r.workers() == 1 ? "steals.alone" : "steals.none", busy);
        }
        return said;
    }
}
