package dev.concdemo.demos.io.compare;

import dev.concdemo.demos.io.fib.Service;
import dev.concdemo.support.term.Chart;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** compare's closing lines: the table of every model's figures, a bar chart of req/s, the notes, the verdict. */
final class CompareSummary {
    private CompareSummary() {}

    static void print(Narrator n, CompareReport r, CPythonReport py) {
        Texts texts = Texts.of(CompareSummary.class);
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
        for (ModelTrial.Figures f : all(r, py)) {
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
        n.sayPlain(texts.format(fib ? "legend.fib" : "legend.upper"));
        n.sayPlain(texts.format("legend.threads", r.idleConnections()));
        n.sayPlain(texts.format("legend.heap"));
        n.sayPlain(texts.format("legend.stacks"));
        if (py != null) {
            Width.wrap(texts.format("legend.python", py.interpreter()), Width.COLUMNS, "  ")
                    .forEach(n::sayPlain);
        }
        if (fib && all(r, py).stream().anyMatch(f -> f.fairness() == null)) {
            n.sayPlain(texts.format("legend.unserved"));
        }
        n.sayPlain("");
        n.sayPlain(texts.format("chart"));
        double most =
                all(r, py).stream().mapToDouble(ModelTrial.Figures::rps8).max().orElse(1);
        for (ModelTrial.Figures f : all(r, py)) {
            n.sayPlain(
                    String.format(Locale.ROOT, "  %-16s %s %.0f", f.model(), Chart.bar(f.rps8(), most, 40), f.rps8()));
        }
        all(r, py).stream()
                .filter(f -> !f.note().isEmpty())
                .forEach(f -> n.sayPlain(texts.format("note", f.model(), f.note())));
        n.sayPlain("");
        n.sayPlain(Width.fill(CompareVerdict.of(r)));
        if (py != null) {
            n.sayPlain("");
            n.sayPlain(Width.fill(CPythonVerdict.of(r, py)));
        }
    }

    /** The Java models' figures, then CPython's servers' (with --python; else {@code py} is null). */
    private static List<ModelTrial.Figures> all(CompareReport r, CPythonReport py) {
        return py == null
                ? r.models()
                : Stream.concat(r.models().stream(), py.models().stream()).toList();
    }

    private static String kb(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Three decimals under 100 ms, fewer above (431.8 ms, 1204 ms): the table stays within 100 columns. */
    private static String ms(double value) {
        return String.format(Locale.ROOT, value < 100 ? "%.3f ms" : value < 1000 ? "%.1f ms" : "%.0f ms", value);
    }
}
