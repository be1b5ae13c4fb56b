package dev.concdemo.demos.sync.race;

import dev.concdemo.support.html.Bars;
import dev.concdemo.support.html.Figure;
import dev.concdemo.support.term.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * The race run's page figure: how many runs lost how many updates, a bar per count lost from
 * none to the most any run lost (bars of zero runs included, so the spread is seen); with
 * --python, CPython's runs beside the JVM's.
 */
final class RaceFigures {
    /** More counts than this are grouped into ranges of equal width, so the bars stay readable. */
    static final int MOST_BARS = 20;

    private RaceFigures() {}

    /** {@code py}: what CPython measured with --python, or null. */
    static List<Figure> of(RaceReport r, CPythonReport py) {
        Texts t = Texts.of(RaceFigures.class);
        List<RaceReport> runs = new ArrayList<>(List.of(r));
        List<String> names = new ArrayList<>(List.of(t.format("figure.variant", r.variant())));
        if (py != null) {
            runs.addAll(List.of(py.pause(), py.noPause(), py.lock()));
            names.addAll(List.of(
                    t.format("figure.python.pause"),
                    t.format("figure.python.noPause"),
                    t.format("figure.python.lock")));
        }
        int most = runs.stream().mapToInt(RaceFigures::mostLost).max().orElse(0);
        int width = (most + MOST_BARS) / MOST_BARS; // ceil((most + 1) / MOST_BARS): lost counts per bar
        int bars = most / width + 1;
        List<String> categories = new ArrayList<>();
        for (int b = 0; b < bars; b++) {
            int from = b * width;
            int to = Math.min(most, from + width - 1);
            categories.add(from == to ? t.format("figure.lost", from) : t.format("figure.lost.range", from, to));
        }
        List<Bars.Series> series = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            series.add(new Bars.Series(names.get(i), counts(runs.get(i), width, bars)));
        }
        String caption = r.trialsWithLostUpdates() == 0
                ? t.format("figure.none", t.count("trials", r.trials()))
                : t.format(
                        "figure.caption",
                        r.trialsWithLostUpdates(),
                        t.count("trials", r.trials()),
                        mostLost(r),
                        t.count("decrements", r.threads()));
        if (py != null) {
            caption += Texts.between()
                    + t.format(
                            "figure.caption.python",
                            py.pause().trialsWithLostUpdates(),
                            t.count("trials", py.pause().trials()),
                            py.noPause().trialsWithLostUpdates(),
                            py.lock().trialsWithLostUpdates());
        }
        return List.of(new Bars(t.format("figure.title"), caption, t.format("figure.runs"), "", categories, series));
    }

    /** The most updates one of the report's runs lost. */
    static int mostLost(RaceReport r) {
        return r.outcomes().keySet().stream()
                .mapToInt(value -> value - r.expected())
                .max()
                .orElse(0);
    }

    /** How many runs lost each bar's counts. */
    private static List<Double> counts(RaceReport r, int width, int bars) {
        List<Double> runs = new ArrayList<>();
        for (int b = 0; b < bars; b++) {
            runs.add(0.0);
        }
        r.outcomes().forEach((value, count) -> {
            int bar = (value - r.expected()) / width;
            runs.set(bar, runs.get(bar) + count);
        });
        return runs;
    }
}
