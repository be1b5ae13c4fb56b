package dev.concdemo.demos.io.c10k;

import dev.concdemo.support.html.Figure;
import dev.concdemo.support.html.Plot;
import dev.concdemo.support.term.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.function.Function;
import java.util.stream.DoubleStream;

/**
 * c10k's figures on its page: RSS per idle connection, and the normal client's p99, against
 * the idle connections held, a line per model. The connections axis is a log axis when the
 * steps span two decades or more (50 to 100,000), where the baseline at 0 is not drawn.
 */
final class C10kFigures {
    private C10kFigures() {}

    /** A model's value at one step, with the step's connections. */
    private record Measured(String model, int connections, double value) {}

    static List<Figure> of(C10kReport r) {
        boolean log = spansDecades(r);
        return List.of(memory(r, log), p99(r, log));
    }

    /** Whether the positive connection counts run over two decades or more: then a log axis. */
    static boolean spansDecades(C10kReport r) {
        return spansDecades(
                r.models().stream().flatMap(m -> m.steps().stream()).mapToDouble(C10kReport.Step::connections));
    }

    /** Whether the values above 0 run over two decades or more (40,000 KB a process, 1 KB a channel). */
    static boolean spansDecades(DoubleStream values) {
        DoubleSummaryStatistics positive = values.filter(v -> v > 0).summaryStatistics();
        return positive.getCount() > 0 && positive.getMax() >= 100 * positive.getMin();
    }

    /** A y axis for these lines: log where their values span two decades and none is 0 or below. */
    private static Plot.Axis yAxis(String label, String unit, List<Plot.Series> lines) {
        boolean log = lines.stream().flatMap(l -> l.points().stream()).allMatch(p -> p.y() > 0)
                && spansDecades(lines.stream().flatMap(l -> l.points().stream()).mapToDouble(Plot.Point::y));
        return log ? Plot.Axis.log(label, unit) : Plot.Axis.linear(label, unit);
    }

    private static Plot memory(C10kReport r, boolean log) {
        Texts t = Texts.of(C10kFigures.class);
        List<Measured> last = lastOfEach(r, C10kReport.Step::rssKbPerConnection);
        String caption;
        if (last.isEmpty()) {
            caption = t.format("figure.memory.none");
        } else if (last.size() == 1) {
            Measured only = last.getFirst();
            caption = t.format("figure.memory.one", only.model(), only.value(), only.connections());
        } else {
            caption = mostAndLeast(t, "figure.memory.caption", last);
        }
        List<Plot.Series> lines = series(r, log, C10kReport.Step::rssKbPerConnection);
        return new Plot(
                t.format("figure.memory.title"),
                caption,
                axis(t, log),
                yAxis(t.format("figure.memory.y"), "KB", lines),
                lines);
    }

    private static Plot p99(C10kReport r, boolean log) {
        Texts t = Texts.of(C10kFigures.class);
        List<Measured> last = lastOfEach(r, C10kReport.Step::p99Ms);
        String caption = "";
        if (last.size() == 1) {
            C10kReport.ModelSteps m = r.models().stream()
                    .filter(s -> s.model().toString().equals(last.getFirst().model()))
                    .findFirst()
                    .orElseThrow();
            C10kReport.Step first = m.steps().stream()
                    .filter(s -> s.p99Ms() != null)
                    .findFirst()
                    .orElseThrow();
            caption = t.format(
                    "figure.p99.one",
                    m.model(),
                    first.p99Ms(),
                    first.connections(),
                    last.getFirst().value(),
                    last.getFirst().connections());
        } else if (last.size() > 1) {
            caption = mostAndLeast(t, "figure.p99.caption", last);
        }
        List<Plot.Series> lines = series(r, log, C10kReport.Step::p99Ms);
        return new Plot(
                t.format("figure.p99.title"),
                caption,
                axis(t, log),
                yAxis(t.format("figure.p99.y"), "ms", lines),
                lines);
    }

    /** The caption naming the model with the most at its last step, and the one with the least. */
    private static String mostAndLeast(Texts t, String key, List<Measured> last) {
        Measured most =
                last.stream().max(Comparator.comparingDouble(Measured::value)).orElseThrow();
        Measured least =
                last.stream().min(Comparator.comparingDouble(Measured::value)).orElseThrow();
        return t.format(
                key, most.model(), most.value(), most.connections(), least.model(), least.value(), least.connections());
    }

    private static Plot.Axis axis(Texts t, boolean log) {
        String label = t.format("figure.connections");
        return log ? Plot.Axis.log(label, "") : Plot.Axis.linear(label, "");
    }

    /** A line per model: its steps with a value, but for 0 on a log axis. */
    private static List<Plot.Series> series(C10kReport r, boolean log, Function<C10kReport.Step, Double> value) {
        List<Plot.Series> lines = new ArrayList<>();
        for (C10kReport.ModelSteps m : r.models()) {
            List<Plot.Point> points = m.steps().stream()
                    .filter(s -> value.apply(s) != null && (!log || s.connections() > 0))
                    .map(s -> new Plot.Point(s.connections(), value.apply(s)))
                    .toList();
            lines.add(new Plot.Series(m.model().toString(), points, Plot.Look.LINE));
        }
        return lines;
    }

    /** Each model's last step with a value (its largest measured), for the models that have one. */
    private static List<Measured> lastOfEach(C10kReport r, Function<C10kReport.Step, Double> value) {
        List<Measured> out = new ArrayList<>();
        for (C10kReport.ModelSteps m : r.models()) {
            m.steps().stream()
                    .filter(s -> value.apply(s) != null)
                    .reduce((a, b) -> b)
                    .ifPresent(s -> out.add(new Measured(m.model().toString(), s.connections(), value.apply(s))));
        }
        return out;
    }
}
