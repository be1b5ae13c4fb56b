package dev.concdemo.demos.sync.interleave;

import dev.concdemo.support.html.Bars;
import dev.concdemo.support.html.Figure;
import dev.concdemo.support.term.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The page figure of --explore: a bar per outcome, its share of every interleaving. */
final class InterleaveFigures {
    private InterleaveFigures() {}

    static List<Figure> of(ExploreReport r) {
        Texts t = Texts.of(InterleaveFigures.class);
        List<String> categories = new ArrayList<>(r.outcomes().keySet());
        List<Double> shares = categories.stream()
                .map(outcome -> 100.0 * r.outcomes().get(outcome) / r.interleavings())
                .toList();
        String caption = r.bad() == 0
                ? t.format("figure.none", r.interleavings())
                : t.format(
                        "figure.some",
                        r.bad(),
                        r.interleavings(),
                        r.shortestFailingSchedule().stream()
                                .map(String::valueOf)
                                .collect(Collectors.joining(" ")));
        return List.of(new Bars(
                t.format("figure.title", r.program(), r.variant()),
                caption,
                t.format("figure.share"),
                "%",
                categories,
                List.of(new Bars.Series(t.format("figure.series"), shares))));
    }
}
