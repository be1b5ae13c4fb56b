package dev.concdemo.demos.cpu.primes;

import dev.concdemo.support.cli.WorkerKind;
import dev.concdemo.support.html.Bars;
import dev.concdemo.support.html.Figure;
import dev.concdemo.support.html.Plot;
import dev.concdemo.support.term.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The primes run's page figures: the speedup against workers beside the ideal (n workers, n
 * times as fast), for a list of counts or with CPython's runs; for one count, how the numbers
 * were shared out among its workers.
 */
final class PrimesFigures {
    private PrimesFigures() {}

    /** {@code py}: what CPython measured with --python, or null. */
    static List<Figure> of(PrimesReport r, CPythonReport py) {
        List<Figure> figures = new ArrayList<>();
        boolean sweep = r.runs().size() > 1;
        // CPython's speedups are over one worker: beside the JVM's only if the JVM's are too
        boolean python = py != null && (!sweep || r.runs().getFirst().workers() == 1);
        if (sweep || python) {
            figures.add(speedup(r, sweep, python ? py : null));
        }
        if (!sweep) {
            figures.add(shares(r, r.runs().getFirst()));
        }
        return figures;
    }

    private static Plot speedup(PrimesReport r, boolean sweep, CPythonReport py) {
        Texts t = Texts.of(PrimesFigures.class);
        WorkerKind kind = kind(r);
        List<Plot.Series> series = new ArrayList<>();
        TreeSet<Integer> xs = new TreeSet<>();
        int base = sweep ? r.runs().getFirst().workers() : 1;
        String caption = "";
        if (sweep) {
            series.add(new Plot.Series(
                    t.format(kind == WorkerKind.CHILD_JVMS ? "figure.jvm.procs" : "figure.jvm.threads"),
                    r.runs().stream()
                            .sorted(Comparator.comparingInt(PrimesReport.Run::workers)) // a line from left to right
                            .map(run -> new Plot.Point(run.workers(), run.speedup()))
                            .toList(),
                    Plot.Look.LINE));
            r.runs().forEach(run -> xs.add(run.workers()));
            PrimesReport.Run first = r.runs().getFirst();
            PrimesReport.Run best = r.runs().stream()
                    .max(Comparator.comparingDouble(PrimesReport.Run::speedup))
                    .orElseThrow();
            caption = best == first
                    ? t.format("figure.caption.none", PrimesSummary.who(kind, first.workers()))
                    : t.format(
                            "figure.caption",
                            PrimesSummary.who(kind, best.workers()),
                            best.speedup(),
                            PrimesSummary.who(kind, first.workers()),
                            (double) best.workers() / first.workers());
        }
        if (py != null) {
            series.add(python(t.format("figure.python.threads"), py.one(), py.threads()));
            series.add(python(t.format("figure.python.procs"), py.one(), py.procs()));
            xs.add(py.one().workers());
            xs.add(py.procs().workers());
            String sentence = t.format(
                    "figure.caption.python",
                    py.procs().workers(),
                    py.threads().speedup(),
                    py.procs().speedup());
            caption = caption.isEmpty() ? sentence : caption + Texts.between() + sentence;
        }
        xs.add(base);
        series.add(new Plot.Series(
                t.format("figure.ideal"),
                xs.stream().map(x -> new Plot.Point(x, (double) x / base)).toList(),
                Plot.Look.DASHED));
        return new Plot(
                t.format("figure.speedup"),
                caption,
                Plot.Axis.linear(t.format("figure.workers"), ""),
                Plot.Axis.linear(t.format("figure.speedup.axis"), "×"),
                series);
    }

    private static Plot.Series python(String name, CPythonReport.Run one, CPythonReport.Run many) {
        return new Plot.Series(
                name,
                List.of(new Plot.Point(one.workers(), one.speedup()), new Plot.Point(many.workers(), many.speedup())),
                Plot.Look.LINE);
    }

    /** One run's workers and how many numbers each tested. */
    private static Bars shares(PrimesReport r, PrimesReport.Run run) {
        Texts t = Texts.of(PrimesFigures.class);
        WorkerKind kind = kind(r);
        List<String> workers = new ArrayList<>();
        boolean pids = run.pids().size() == run.testedPerWorker().size(); // every child JVM started: named by pid
        for (int i = 0; i < run.testedPerWorker().size(); i++) {
            workers.add(pids ? t.format("figure.pid", run.pids().get(i)) : t.format("figure.thread", i + 1));
        }
        List<Double> tested =
                run.testedPerWorker().stream().map(Integer::doubleValue).toList();
        int least = run.testedPerWorker().stream().mapToInt(i -> i).min().orElse(0);
        int most = run.testedPerWorker().stream().mapToInt(i -> i).max().orElse(0);
        return new Bars(
                t.format("figure.shares"),
                t.format("figure.shares.caption", PrimesSummary.who(kind, run.workers()), least, most, r.numbers()),
                t.format("figure.tested"),
                "",
                workers,
                List.of(new Bars.Series(t.format("figure.tested"), tested)));
    }

    private static WorkerKind kind(PrimesReport r) {
        return r.kind().equals("procs") ? WorkerKind.CHILD_JVMS : WorkerKind.THREADS;
    }
}
