package dev.concdemo.demos.io.compare;

import dev.concdemo.demos.io.fib.Service;
import dev.concdemo.support.term.Chart;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Width;
import java.util.Locale;

/** compare's closing lines: the table of every model's figures, a bar chart of req/s, the notes, the verdict. */
final class CompareSummary {
    private CompareSummary() {}

    static void print(Narrator n, CompareReport r) {
        n.sayPlain("");
        boolean fib = r.service().equals(Service.FIB.toString());
        Table table = new Table(
                "model",
                "req/s 1c",
                "req/s 8c",
                (fib ? "fib(25)" : "1 KB echo") + " p50",
                "p99",
                "beside hog",
                "threads",
                "KB/conn",
                "heap KB");
        for (ModelTrial.Figures f : r.models()) {
            table.row(
                    f.model(),
                    (long) f.rps1(),
                    (long) f.rps8(),
                    ms(f.heavyP50Ms()),
                    ms(f.heavyP99Ms()),
                    fib ? CompareRun.kept(f) : "-",
                    f.serverThreadsIdle() == null ? "-" : f.serverThreadsIdle().toString(),
                    kb(f.idleKbPerConnection()),
                    kb(f.idleHeapKbPerConnection()));
        }
        table.lines("  ").forEach(n::sayPlain);
        n.sayPlain(
                fib
                        ? "  1c, 8c: one and eight connections asking fib(1); beside hog: the share of its 1c rate kept"
                        : "  1c, 8c: one and eight connections sending 'hello' for 'HELLO'; no hog: nothing costs"
                                + " more");
        n.sayPlain("  threads: the server's own threads holding %d idle connections; KB/conn: its RSS growth"
                .formatted(r.idleConnections()));
        n.sayPlain("  per idle connection; heap KB: the part of it in the live heap");
        n.sayPlain("  (virtual threads' stacks and nio's buffers are there, platform threads' stacks are not)");
        if (fib && r.models().stream().anyMatch(f -> f.fairness() == null)) {
            n.sayPlain("  hog unserved: the server never answered the hog, so nothing was shared to measure");
        }
        n.sayPlain("");
        n.sayPlain("  req/s at 8 connections:");
        double most =
                r.models().stream().mapToDouble(ModelTrial.Figures::rps8).max().orElse(1);
        for (ModelTrial.Figures f : r.models()) {
            n.sayPlain(
                    String.format(Locale.ROOT, "  %-16s %s %.0f", f.model(), Chart.bar(f.rps8(), most, 40), f.rps8()));
        }
        r.models().stream()
                .filter(f -> !f.note().isEmpty())
                .forEach(f -> n.sayPlain("  note, " + f.model() + ": " + f.note()));
        n.sayPlain("");
        n.sayPlain(Width.fill(CompareVerdict.of(r)));
    }

    private static String kb(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%.3f ms", value);
    }
}
