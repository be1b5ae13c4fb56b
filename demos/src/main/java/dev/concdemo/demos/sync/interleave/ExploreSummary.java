package dev.concdemo.demos.sync.interleave;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.util.Map;
import java.util.stream.Collectors;

/** The closing words of --explore: the outcome table, how many break it, the shortest way, the real scheduler. */
final class ExploreSummary {
    private ExploreSummary() {}

    static void print(Narrator n, ExploreReport r, Words words, String command) {
        Texts t = Texts.of(ExploreSummary.class);
        n.sayPlain(Width.fill(t.format("visited", r.interleavings(), r.states())));
        n.sayPlain("");
        Table table = new Table(t.format("col.outcome"), t.format("col.interleavings"), t.format("col.share"), "");
        for (Map.Entry<String, Long> e : r.outcomes().entrySet()) {
            boolean bad = r.badOutcomes().contains(e.getKey());
            table.row(e.getKey(), e.getValue(), percent(e.getValue(), r.interleavings()), bad ? t.format("bad") : "");
        }
        table.lines("  ").forEach(n::sayPlain);
        n.sayPlain("");
        if (r.bad() == 0) {
            n.sayPlain(Width.fill(t.format("noneBad", r.interleavings()) + Texts.between() + words.fix()));
        } else {
            String schedule =
                    r.shortestFailingSchedule().stream().map(String::valueOf).collect(Collectors.joining(" "));
            String key = r.bad() == r.interleavings() ? "allBad" : "someBad";
            n.sayPlain(Width.fill(t.format(key, r.bad(), r.interleavings(), percent(r.bad(), r.interleavings()))
                    + Texts.between()
                    + words.broken()));
            n.sayPlain(Width.fill(
                    t.format("shortest", schedule, r.shortestFailingSchedule().size())));
            n.sayPlain("  " + command + " --schedule " + schedule.replace(' ', ','));
        }
        if (r.realScheduler() != null) {
            real(n, t, r);
        }
    }

    /** The real threads beside the model: how often each loses the update, and why they differ. */
    private static void real(Narrator n, Texts t, ExploreReport r) {
        RealRuns.Counted real = r.realScheduler();
        double modelShare = (double) r.bad() / r.interleavings();
        double realShare = (double) real.lost() / real.runs();
        n.sayPlain("");
        n.sayPlain(Width.fill(t.format(
                "real",
                real.threads(),
                real.lost(),
                real.runs(),
                percent(real.lost(), real.runs()),
                percent(r.bad(), r.interleavings()))));
        if (realShare < modelShare / 2) {
            n.sayPlain(Width.fill(t.format("real.why")));
        }
        n.sayPlain(Width.fill(t.format(
                "real.paused",
                String.format(java.util.Locale.ROOT, "%.0f", real.pauseMs()),
                real.pausedLost(),
                real.pausedRuns(),
                percent(real.pausedLost(), real.pausedRuns()))));
    }

    static String percent(long part, long whole) {
        if (whole == 0) {
            return "-";
        }
        double share = 100.0 * part / whole;
        if (part > 0 && share < 0.05) {
            return "<0.1%"; // not 0.0%: some did
        }
        if (part < whole && share >= 99.95) {
            return ">99.9%"; // not 100.0%: some did not
        }
        return String.format(java.util.Locale.ROOT, "%.1f%%", share);
    }
}
