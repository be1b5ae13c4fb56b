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
    private final ComparePlan plan;
    private final Service service;
    private final Narrator n;
    /** The time announced up front: the plan's, and CPython's servers' with --python. */
    private final Duration announced;
    /** The models measured so far; written by the run, read by a Ctrl-C. */
    private final List<ModelTrial.Figures> figures = new CopyOnWriteArrayList<>();

    CompareRun(ComparePlan plan, Duration announced, Narrator n) {
        this.plan = plan;
        this.announced = announced;
        this.service = plan.service();
        this.n = n;
    }

    CompareReport run() throws Exception {
        for (Model model : plan.models()) {
            ModelTrial.Figures f = ModelTrial.run(plan, model);
            figures.add(f);
            n.event(f.model(), line(f, service));
        }
        return new CompareReport(
                service.toString(),
                plan.window().toMillis() / 1000.0,
                plan.idle(),
                announced.toMillis() / 1000.0,
                List.copyOf(figures));
    }

    /** A model's figures in one line, said as they come back. */
    static String line(ModelTrial.Figures f, Service service) {
        return String.format(
                Locale.ROOT,
                "%.0f req/s (1 conn), %.0f (8 conns), %s p50 %.3f ms, %s",
                f.rps1(),
                f.rps8(),
                f.heavy(),
                f.heavyP50Ms(),
                service == Service.UPPER
                        ? "no hog (the echo has no expensive request)"
                        : f.fairness() == null ? "the hog never answered" : "kept " + kept(f) + " beside a hog");
    }

    /** "95%", or "unserved" when there was no sharing to measure. */
    static String kept(ModelTrial.Figures f) {
        return f.fairness() == null ? "unserved" : String.format(Locale.ROOT, "%.0f%%", f.fairness() * 100);
    }

    /** What a Ctrl-C reports: the models measured so far. */
    String soFar() {
        return figures.isEmpty()
                ? null
                : "%d of %s measured: %s"
                        .formatted(
                                figures.size(),
                                dev.concdemo.support.term.Units.count(
                                        plan.models().size(), "model"),
                                String.join(
                                        ", ",
                                        figures.stream()
                                                .map(ModelTrial.Figures::model)
                                                .toList()));
    }
}
