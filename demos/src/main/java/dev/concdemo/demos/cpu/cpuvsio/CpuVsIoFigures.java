package dev.concdemo.demos.cpu.cpuvsio;

import dev.concdemo.support.html.Bars;
import dev.concdemo.support.html.Figure;
import dev.concdemo.support.html.Plot;
import dev.concdemo.support.term.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * The cpu-vs-io run's page figures: the speedup of each load against threads (1, one per core,
 * one per task) beside the ideal, the child JVMs as points; then every kind of worker's
 * speedup on both loads, side by side.
 */
final class CpuVsIoFigures {
    private CpuVsIoFigures() {}

    /** {@code py}: what CPython measured with --python, or null. */
    static List<Figure> of(CpuVsIoReport r, CPythonReport py) {
        return List.of(speedup(r, py), kinds(r));
    }

    /** A report row beside the worker kind that made it. */
    private record Measured(Workers workers, CpuVsIoReport.Row row) {}

    private static List<Measured> measured(CpuVsIoReport r) {
        List<Workers> kinds = CpuVsIoRun.kinds(r.cores(), r.cpuTasks(), r.ioTasks());
        List<Measured> measured = new ArrayList<>();
        for (int i = 0; i < r.rows().size(); i++) {
            measured.add(new Measured(kinds.get(i), r.rows().get(i)));
        }
        return measured;
    }

    private static Plot speedup(CpuVsIoReport r, CPythonReport py) {
        Texts t = Texts.of(CpuVsIoFigures.class);
        List<Measured> threads = measured(r).stream()
                .filter(m -> m.workers() instanceof Workers.Threads)
                .toList();
        List<Measured> children = measured(r).stream()
                .filter(m -> m.workers() instanceof Workers.ChildJvms)
                .toList();
        List<Plot.Series> series = new ArrayList<>();
        series.add(line(t.format("figure.cpu.threads"), threads, CpuVsIoReport.Row::cpuSpeedup, Plot.Look.LINE));
        series.add(line(t.format("figure.io.threads"), threads, CpuVsIoReport.Row::ioSpeedup, Plot.Look.LINE));
        series.add(line(t.format("figure.cpu.procs"), children, CpuVsIoReport.Row::cpuSpeedup, Plot.Look.POINTS));
        series.add(line(t.format("figure.io.procs"), children, CpuVsIoReport.Row::ioSpeedup, Plot.Look.POINTS));
        TreeSet<Integer> xs = new TreeSet<>();
        threads.forEach(m -> xs.add(size(m.workers())));
        children.forEach(m -> xs.add(size(m.workers())));
        if (py != null) {
            List<CPythonReport.Row> pyThreads = py.rows().stream()
                    .filter(row -> row.kind().equals("threads"))
                    .toList();
            series.add(new Plot.Series(
                    t.format("figure.python.cpu"),
                    pyThreads.stream()
                            .map(row -> new Plot.Point(row.size(), row.cpuSpeedup()))
                            .toList(),
                    Plot.Look.LINE));
            series.add(new Plot.Series(
                    t.format("figure.python.io"),
                    pyThreads.stream()
                            .map(row -> new Plot.Point(row.size(), row.ioSpeedup()))
                            .toList(),
                    Plot.Look.LINE));
            py.rows().forEach(row -> xs.add(row.size()));
        }
        series.add(new Plot.Series(
                t.format("figure.ideal"),
                xs.stream().map(x -> new Plot.Point(x, x)).toList(),
                Plot.Look.DASHED));
        Measured most = threads.getLast(); // a thread per task: the most threads
        return new Plot(
                t.format("figure.speedup"),
                t.format(
                        "figure.speedup.caption",
                        most.row().workers(),
                        most.row().ioSpeedup(),
                        most.row().cpuSpeedup(),
                        size(most.workers())),
                Plot.Axis.log(t.format("figure.workers"), ""),
                Plot.Axis.log(t.format("figure.speedup.axis"), "×"),
                series);
    }

    private static Plot.Series line(
            String name, List<Measured> rows, ToDoubleFunction<CpuVsIoReport.Row> speedup, Plot.Look look) {
        return new Plot.Series(
                name,
                rows.stream()
                        .map(m -> new Plot.Point(size(m.workers()), speedup.applyAsDouble(m.row())))
                        .toList(),
                look);
    }

    /** How many workers of a kind the plot places on its x axis. */
    private static int size(Workers w) {
        return switch (w) {
            case Workers.Threads threads -> threads.size();
            case Workers.ChildJvms children -> children.size();
            default -> throw new IllegalArgumentException("not on the plot: " + w);
        };
    }

    /** Every kind of worker, its speedup on each load. */
    private static Bars kinds(CpuVsIoReport r) {
        Texts t = Texts.of(CpuVsIoFigures.class);
        CpuVsIoReport.Row cpu = r.rows().stream()
                .max(Comparator.comparingDouble(CpuVsIoReport.Row::cpuSpeedup))
                .orElseThrow();
        CpuVsIoReport.Row io = r.rows().stream()
                .max(Comparator.comparingDouble(CpuVsIoReport.Row::ioSpeedup))
                .orElseThrow();
        return new Bars(
                t.format("figure.kinds"),
                t.format("figure.kinds.caption", cpu.workers(), cpu.cpuSpeedup(), io.workers(), io.ioSpeedup()),
                t.format("figure.speedup.axis"),
                "×",
                r.rows().stream().map(CpuVsIoReport.Row::workers).toList(),
                List.of(
                        new Bars.Series(
                                t.format("figure.cpu"),
                                r.rows().stream()
                                        .map(CpuVsIoReport.Row::cpuSpeedup)
                                        .toList()),
                        new Bars.Series(
                                t.format("figure.io"),
                                r.rows().stream()
                                        .map(CpuVsIoReport.Row::ioSpeedup)
                                        .toList())));
    }
}
