package dev.concdemo.demos.sync.semaphore;

import dev.concdemo.support.html.Figure;
import dev.concdemo.support.html.Plot;
import dev.concdemo.support.term.Texts;
import java.util.ArrayList;
import java.util.List;

/** The semaphore run's page figure: how many threads were inside over time, under the permits. */
final class SemaphoreFigures {
    private SemaphoreFigures() {}

    static List<Figure> of(SemaphoreReport r) {
        Texts t = Texts.of(SemaphoreFigures.class);
        double end = r.elapsedMs() / 1000.0;
        List<Plot.Point> inside = new ArrayList<>();
        inside.add(new Plot.Point(0, 0)); // none inside before the first enter
        r.inside().forEach(c -> inside.add(new Plot.Point(c.ms() / 1000, c.inside())));
        int last = r.inside().isEmpty() ? 0 : r.inside().getLast().inside();
        inside.add(new Plot.Point(Math.max(end, inside.getLast().x()), last)); // held until the run's end
        int most = r.inside().stream()
                .mapToInt(SemaphoreReport.Change::inside)
                .max()
                .orElse(0);
        return List.of(new Plot(
                t.format("figure.title"),
                t.format(
                        "figure.caption",
                        most,
                        t.count("permits", r.permits()),
                        r.finished(),
                        t.count("threads", r.threads()),
                        end),
                Plot.Axis.linear(t.format("figure.x"), "s"),
                Plot.Axis.linear(t.format("figure.y"), ""),
                List.of(
                        new Plot.Series(t.format("figure.inside"), inside, Plot.Look.STEP),
                        new Plot.Series(
                                t.format("figure.permits", r.permits()),
                                List.of(new Plot.Point(0, r.permits()), new Plot.Point(end, r.permits())),
                                Plot.Look.DASHED))));
    }
}
