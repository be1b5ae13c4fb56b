package dev.concdemo.demos.io.compare;

import dev.concdemo.demos.io.fib.Service;
import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.support.term.Narrator;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/** One run of compare: each model in turn, in its own child JVM, through the same loads ({@link ModelTrial}). */
final class CompareRun {
    private final List<Model> models;
    private final Duration window;
    private final int idle;
    private final int offload;
    private final Service service;
    private final Narrator n;
    /** The models measured so far; written by the run, read by a Ctrl-C. */
    private final List<ModelTrial.Figures> figures = new CopyOnWriteArrayList<>();

    CompareRun(List<Model> models, Duration window, int idle, int offload, Service service, Narrator n) {
        this.service = service;
        this.models = models;
        this.window = window;
        this.idle = idle;
        this.offload = offload;
        this.n = n;
    }

    CompareReport run() throws Exception {
        // Per model: a child JVM's start, a warm-up, five loads of one window, the idle connections.
        Duration perModel = window.multipliedBy(5).plusMillis(300).plusSeconds(idle > 1000 ? 6 : 1);
        try (var _ = n.expect(
                perModel.multipliedBy(models.size()), models.size() > 2 ? "--models nio,threads compares two" : "")) {
            for (Model model : models) {
                ModelTrial.Figures f = ModelTrial.run(model, window, idle, offload, service);
                figures.add(f);
                n.event(
                        f.model(),
                        String.format(
                                Locale.ROOT,
                                "%.0f req/s (1 conn), %.0f (8 conns), %s p50 %.3f ms, %s",
                                f.rps1(),
                                f.rps8(),
                                f.heavy(),
                                f.heavyP50Ms(),
                                service == Service.UPPER
                                        ? "no hog (the echo has no expensive request)"
                                        : f.fairness() == null
                                                ? "the hog never answered"
                                                : "kept " + kept(f) + " beside a hog"));
            }
        }
        return new CompareReport("compare", service.toString(), window.toMillis() / 1000.0, idle, List.copyOf(figures));
    }

    /** "95%", or "hog unserved" when there was no sharing to measure. */
    static String kept(ModelTrial.Figures f) {
        return f.fairness() == null ? "hog unserved" : String.format(Locale.ROOT, "%.0f%%", f.fairness() * 100);
    }

    /** What a Ctrl-C reports: the models measured so far. */
    String soFar() {
        return figures.isEmpty()
                ? null
                : "%d of %d models measured: %s"
                        .formatted(
                                figures.size(),
                                models.size(),
                                String.join(
                                        ", ",
                                        figures.stream()
                                                .map(ModelTrial.Figures::model)
                                                .toList()));
    }
}
