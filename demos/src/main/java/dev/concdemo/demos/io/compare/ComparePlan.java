package dev.concdemo.demos.io.compare;

import dev.concdemo.demos.io.fib.Service;
import dev.concdemo.demos.io.fib.server.Model;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What compare will do, decided before it starts: for each model, the server's start, a
 * warm-up, the loads ({@link #loads}) and the idle connections ({@link #idleFor}). The trial
 * ({@link ModelTrial}) runs these loads and holds these idle connections, and the time
 * announced up front is the sum of the same phases ({@link #phases}), child JVMs included.
 *
 * @param window how long each load runs
 * @param idle idle connections asked for; a model may hold fewer ({@link #idleFor})
 * @param full --full: 5 s windows and 5000 idle connections
 * @param cores the processors here: the process model's child JVMs start side by side on them
 */
record ComparePlan(
        List<Model> models, Duration window, int idle, int offload, Service service, boolean full, int cores) {
    /**
     * The server's own child JVM, started and ready: about 0.4 s here. With 0.8 s the quick run
     * announced 48.7 s and took 36 to 42 s in five runs at a load average near 2.
     */
    static final Duration SERVER_START = Duration.ofMillis(400);

    /** A short load first, so that the JIT has compiled the server's paths. */
    static final Duration WARM_UP = Duration.ofMillis(300);

    /**
     * One child JVM's start for the process model's connections, alone on a core: a JVM
     * start is mostly CPU (class loading, the JIT), so N of them on C cores take about N / C of it.
     */
    static final Duration CHILD_START = Duration.ofMillis(600);

    /** The process model's idle connections in the quick run: each is a child JVM of ~40 MB. */
    static final int PROCESS_IDLE_QUICK = 8;

    /**
     * One load: {@code connections} asking again and again for the window.
     *
     * @param heavy a request with work in it (fib(25), or a 1 KB echo), else fib(1) or 'hello'
     * @param hog one more connection asking fib(32) in a loop
     */
    record Load(String name, int connections, boolean heavy, boolean hog) {
        int newConnections() {
            return connections + (hog ? 1 : 0);
        }
    }

    /** One phase of a model's trial and how long it is expected to take. */
    record Phase(String name, Duration about) {}

    /** The loads every model is put through, in order. */
    List<Load> loads() {
        List<Load> loads = new ArrayList<>(List.of(
                new Load("1c", 1, false, false), new Load("8c", 8, false, false), new Load("heavy", 1, true, false)));
        if (service == Service.FIB) {
            loads.add(new Load("hog", 1, false, true)); // the echo has no expensive request to hog with
        }
        return loads;
    }

    /** The idle connections this model is asked to hold: none for sync, fewer for the process model. */
    int idleFor(Model model) {
        if (model == Model.SYNC) {
            return 0; // it serves one client at a time
        }
        int most = model == Model.PROCESS && !full ? PROCESS_IDLE_QUICK : model.servesAtMost();
        return Math.min(idle, most);
    }

    /** Every phase of one model's trial, with its expected duration. */
    List<Phase> phases(Model model) {
        List<Phase> phases = new ArrayList<>();
        phases.add(new Phase("server start", SERVER_START));
        phases.add(new Phase("warm-up", startsFor(model, 1).plus(WARM_UP)));
        for (Load load : loads()) {
            // a load lasts its window; the process model's new connections each wait for a child JVM first
            Duration starts = startsFor(model, load.newConnections());
            phases.add(new Phase(load.name(), starts.compareTo(window) > 0 ? starts : window));
        }
        int held = idleFor(model);
        if (held > 0) {
            // connecting, a census of threads, GCs, closing: 0.5 s, and about 1 ms a connection
            Duration holding = Duration.ofMillis(500 + held);
            phases.add(new Phase("idle connections", holding.plus(startsFor(model, held))));
        }
        return phases;
    }

    /** How long {@code connections} new connections wait for their child JVMs (none but for the process model). */
    private Duration startsFor(Model model, int connections) {
        if (model.kind() != Model.Kind.PROCESS_EACH) {
            return Duration.ZERO;
        }
        return CHILD_START.multipliedBy((connections + cores - 1) / cores);
    }

    /** How long one model's trial takes, by its phases. */
    Duration estimate(Model model) {
        return phases(model).stream().map(Phase::about).reduce(Duration.ZERO, Duration::plus);
    }

    /** How long the whole run takes: every model's phases. */
    Duration estimate() {
        return models.stream().map(this::estimate).reduce(Duration.ZERO, Duration::plus);
    }
}
