package dev.concdemo.demos.jvm.reorder;

import dev.concdemo.demos.jvm.reorder.Experiment.Grade;
import dev.concdemo.demos.jvm.reorder.Experiment.Outcome;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The closing summary of a reorder run: four outcome tables as jcstress prints them, then sentences from the counts. */
final class ReorderSummary {
    private ReorderSummary() {}

    static void print(Narrator n, ReorderReport r) {
        Texts t = Texts.of(ReorderSummary.class);
        n.sayPlain("");
        n.say("@|bold " + Texts.heading("Summary") + "|@");
        table(
                n,
                t,
                "sb.plain",
                r.trials(),
                StoreBuffering.outcomes(Grade.INTERESTING),
                r.outcomes().get(ReorderReport.PLAIN),
                r.arch());
        table(
                n,
                t,
                "sb.volatile",
                r.trials(),
                StoreBuffering.outcomes(Grade.FORBIDDEN),
                r.outcomes().get(ReorderReport.VOLATILE),
                r.arch());
        table(
                n,
                t,
                "mp.plain",
                r.trials(),
                MessagePassing.outcomes(Grade.INTERESTING),
                r.messagePassing().get(ReorderReport.PLAIN),
                r.arch());
        table(
                n,
                t,
                "mp.volatile",
                r.trials(),
                MessagePassing.outcomes(Grade.FORBIDDEN),
                r.messagePassing().get(ReorderReport.VOLATILE),
                r.arch());
        n.sayPlain("");
        for (String sentence : sentences(r)) {
            n.sayPlain(Width.fill(sentence));
        }
        n.sayPlain("");
        n.sayPlain(Width.fill(t.format("interleave")));
        n.sayPlain("");
        n.sayPlain(Width.fill(t.format("python")));
    }

    private static void table(
            Narrator n,
            Texts t,
            String key,
            long trials,
            List<Outcome> outcomes,
            Map<String, Long> counts,
            String arch) {
        n.sayPlain("");
        n.sayPlain(Width.fill(t.format("table." + key)));
        Table table = new Table(
                t.format(key.startsWith("sb") ? "table.sb" : "table.mp"),
                t.format("table.count"),
                t.format("table.share"),
                t.format("table.expect"),
                t.format("table.description"));
        for (Outcome o : outcomes) {
            long count = counts.get(o.key());
            table.row(
                    o.shown(),
                    "%,d".formatted(count),
                    "%.2f%%".formatted(100.0 * count / trials),
                    t.format("grade." + o.grade().name().toLowerCase(Locale.ROOT)),
                    description(t, o, count, arch));
        }
        table.lines("  ").forEach(n::sayPlain);
    }

    /** What the model says of an outcome, and for one that needs reordering, whether it was seen. */
    static String description(Texts t, Outcome o, long count, String arch) {
        return switch (o.grade()) {
            case ACCEPTABLE -> t.format(o.meaning());
            case INTERESTING -> count > 0 ? t.format("interesting.seen") : t.format("interesting.notSeen", arch);
            case FORBIDDEN -> count > 0 ? t.format("forbidden.seen") : t.format("forbidden");
        };
    }

    /** The summary's sentences, each computed from the report (the tests check them against it). */
    static List<String> sentences(ReorderReport r) {
        Texts t = Texts.of(ReorderSummary.class);
        List<String> out = new ArrayList<>();
        long trials = r.trials();
        long plain00 = r.sb(ReorderReport.PLAIN, "0,0");
        out.add(
                plain00 > 0
                        ? t.format("sb.plain.seen", plain00, trials, 100.0 * plain00 / trials)
                        : t.format("sb.plain.notSeen", trials, r.sb(ReorderReport.PLAIN, "1,1")));
        long volatile00 = r.sb(ReorderReport.VOLATILE, "0,0");
        out.add(volatile00 == 0 ? t.format("sb.volatile", trials) : t.format("sb.volatile.seen", volatile00, trials));
        long flags = r.mp(ReorderReport.PLAIN, "true,0") + r.mp(ReorderReport.PLAIN, "true,42");
        long stale = r.mp(ReorderReport.PLAIN, "true,0");
        boolean x86 = r.arch().equals("amd64") || r.arch().equals("x86_64");
        out.add(
                flags == 0
                        ? t.format("mp.plain.noFlag", trials)
                        : stale > 0
                                ? t.format("mp.plain.seen", stale, flags, trials)
                                : t.format(x86 ? "mp.plain.notSeen.x86" : "mp.plain.notSeen", flags, trials, r.arch()));
        long volatileFlags = r.mp(ReorderReport.VOLATILE, "true,0") + r.mp(ReorderReport.VOLATILE, "true,42");
        long volatileStale = r.mp(ReorderReport.VOLATILE, "true,0");
        out.add(
                volatileFlags == 0
                        ? t.format("mp.volatile.noFlag", trials)
                        : volatileStale == 0
                                ? t.format("mp.volatile", volatileFlags, trials)
                                : t.format("mp.volatile.seen", volatileStale, volatileFlags));
        return out;
    }
}
