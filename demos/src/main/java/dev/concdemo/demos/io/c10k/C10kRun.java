package dev.concdemo.demos.io.c10k;

import dev.concdemo.demos.io.fib.client.FibConnection;
import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.support.jvm.ChildJvm;
import dev.concdemo.support.os.ProcStat;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * C10k (seed 002's select/poll/epoll limits; seed 000's three server designs): idle
 * connections held open against each model, ramped step by step, while one normal client's
 * round trips are measured at each step. Each server runs in its own child JVM; the idle
 * clients live here. Per step: the server's threads, its memory per connection (RSS, and the
 * live heap after a GC), how fast it accepted the new ones, and the normal client's p50/p99.
 * Where a model stops, what stopped it is read from the server (its uncaught error, its
 * descriptors, maps and threads against the kernel's limits) or from this process's own failure.
 */
final class C10kRun {
    /** How long a probe waits for one answer before the model counts as stopped. */
    static final int ANSWER_TIMEOUT_MS = 10_000;

    /** How long the ramp waits with no new connection accepted before asking the server why. */
    static final long STALL_NANOS = 3_000_000_000L;

    /**
     * Connections opened ahead of the server's accepting at most: well inside its backlog (4,096,
     * capped by net.core.somaxconn), so that a connect never waits for a SYN to be retried.
     */
    static final int AHEAD = (int) Math.max(16, Math.min(1_000, somaxconn() / 2));

    private final List<Model> models;
    private final List<Integer> steps;
    private final int probes;
    private final int clientsAtMost;
    private final C10kStops.Said clientLimitWhy;
    private final Narrator n;
    private final Texts t = Texts.of(C10kDemo.class);
    private final Texts en = Texts.of(C10kDemo.class, Lang.EN);
    private final List<C10kReport.ModelSteps> done = new ArrayList<>();

    /** Step 0's memory, and how far identical readings of it were apart. */
    private record Baseline(long rssKb, long heapKb, long rssNoiseKb, long heapNoiseKb) {}

    C10kRun(
            List<Model> models,
            List<Integer> steps,
            int probes,
            int clientsAtMost,
            C10kStops.Said clientLimitWhy,
            Narrator n) {
        this.models = models;
        this.steps = steps;
        this.probes = probes;
        this.clientsAtMost = clientsAtMost;
        this.clientLimitWhy = clientLimitWhy;
        this.n = n;
    }

    /** The label of a model's lines: its name. */
    static String label(Model model) {
        return model.toString();
    }

    String soFar() {
        return done.isEmpty()
                ? null
                : "%d of %s measured: %s"
                        .formatted(
                                done.size(),
                                dev.concdemo.support.term.Units.count(models.size(), "model"),
                                String.join(
                                        ", ",
                                        done.stream()
                                                .map(m -> m.model().toString())
                                                .toList()));
    }

    List<C10kReport.ModelSteps> run() throws IOException, InterruptedException {
        for (Model model : models) {
            done.add(measure(model));
        }
        return List.copyOf(done);
    }

    private C10kReport.ModelSteps measure(Model model) throws IOException, InterruptedException {
        List<C10kReport.Step> measured = new ArrayList<>();
        Baseline base = null;
        C10kServer.Diagnosis atZero = null;
        int step = 0;
        // The server ends first (closed in reverse order): its connections then close at once in
        // the kernel, and each client's close is quick, where a reset each woke a server thread.
        try (IdleClients idle = new IdleClients(Math.min(steps.getLast(), clientsAtMost));
                ChildJvm server = ChildJvm.start("c10k-" + model, C10kServer.class)) {
            int port = server.ask(new C10kServer.Start(model), C10kServer.Started.class)
                    .port();
            idle.server(port);
            probe(port, 2_000, ANSWER_TIMEOUT_MS); // JIT warm-up, both sides
            for (int target : steps) {
                step = target;
                if (target > model.servesAtMost()) {
                    return stopped(
                            model,
                            measured,
                            target,
                            new C10kStops.Stop("processCap", x -> x.format("stop.process", model.servesAtMost())),
                            base);
                }
                int before = idle.size();
                long start = System.nanoTime();
                C10kStops.Stop stop = ramp(model, server, idle, target);
                if (stop != null) {
                    atStop(model, server, port, measured, base).ifPresent(measured::add);
                    C10kReport.ModelSteps m = stopped(model, measured, target, stop, base);
                    return stop.kind().equals("clientLimit") && atZero != null && !measured.isEmpty()
                            ? C10kStops.withNextLimit(t, m, atZero, diagnosis(server), measured.getLast())
                            : m;
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                Double acceptRate = target == before ? null : Math.round((target - before) / seconds) * 1.0;
                if (target == 0) {
                    base = baseline(server);
                    atZero = diagnosis(server);
                }
                C10kReport.Step s;
                try {
                    s = step(server, port, target, acceptRate, base, probe(port, probes, ANSWER_TIMEOUT_MS), false);
                } catch (IOException e) {
                    atStop(model, server, port, measured, base).ifPresent(measured::add);
                    return stopped(
                            model,
                            measured,
                            target,
                            new C10kStops.Stop("noAnswer", x -> x.format("stop.noAnswer", target, message(e))),
                            base);
                }
                measured.add(s);
                n.event(label(model), describe(s));
            }
        } catch (IOException e) {
            return stopped(model, measured, step, new C10kStops.Stop("error", _ -> message(e)), base);
        }
        return new C10kReport.ModelSteps(
                model,
                List.copyOf(measured),
                null,
                null,
                null,
                base == null ? null : base.heapNoiseKb(),
                base == null ? null : base.rssNoiseKb(),
                null,
                null);
    }

    /**
     * Opens idle connections until the server has accepted {@code target} of them, keeping at
     * most {@link #AHEAD} ahead of its accepting; null once there, else why it stopped.
     */
    private C10kStops.Stop ramp(Model model, ChildJvm server, IdleClients idle, int target)
            throws IOException, InterruptedException {
        int reach = Math.min(target, clientsAtMost);
        long lastGrowth = System.nanoTime();
        long lastShown = lastGrowth;
        long accepted = -1;
        while (true) {
            long open = server.ask(new C10kServer.CountOpen(), C10kServer.Open.class)
                    .connections();
            long now = System.nanoTime();
            if (open >= reach) {
                return reach == target ? null : new C10kStops.Stop("clientLimit", clientLimitWhy);
            }
            if (open > accepted) {
                accepted = open;
                lastGrowth = now;
            } else if (now - lastGrowth > STALL_NANOS) {
                return diagnose(server, open);
            }
            if (now - lastShown > 2_000_000_000L) {
                lastShown = now;
                n.event(label(model), en.format("ramping", open, target));
            }
            if (idle.size() < reach && idle.size() - open < AHEAD) {
                C10kStops.Stop spare = model == Model.THREADS || model == Model.PROCS
                        ? C10kStops.pidsToSpare(
                                C10kStops.machineThreads(), sysctl("kernel/pid_max"), sysctl("kernel/threads-max"))
                        : null;
                if (spare != null) {
                    return spare;
                }
                try {
                    idle.open(Math.min(AHEAD, reach - idle.size()));
                } catch (IOException e) {
                    int which = idle.size() + 1;
                    return new C10kStops.Stop("connect", x -> x.format("stop.connect", which, message(e)));
                }
            } else {
                Thread.sleep(5);
            }
        }
    }

    /** Asks the stalled server what it ran into, and names it. */
    private C10kStops.Stop diagnose(ChildJvm server, long open) throws IOException {
        return C10kStops.named(server.ask(new C10kServer.Diagnose(), C10kServer.Diagnosis.class), open);
    }

    /** What the server held when it stopped, if more than the last step and it can still be measured. */
    private java.util.Optional<C10kReport.Step> atStop(
            Model model, ChildJvm server, int port, List<C10kReport.Step> measured, Baseline base) throws IOException {
        long held =
                server.ask(new C10kServer.CountOpen(), C10kServer.Open.class).connections();
        if (base == null || measured.isEmpty() || held <= measured.getLast().connections()) {
            return java.util.Optional.empty();
        }
        long[] roundTrips;
        try {
            roundTrips = probe(port, Math.min(probes, 200), 2_000);
        } catch (IOException noAnswer) {
            roundTrips = null;
        }
        C10kReport.Step s = step(server, port, (int) held, null, base, roundTrips, true);
        n.event(label(model), describe(s));
        return java.util.Optional.of(s);
    }

    private C10kReport.Step step(
            ChildJvm server, int port, int held, Double acceptRate, Baseline base, long[] roundTrips, boolean atStop)
            throws IOException {
        // RSS is read before this step's GC (a collection gives pages back and would hide the
        // growth); the baseline's after one, as every later step follows one.
        long rss = ProcStat.rssKbWithDescendants(server.pid());
        C10kServer.Heap heap = server.ask(new C10kServer.MeasureHeap(), C10kServer.Heap.class);
        Double[] rssFigure = held == 0 ? new Double[2] : perConnection(rss - base.rssKb(), base.rssNoiseKb(), held);
        Double[] heapFigure =
                held == 0 ? new Double[2] : perConnection(heap.liveKb() - base.heapKb(), base.heapNoiseKb(), held);
        return new C10kReport.Step(
                held,
                acceptRate,
                heap.threads(),
                rss,
                rssFigure[0],
                rssFigure[1],
                heapFigure[0],
                heapFigure[1],
                roundTrips == null ? null : ms(roundTrips[roundTrips.length / 2]),
                roundTrips == null ? null : ms(roundTrips[(int) Math.ceil(roundTrips.length * 0.99) - 1]),
                atStop);
    }

    /**
     * A growth per connection: {value, null} when it stands out of the noise, else {null, a bound}:
     * the growth (if any) plus the noise, per connection; the noise is at least what a fall showed.
     */
    static Double[] perConnection(long growthKb, long noiseKb, int connections) {
        long noise = Math.max(Math.max(noiseKb, 1), -growthKb);
        if (growthKb > noise) {
            return new Double[] {round2((double) growthKb / connections), null};
        }
        return new Double[] {null, round2Up((double) (Math.max(growthKb, 0) + noise) / connections)};
    }

    /** Step 0 measured three times: the last as the baseline, their spread as the noise. */
    private static Baseline baseline(ChildJvm server) throws IOException {
        long[] rss = new long[3];
        long[] heap = new long[3];
        for (int i = 0; i < 3; i++) {
            heap[i] = server.ask(new C10kServer.MeasureHeap(), C10kServer.Heap.class)
                    .liveKb();
            rss[i] = ProcStat.rssKbWithDescendants(server.pid());
        }
        return new Baseline(rss[2], heap[2], spread(rss), spread(heap));
    }

    private static long spread(long[] values) {
        return Arrays.stream(values).max().orElse(0)
                - Arrays.stream(values).min().orElse(0);
    }

    private String describe(C10kReport.Step s) {
        return String.format(
                Locale.ROOT,
                "%,7d idle%s: %sthreads %,d, RSS %s, p50 %s, p99 %s",
                s.connections(),
                s.atStop() ? " (stop)" : "",
                s.acceptPerSecond() == null ? "" : "%,.0f/s, ".formatted(s.acceptPerSecond()),
                s.threads(),
                s.connections() == 0
                        ? "%,d KB".formatted(s.rssKb())
                        : C10kSummary.perConnection(s.rssKbPerConnection(), s.rssUnderKbPerConnection(), 1)
                                + " KB/conn",
                s.p50Ms() == null ? "-" : "%.3f".formatted(s.p50Ms()),
                s.p99Ms() == null ? "-" : "%.3f ms".formatted(s.p99Ms()));
    }

    private static C10kServer.Diagnosis diagnosis(ChildJvm server) throws IOException {
        return server.ask(new C10kServer.Diagnose(), C10kServer.Diagnosis.class);
    }

    private C10kReport.ModelSteps stopped(
            Model model, List<C10kReport.Step> measured, int at, C10kStops.Stop stop, Baseline base) {
        n.event(label(model), en.format("stoppedOnTheWay", at, stop.why(en)));
        return new C10kReport.ModelSteps(
                model,
                List.copyOf(measured),
                at,
                stop.kind(),
                stop.why(t),
                base == null ? null : base.heapNoiseKb(),
                base == null ? null : base.rssNoiseKb(),
                null,
                null);
    }

    /** A normal client: {@code times} fib(1) round trips on a connection of its own; sorted nanoseconds. */
    private static long[] probe(int port, int times, int timeoutMs) throws IOException {
        long[] took = new long[times];
        try (FibConnection c = new FibConnection("127.0.0.1", port)) {
            for (int i = 0; i < times; i++) {
                long start = System.nanoTime();
                c.send("1\n");
                // The first answer may wait for the connection's own JVM (the process model) to start.
                String answer = c.readLine(i == 0 ? 3 * timeoutMs : timeoutMs);
                if (!"1".equals(answer)) {
                    throw new IOException(
                            answer == null
                                    ? "no answer within %d s".formatted(timeoutMs / 1000)
                                    : "answered '%s' to fib(1)".formatted(answer));
                }
                took[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(took);
        return took;
    }

    private static String message(IOException e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private static long sysctl(String name) {
        try {
            return Long.parseLong(java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/sys", name))
                    .getFirst()
                    .strip());
        } catch (IOException | RuntimeException e) {
            return Long.MAX_VALUE; // unknown: no limit we can see
        }
    }

    private static long somaxconn() {
        try {
            return Long.parseLong(
                    java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/sys/net/core/somaxconn"))
                            .getFirst()
                            .strip());
        } catch (IOException | RuntimeException e) {
            return 128; // the old default
        }
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e3) / 1e3;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static double round2Up(double v) {
        return Math.max(0.01, Math.ceil(v * 100) / 100.0);
    }
}
