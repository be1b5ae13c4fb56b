package dev.concdemo.demos.sync.race;

import dev.concdemo.support.html.Bars;
import dev.concdemo.support.html.Figure;
import dev.concdemo.support.term.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * The race run's page figure: how many runs lost how many updates, a bar per count lost from
 * none to the most any run lost (bars of zero runs included, so the spread is seen).
 */
final class RaceFigures {
    /** More counts than this are grouped into ranges of equal width, so the bars stay readable. */
    static final int MOST_BARS = 20;

    private RaceFigures() {}

    static List<Figure> of(RaceReport r) {
        Texts t = Texts.of(RaceFigures.class);
        int most = r.outcomes().keySet().stream()
                .mapToInt(value -> value - r.expected())
                .max()
                .orElse(0);
        int width = (most + MOST_BARS) / MOST_BARS; // ceil((most + 1) / MOST_BARS): lost counts per bar
        int bars = most / width + 1;
        List<String> categories = new ArrayList<>();
        List<Double> runs = new ArrayList<>();
        for (int b = 0; b < bars; b++) {
            int from = b * width;
            int to = Math.min(most, from + width - 1);
            categories.add(from == to ? t.format("figure.lost", from) : t.format("figure.lost.range", from, to));
            runs.add(0.0);
        }
        r.outcomes().forEach((value, count) -> {
            int bar = (value - r.expected()) / width;
            runs.set(bar, runs.get(bar) + count);
        });
        String caption = r.trialsWithLostUpdates() == 0
                ? t.format("figure.none", t.count("trials", r.trials()))
                : t.format(
                        "figure.caption",
                        r.trialsWithLostUpdates(),
                        t.count("trials", r.trials()),
                        most,
                        t.count("decrements", r.threads()));
        return List.of(new Bars(
                t.format("figure.title", r.variant()),
                caption,
                t.format("figure.runs"),
                "",
                categories,
                List.of(new Bars.Series(t.format("figure.variant", r.variant()), runs))));
    }
}
