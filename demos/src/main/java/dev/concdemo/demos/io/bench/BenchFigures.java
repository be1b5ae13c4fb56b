package dev.concdemo.demos.io.bench;

import dev.concdemo.support.html.Figure;
import dev.concdemo.support.html.Plot;
import dev.concdemo.support.term.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.LongSummaryStatistics;

/**
 * bench's figures on its page: requests per second over time (from {@code perInterval}, the
 * report's mean beside it) and the round trips' percentile curve (from {@code latencyCurve}),
 * both of the report's own load: the last step on the first server.
 */
final class BenchFigures {
    private BenchFigures() {}

    static List<Figure> of(BenchReport r) {
        List<Figure> figures = new ArrayList<>();
        if (!r.perInterval().isEmpty()) {
            figures.add(rate(r));
        }
        if (!r.latencyCurve().isEmpty()) {
            figures.add(curve(r));
        }
        return figures;
    }

    /** Answers per interval as a rate, each plotted at its interval's middle; the mean as a reference. */
    static Plot rate(BenchReport r) {
        Texts texts = Texts.of(BenchFigures.class);
        double seconds = r.intervalMs() / 1e3;
        List<Plot.Point> points = new ArrayList<>();
        for (int i = 0; i < r.perInterval().size(); i++) {
            points.add(new Plot.Point((i + 0.5) * seconds, r.perInterval().get(i) / seconds));
        }
        double end = r.perInterval().size() * seconds;
        LongSummaryStatistics counts =
                r.perInterval().stream().mapToLong(Long::longValue).summaryStatistics();
        return new Plot(
                texts.format("figure.rate.title"),
                texts.format(
                        "figure.rate.caption",
                        r.requestsPerSecond(),
                        r.seconds(),
                        r.intervalMs(),
                        counts.getMin() / seconds,
                        counts.getMax() / seconds),
                Plot.Axis.linear(texts.format("figure.rate.x"), "s"),
                Plot.Axis.linear(texts.format("figure.rate.y"), "req/s"),
                List.of(
                        new Plot.Series(texts.format("figure.rate.series", r.intervalMs()), points, Plot.Look.LINE),
                        new Plot.Series(
                                texts.format("figure.rate.mean"),
                                List.of(
                                        new Plot.Point(0, r.requestsPerSecond()),
                                        new Plot.Point(end, r.requestsPerSecond())),
                                Plot.Look.DASHED)));
    }

    /**
     * The percentile curve on a log axis of 1 / (1 − p): p50 at 2, p90 at 10, p99 at 100, p99.9
     * at 1000, so each further nine of the tail takes as much room as the one before. Latency
     * is on a log axis too where the tail is two decades above the median.
     */
    static Plot curve(BenchReport r) {
        Texts texts = Texts.of(BenchFigures.class);
        List<Plot.Point> points = r.latencyCurve().stream()
                .map(p -> new Plot.Point(LatencyCurve.oneIn(p.percentile()), p.ms()))
                .toList();
        BenchReport.Percentile median = r.latencyCurve().getFirst();
        BenchReport.Percentile last = r.latencyCurve().getLast();
        return new Plot(
                texts.format("figure.curve.title"),
                texts.format(
                        "figure.curve.caption",
                        median.ms(),
                        Math.round(LatencyCurve.oneIn(last.percentile())),
                        plain(last.percentile()),
                        last.ms(),
                        median.ms() > 0 ? last.ms() / median.ms() : 1.0),
                Plot.Axis.log(texts.format("figure.curve.x"), ""),
                tailSpansDecades(points)
                        ? Plot.Axis.log(texts.format("figure.curve.y"), "ms")
                        : Plot.Axis.linear(texts.format("figure.curve.y"), "ms"),
                List.of(new Plot.Series(
                        texts.count(
                                r.connectPerRequest() ? "figure.curve.clients" : "figure.curve.connections",
                                r.connections()),
                        points,
                        Plot.Look.LINE)));
    }

    /**
     * Whether the slowest latency is 100 times the fastest or more (none of them 0): then a log
     * axis, which shows the median beside a tail a linear one would flatten it under.
     */
    static boolean tailSpansDecades(List<Plot.Point> curve) {
        double least = curve.stream().mapToDouble(Plot.Point::y).min().orElse(0);
        double most = curve.stream().mapToDouble(Plot.Point::y).max().orElse(0);
        return least > 0 && most >= 100 * least;
    }

    /** 99.9 as "99.9", 1000.0 as "1000". */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
