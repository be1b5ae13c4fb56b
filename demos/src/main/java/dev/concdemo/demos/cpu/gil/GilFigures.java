package dev.concdemo.demos.cpu.gil;

import dev.concdemo.support.html.Figure;
import dev.concdemo.support.html.Plot;
import dev.concdemo.support.term.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The gil run's page figure: the CPU-bound speedup (work per second over the first count's)
 * against threads, on the JVM as it is and under the simulated GIL, beside the ideal; the old
 * GIL's two threads as a point; with --python, CPython's threads and processes.
 */
final class GilFigures {
    private GilFigures() {}

    /** {@code py}: what CPython measured with --python, or null. */
    static List<Figure> of(GilReport r, CPythonReport py) {
        Texts t = Texts.of(GilFigures.class);
        int base = r.cpu().getFirst().threads();
        TreeSet<Integer> xs = new TreeSet<>();
        r.cpu().forEach(row -> xs.add(row.threads()));
        List<GilReport.CpuRow> rows = r.cpu().stream()
                .sorted(Comparator.comparingInt(GilReport.CpuRow::threads)) // lines from left to right
                .toList();
        List<Plot.Series> series = new ArrayList<>();
        series.add(new Plot.Series(
                t.format("figure.noGil"),
                rows.stream()
                        .map(row -> new Plot.Point(row.threads(), row.noGilSpeedup()))
                        .toList(),
                Plot.Look.LINE));
        series.add(new Plot.Series(
                t.format("figure.gil"),
                rows.stream()
                        .map(row -> new Plot.Point(row.threads(), row.gilSpeedup()))
                        .toList(),
                Plot.Look.LINE));
        series.add(new Plot.Series(
                t.format("figure.oldGil"),
                List.of(new Plot.Point(r.oldGil().threads(), r.oldGil().speedup())),
                Plot.Look.POINTS));
        xs.add(r.oldGil().threads());
        if (py != null) { // CPython ran the same thread counts, its speedups over its first likewise
            series.add(python(t.format("figure.python.threads"), py, true));
            series.add(python(t.format("figure.python.procs"), py, false));
            py.cpu().forEach(c -> xs.add(c.workers()));
        }
        series.add(new Plot.Series(
                t.format("figure.ideal"),
                xs.stream().map(x -> new Plot.Point(x, (double) x / base)).toList(),
                Plot.Look.DASHED));
        GilReport.CpuRow most = rows.getLast();
        String caption = r.cpu().size() == 1
                ? t.format("figure.caption.one", t.count("figure.base", base))
                : t.format(
                        "figure.caption",
                        most.threads(),
                        most.noGilSpeedup(),
                        t.count("figure.base", base),
                        most.gilSpeedup(),
                        (double) most.threads() / base);
        return List.of(new Plot(
                t.format("figure.title"),
                caption,
                Plot.Axis.linear(t.format("figure.threads"), ""),
                Plot.Axis.linear(t.format("figure.speedup"), "×"),
                series));
    }

    /** CPython's thread counts, or its one process count, each with its speedup. */
    private static Plot.Series python(String name, CPythonReport py, boolean threads) {
        return new Plot.Series(
                name,
                py.cpu().stream()
                        .filter(c -> (c.threads() != null) == threads)
                        .sorted(Comparator.comparingInt(CPythonReport.Cpu::workers))
                        .map(c -> new Plot.Point(c.workers(), c.speedup()))
                        .toList(),
                threads ? Plot.Look.LINE : Plot.Look.POINTS);
    }
}
