package dev.concdemo.demos.jvm.atomics;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The closing summary of an atomics run: the table, then sentences computed from its figures. */
final class AtomicsSummary {
    private AtomicsSummary() {}

    static void print(Narrator n, AtomicsReport r) {
        Texts t = Texts.of(AtomicsSummary.class);
        n.sayPlain("");
        n.say("@|bold " + Texts.heading("Summary") + "|@");
        Table table = new Table(
                t.format("table.way"),
                t.format("table.threads"),
                t.format("table.ns"),
                t.format("table.cas"),
                t.format("table.exact"));
        for (AtomicsReport.Row row : r.rows()) {
            table.row(
                    row.way(),
                    row.threads(),
                    BigDecimal.valueOf(row.nsPerIncrement()).setScale(2, RoundingMode.HALF_UP),
                    row.casRetries() == null ? "-" : row.casRetries(),
                    t.format(row.exact() ? "yes" : "no"));
        }
        table.lines("  ").forEach(n::sayPlain);
        n.sayPlain("");
        for (String sentence : sentences(r)) {
            n.sayPlain(Width.fill(sentence));
        }
        n.sayPlain("");
        n.sayPlain(Width.fill(t.format("coarsening")));
        n.sayPlain("");
        n.sayPlain(Width.fill(t.format("python")));
    }

    /** The summary's sentences, each computed from the report (the tests check them against it). */
    static List<String> sentences(AtomicsReport r) {
        Texts t = Texts.of(AtomicsSummary.class);
        List<String> out = new ArrayList<>();
        boolean allExact = r.rows().stream().allMatch(AtomicsReport.Row::exact);
        out.add(t.format(allExact ? "exact" : "notExact", r.rounds(), r.increments()));
        for (int threads : AtomicsRun.THREADS) {
            List<AtomicsReport.Row> at = r.rows().stream()
                    .filter(row -> row.threads() == threads)
                    .sorted(Comparator.comparingDouble(AtomicsReport.Row::nsPerIncrement))
                    .toList();
            out.add(t.format(
                    threads == 1 ? "order.one" : "order.many",
                    threads,
                    at.getFirst().way(),
                    at.getFirst().nsPerIncrement(),
                    at.getLast().way(),
                    at.getLast().nsPerIncrement()));
        }
        out.add(comparison(t, r.row("LongAdder", 2), r.row("AtomicLong", 2)));
        out.add(comparison(t, r.row("ReentrantLock", 2), r.row("synchronized", 2)));
        AtomicsReport.Row cas1 = r.row("AtomicLong", 1);
        AtomicsReport.Row cas2 = r.row("AtomicLong", 2);
        out.add(t.format(
                cas2.casRetries() == 0 ? "cas.none" : "cas",
                cas2.casRetries(),
                cas2.increments(),
                100.0 * cas2.casRetries() / cas2.increments(),
                cas1.casRetries()));
        AtomicsReport.Sharing s = r.falseSharing();
        double ratio = s.sameLineNs() / s.paddedNs();
        out.add(t.format(
                ratio > 1 ? "sharing.slower" : "sharing.notSlower",
                s.sameLineNs(),
                s.paddedNs(),
                ratio > 1 ? ratio : s.paddedNs() / s.sameLineNs()));
        return out;
    }

    /** Which of two rows was faster, and by how much, as measured. */
    static String comparison(Texts t, AtomicsReport.Row a, AtomicsReport.Row b) {
        String measured = t.format("compare", a.threads(), a.way(), a.nsPerIncrement(), b.way(), b.nsPerIncrement());
        if (a.nsPerIncrement() == b.nsPerIncrement()) {
            return measured + Texts.between() + t.format("compare.same");
        }
        AtomicsReport.Row faster = a.nsPerIncrement() < b.nsPerIncrement() ? a : b;
        AtomicsReport.Row slower = faster == a ? b : a;
        return measured
                + Texts.between()
                + t.format(
                        "compare.faster",
                        faster.way(),
                        slower.nsPerIncrement() / faster.nsPerIncrement(),
                        slower.way());
    }
}
