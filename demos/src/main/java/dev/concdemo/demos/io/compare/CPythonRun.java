package dev.concdemo.demos.io.compare;

import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.support.term.Narrator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * compare's CPython rows ({@code --python}): the project's fib servers in CPython, one client
 * at a time and a thread per connection, each put through the same loads by the same client
 * as the Java models ({@link ModelTrial}), its line said as it comes back.
 */
final class CPythonRun {
    /** The servers fib_server.py builds, as the Java models they are built like. */
    static final List<Model> SERVERS = List.of(Model.SYNC, Model.THREADS);

    /** A server's bound: this many times its trial's expected time, and half a minute more. */
    static final int BOUND_TIMES = 3;

    private final Path interpreter;
    private final Narrator n;

    CPythonRun(Path interpreter, Narrator n) {
        this.interpreter = interpreter;
        this.n = n;
    }

    /** How long the CPython rows take: the same phases as the Java models they are built like. */
    static Duration estimate(ComparePlan plan) {
        return SERVERS.stream().map(plan::estimate).reduce(Duration.ZERO, Duration::plus);
    }

    CPythonReport run(ComparePlan plan) throws IOException, InterruptedException {
        List<ModelTrial.Figures> figures = new ArrayList<>();
        PythonServer.Started about = null;
        for (Model model : SERVERS) {
            Duration bound = plan.estimate(model).multipliedBy(BOUND_TIMES).plusSeconds(30);
            try (PythonServer server = PythonServer.start(interpreter, model, plan.service(), bound)) {
                about = server.started();
                ModelTrial.Figures f = ModelTrial.run(plan, name(model), model, server);
                figures.add(f);
                n.event(f.model(), CompareRun.line(f, plan.service()));
            }
        }
        return new CPythonReport(
                about.version(), about.build(), about.gilEnabled(), about.switchIntervalMs(), List.copyOf(figures));
    }

    /** The name in --json: "python threads", beside the Java model "threads". */
    static String name(Model model) {
        return "python " + model;
    }
}
